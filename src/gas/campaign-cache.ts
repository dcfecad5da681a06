/**
 * What the edit trigger would otherwise re-read on every keystroke: the parsed campaign (Cấu hình's
 * metadata lookup, sheet lookup and values: three round trips) and whose tab the edited sheet is
 * (its metadata). Both come from the document cache in one getAll.
 *
 * The campaign is cached under a version stamp kept in the document properties: the edit trigger
 * bumps it when Cấu hình itself is edited, initCampaign when it writes Cấu hình, so a stale campaign
 * is never served after a change made through the sheet; a change written by another script is
 * picked up when the entry expires (CACHE_SECONDS). A tab's unit never changes for a sheet id (a copy
 * gets a new id), so that entry needs no version.
 * https://developers.google.com/apps-script/reference/cache/cache (values up to 100 KB, 6 h at most)
 */
import type { Campaign } from '../core/campaign';

export const CONFIG_VERSION_PROP = 'dvk.config.version';
/** The longest the cache keeps anything: outlives the hourly summary that re-warms it. */
export const CACHE_SECONDS = 21600;
/** The cache refuses values over 100 KB: a campaign too big for it is simply read each time. */
const MAX_CACHED_CHARS = 90_000;

const campaignKey = (version: string | null) => `dvk.campaign.${version}`;
const unitKey = (sheetId: number) => `dvk.unitOf.${sheetId}`;

export interface EditCache {
  campaign: Campaign | null;
  unit: string | null;
  /** Stores what the caller had to read, for the next edit. */
  remember(what: { campaign?: Campaign; unit?: string }): void;
}

/**
 * One getAll: the cached campaign and the sheet's unit, when known. `props`: the document
 * properties the caller read already (the edit trigger reads them once for everything), else one
 * getProperty for the version.
 */
export function readEditCache(sheetId: number, props?: Readonly<Record<string, string>>): EditCache {
  const version = props ? props[CONFIG_VERSION_PROP] ?? '0' : configVersion();
  const cache = version === null ? null : CacheService.getDocumentCache();
  const got = cache ? cache.getAll([campaignKey(version), unitKey(sheetId)]) : {};
  return {
    campaign: parse(got[campaignKey(version)]),
    unit: got[unitKey(sheetId)] ?? null,
    remember(what) {
      if (!cache) return;
      const put: Record<string, string> = {};
      if (what.unit) put[unitKey(sheetId)] = what.unit;
      const json = what.campaign ? JSON.stringify(what.campaign) : '';
      if (json && json.length <= MAX_CACHED_CHARS) put[campaignKey(version)] = json;
      if (Object.keys(put).length > 0) cache.putAll(put, CACHE_SECONDS);
    },
  };
}

/**
 * For the jobs that read Cấu hình and every tab anyway (full summary, Kiểm tra): leave the campaign
 * and each tab's unit where the next edit looks, so edits seldom miss. A fresh read is the truth
 * under the current version; a bump after it simply moves edits to a new key.
 */
export function warmEditCache(campaign: Campaign, tabs: readonly { sheetId: number; unit: string }[]): void {
  // A time-driven add-on run has no document: no document properties nor cache to warm.
  const version = configVersion();
  const cache = version === null ? null : CacheService.getDocumentCache();
  if (!cache) return;
  const put: Record<string, string> = Object.fromEntries(tabs.map((t) => [unitKey(t.sheetId), t.unit]));
  const json = JSON.stringify(campaign);
  if (json.length <= MAX_CACHED_CHARS) put[campaignKey(version)] = json;
  cache.putAll(put, CACHE_SECONDS);
}

/** Cấu hình changed: the next edit reads it again. */
export function bumpConfigVersion(): void {
  PropertiesService.getDocumentProperties()?.setProperty(CONFIG_VERSION_PROP, Utilities.getUuid()); // unique even within one clock tick
}

/** null without a document (then nothing is cached). */
function configVersion(): string | null {
  const props = PropertiesService.getDocumentProperties();
  return props ? props.getProperty(CONFIG_VERSION_PROP) ?? '0' : null;
}

function parse(json: string | undefined): Campaign | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as Campaign;
  } catch {
    return null;
  }
}
