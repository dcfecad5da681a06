/**
 * What the edit trigger would otherwise re-read on every keystroke: the parsed campaign (Cấu hình's
 * metadata lookup, sheet lookup and values: three round trips) and whose tab the edited sheet is
 * (its metadata). Both come from the document cache in one getAll.
 *
 * The campaign is cached with the config version it was read under, the hub's CONFIG_TAG
 * (edit-tags.ts), which the edit's one read brings: the edit trigger bumps it when Cấu hình itself
 * is edited, initCampaign and setup when they write or read Cấu hình, so a stale campaign is never
 * served after a change made through the sheet; a change written by another script is picked up
 * when the entry expires (CACHE_SECONDS). A file from before the tag keeps its version in the
 * document properties until its first edit adds the tag. With the campaign go the kept summary
 * sheet ids, which the edit plans its read with before its read brings the tag to check them. A
 * tab's unit never changes for a sheet id (a copy gets a new id), so that entry needs no version.
 *
 * A member workbook has no Cấu hình: its edits use the hub's campaign, cached in the member's own
 * document cache together with the hub's version it was read under. The member cannot see the hub's
 * properties, so the hub writes that version into each member's spreadsheet metadata
 * (setup/member-stamp) whenever it bumps it; the member's edit read brings that metadata anyway,
 * so checking it costs nothing, and a member edit reads the hub only after Cấu hình changed.
 * https://developers.google.com/apps-script/reference/cache/cache (values up to 100 KB, 6 h at most)
 */
import type { Campaign } from '../core/campaign';
import { CONFIG_TAG, setTag, type EditTags } from './edit-tags';
import type { SummarySheetIds } from './summary/sheet-ids';

export const CONFIG_VERSION_PROP = 'dvk.config.version';
/** The longest the cache keeps anything: outlives the hourly summary that re-warms it. */
export const CACHE_SECONDS = 21600;
/** The cache refuses values over 100 KB: a campaign too big for it is simply read each time. */
const MAX_CACHED_CHARS = 90_000;

/** The hub's campaign, as JSON Versioned: the version in it says whether it is still current. */
const CAMPAIGN_KEY = 'dvk.campaign';
const unitKey = (sheetId: number) => `dvk.unitOf.${sheetId}`;
/** In a member workbook: its hub's campaign, as JSON HubCampaign. */
const HUB_CAMPAIGN_KEY = 'dvk.hubCampaign';

/**
 * The hub's campaign, the config version it was read under (the version read before Cấu hình),
 * and the kept summary sheet ids as last seen (a guess the edit's read checks).
 */
export interface Versioned { version: string; campaign: Campaign; ids?: SummarySheetIds | null }

/** A member's copy of its hub's campaign: `stamp` is the hub's version seen before reading it ('' before any). */
export interface HubCampaign { hubId: string; stamp: string; campaign: Campaign }

export interface EditCache {
  /** Only in the hub: current while its version is the hub's (hubConfigVersion). */
  own: Versioned | null;
  unit: string | null;
  /** Only in a member workbook, whose edits check its stamp before using it. */
  hubCampaign: HubCampaign | null;
  /** Stores what the caller had to read, for the next edit (one putAll). */
  remember(what: { campaign?: Versioned; unit?: string; hubCampaign?: HubCampaign }): void;
}

/**
 * One getAll: the cached campaign (the hub's own, or a member's copy of its hub's) and the sheet's
 * unit, when known. Keys need no version, so a member's edit reads no document properties.
 */
export function readEditCache(sheetId: number): EditCache {
  // A run without a document (time-driven) has no document cache: nothing is cached.
  const cache = CacheService.getDocumentCache();
  const got = cache ? cache.getAll([CAMPAIGN_KEY, unitKey(sheetId), HUB_CAMPAIGN_KEY]) : {};
  return {
    own: parse<Versioned>(got[CAMPAIGN_KEY]),
    unit: got[unitKey(sheetId)] ?? null,
    hubCampaign: parse<HubCampaign>(got[HUB_CAMPAIGN_KEY]),
    remember(what) {
      if (!cache) return;
      const put: Record<string, string> = {};
      if (what.unit) put[unitKey(sheetId)] = what.unit;
      for (const [key, value] of [[CAMPAIGN_KEY, what.campaign], [HUB_CAMPAIGN_KEY, what.hubCampaign]] as const) {
        const json = value ? JSON.stringify(value) : '';
        if (json && json.length <= MAX_CACHED_CHARS) put[key] = json;
      }
      if (Object.keys(put).length > 0) cache.putAll(put, CACHE_SECONDS);
    },
  };
}

/**
 * The hub's config version: its tag, else (a file from before it) the document properties' value
 * (`props`: what the caller read; null, not read: unknown).
 */
export function hubConfigVersion(tags: EditTags, props: Readonly<Record<string, string>> | null): string | null {
  return tags.version ?? (props ? props[CONFIG_VERSION_PROP] ?? '0' : null);
}

/**
 * For the jobs that read Cấu hình and every tab anyway (full summary, Kiểm tra): leave the campaign,
 * the kept sheet ids and each tab's unit where the next edit looks, so edits seldom miss.
 * `version` is the config version the caller read BEFORE Cấu hình (hubConfigVersion of the
 * layout's tags): a change made between the two reads then bumps the version past it, and the
 * next edit reads Cấu hình again; read after, it would stamp the old content as current for the
 * cache's 6 hours. null (unknown, or no document: a time-driven run) caches nothing.
 */
export function warmEditCache(version: string | null, campaign: Campaign, tabs: readonly { sheetId: number; unit: string }[], ids: SummarySheetIds | null): void {
  const cache = version === null ? null : CacheService.getDocumentCache();
  if (!cache || version === null) return;
  const put: Record<string, string> = Object.fromEntries(tabs.map((t) => [unitKey(t.sheetId), t.unit]));
  const json = JSON.stringify({ version, campaign, ids } satisfies Versioned);
  if (json.length <= MAX_CACHED_CHARS) put[CAMPAIGN_KEY] = json;
  cache.putAll(put, CACHE_SECONDS);
}

/**
 * Cấu hình changed: the next edit reads it again. Returns the new version, for the members' stamp
 * (setup/member-stamp). A fresh value every time: edit-tags.ts says why that matters.
 */
export function bumpConfigVersion(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const version = Utilities.getUuid(); // unique even within one clock tick
  setTag(ss, CONFIG_TAG, version);
  return version;
}

function parse<T>(json: string | undefined): T | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as T;
  } catch {
    return null;
  }
}
