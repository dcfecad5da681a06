/**
 * Edit triggers.
 *
 * No simple onEdit, on purpose: it would run as whoever typed, i.e. a unit's user, who may not
 * write the protected summary or log sheets nor use authorised services, and it cannot even see
 * whether the coordinator's installable trigger exists (ScriptApp needs authorization). Since
 * setup creates unit tabs and that trigger in the same run, every unit tab is already covered;
 * even an empty onEdit would be one more execution per keystroke (loading the script), counted
 * against the day's trigger runtime.
 *
 * onEditInstalled (installable, runs as the coordinator who ran setup) re-checks only the edited
 * tab, found by its developer metadata (a renamed tab is still its unit's), so each edit costs the
 * same number of Sheets calls however many units the campaign has.
 */
import type { Campaign, Unit } from '../core/campaign';
import type { SheetValue } from '../core/unit-tab/entry';
import { readConfigGrid } from '../core/config-sheet';
import { bumpConfigVersion, hubConfigVersion, readEditCache, type EditCache, type HubCampaign, type Versioned } from './campaign-cache';
import { PENDING_TAG, UNFLAG_REQUEST, editTagsIn, flagPending, readEditTags, removeTag, type EditTags } from './edit-tags';
import { keepSheetIds, keptSheetIds, sameIds, type SummarySheetIds } from './summary/sheet-ids';
import { pendingUnits } from './summary/lock';
import { findRoleSheet, unitInTags, unitOfSheet } from './setup/tracking';
import { hubTagsIn, hubTagsOf, openHub, type HubTags } from './setup/hub-of';
import { configChanged } from './setup/member-stamp';
import { findNamed } from '../core/names';
import { checkUnitTab } from './validation/check-tab';
import { withMarkLockToEnd } from './validation/mark-lock';
import { markArea } from './validation/check-tab';
import { readForEdit, type EditRead } from './validation/edit-read';
import { CLAIM_KEY, claimHeld, fileClaimed } from './schedule/lock';
import { todayLocal } from './validation/today';
import { deferUnitRefresh_, refreshUnitWithBatch_, summaryAsk } from './summary/refresh-unit';
import { newWriteBatch, type WriteBatch } from './sheets-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Per edit in the hub: the cache (campaign, kept summary sheet ids, the tab's unit), then, under
 * the document lock, one Sheets API read (the tab's values, notes and fills, Tổng hợp's rows, the
 * file's claim and the hub's edit tags: validation/edit-read, edit-tags) and one batchUpdate with
 * every write (the marks, Tổng hợp's changed cells, the unit's rows of Danh sách mô hình). The read
 * is planned from the cache and checked against the tags it brings: the document properties are
 * read only when a tag is missing (a file from before them: the edit adds them) or says a unit may
 * be pending, Cấu hình only when the config version moved, and the read is made again only when
 * what it asks of Tổng hợp changed. Cấu hình and the tab's metadata are read when the cache misses.
 *
 * The hourly rebuild has no document lock: it claims the file (schedule/lock). The edit sees that
 * claim in its read and then writes the marks only, leaving the unit pending for the next refresh.
 * A rebuild claiming the file after that read reads the tabs after it, so it sees this edit's
 * change; it writes Tổng hợp seconds later, long after this edit's one request, and an edit slow
 * enough to be in doubt looks at the claim again before writing.
 */
export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const sheetId = sheet.getSheetId();
  const cached = readEditCache(sheetId);
  // Which file this is: a cached campaign of its own says the hub, a cached copy of the hub's says
  // a member; with neither, the file's metadata (one read, which then serves the hub's tags too).
  const meta = cached.own || cached.hubCampaign ? null : ss.getDeveloperMetadata().map((m) => ({ key: m.getKey(), value: m.getValue() ?? '' }));
  const member = cached.own ? null : cached.hubCampaign ?? hubTagsIn(meta!);
  if (member) {
    editInMember(ss, sheet, sheetId, cached, member);
    return;
  }
  const unitName = cached.unit ?? unitOfSheet(sheet);
  if (!unitName) {
    if (isConfigSheet(ss, sheet)) configChanged(ss);
    return;
  }
  editInHub(ss, sheet, sheetId, cached, unitName, meta);
}

/** A tag missing or a unit maybe pending: the document properties must be read (edit-tags.ts). */
const needsProps = (t: EditTags) => t.version === null || t.ids === null || t.pending;

function editInHub(ss: Spreadsheet, sheet: Sheet, sheetId: number, cached: EditCache, unitName: string, meta: { key: string; value: string }[] | null): void {
  let state: Versioned & { ids: SummarySheetIds | null } | null = cached.own && { ...cached.own, ids: cached.own.ids ?? null };
  let learnt = false;
  if (!state || !findNamed(state.campaign.units, unitName)) {
    // The version and ids before Cấu hình, so the campaign is never cached under a newer version than its own.
    const tags = meta ? editTagsIn(meta) : readEditTags(ss);
    const props = needsProps(tags) ? PropertiesService.getDocumentProperties().getProperties() : null;
    const c = readCampaign(ss);
    if (!c) return;
    state = { version: hubConfigVersion(tags, props)!, campaign: c, ids: tags.ids ?? (props ? keptSheetIds(props) : null) };
    learnt = true;
  }
  let cur: typeof state = state;
  const done = withMarkLockToEnd(() => {
    // Read under the lock: the marks are planned from these values.
    let readAt = Date.now();
    const ask = summaryAsk(cur.ids, cur.campaign, unitName);
    let read = readForEdit(ss, { sheetId }, ask);
    const tags = read ? editTagsIn(read.metadata) : readEditTags(ss);
    const props = needsProps(tags) ? PropertiesService.getDocumentProperties().getProperties() : null;
    const version = hubConfigVersion(tags, props)!;
    const ids = tags.ids ?? keptSheetIds(props!);
    if (version !== cur.version) {
      // Read after the tag: the campaign is cached under the version read before it.
      const c = readCampaign(ss);
      if (!c) return null;
      cur = { version, campaign: c, ids };
      learnt = true;
    } else if (!sameIds(ids, cur.ids)) {
      cur = { ...cur, ids };
      learnt = true;
    }
    const c = cur.campaign;
    const unit = findNamed(c.units, unitName);
    if (!unit) return null; // the unit left Cấu hình
    const again = summaryAsk(cur.ids, c, unit.name);
    if (JSON.stringify(again) !== JSON.stringify(ask)) {
      readAt = Date.now();
      read = readForEdit(ss, { sheetId }, again);
    }
    if (tags.version === null) bumpConfigVersion(ss); // a file from before the tags: from now on, edits read none of the properties
    if (tags.ids === null && ids) keepSheetIds(ss, ids, { props: props!, tags });
    const grid = read?.grid ?? (sheet.getDataRange().getValues() as SheetValue[][]);
    const tab = { sheetId, name: sheet.getName() };
    const batch = markTab(ss, sheet, tab, c, unit, grid, read);
    if (rebuildRunning(ss, read, readAt)) { batch.commit(); return { outcome: 'deferred' as const, unit: unit.name, tags }; }
    const pending = props ? pendingUnits(props) : [];
    // The only pending unit is this one: the flag goes in the edit's batchUpdate (edit-tags.ts).
    const only = tags.pending && pending.every((u) => u === unit.name);
    const { outcome, alsoSent } = refreshUnitWithBatch_(ss, sheet, c, unit.name, grid, batch, { ids: cur.ids, pending, tags, also: only && read ? [UNFLAG_REQUEST] : [] }, read?.block, tab);
    if (outcome === 'refreshed' && only) unflag(ss, alsoSent);
    return { outcome, unit: unit.name, tags };
  });
  // A rebuild left the campaign in the cache itself, with the ids it kept.
  if (done?.outcome === 'rebuilt') learnt = false;
  if (learnt || !cached.unit) cached.remember({ ...(cached.unit ? {} : { unit: unitName }), ...(learnt ? { campaign: cur } : {}) });
  // No lock, or the hourly rebuild running: the unit waits as pending for the next refresh (and
  // without the lock the next edit re-marks the tab).
  if (done === undefined) deferUnitRefresh_(ss, state.campaign, findNamed(state.campaign.units, unitName)!.name);
  else if (done?.outcome === 'deferred') deferUnitRefresh_(ss, cur.campaign, done.unit, done.tags.pending);
}

/**
 * The flag said some unit was pending and this refresh did the only one: the flag goes (`gone`:
 * already, in the edit's batchUpdate), then the properties are read again and any unit marked
 * pending meanwhile flags it again (edit-tags.ts: the clear, then the read).
 */
function unflag(ss: Spreadsheet, gone: boolean): void {
  if (!gone) removeTag(ss, PENDING_TAG);
  if (pendingUnits(PropertiesService.getDocumentProperties().getProperties()).length) flagPending(ss);
}

/** The tab's marks, queued on a new batch for the caller to send. */
function markTab(ss: Spreadsheet, sheet: Sheet, tab: { sheetId: number; name: string }, c: Campaign, unit: Unit, grid: SheetValue[][], read: EditRead | null): WriteBatch {
  const area = markArea(grid, c);
  const batch = newWriteBatch(ss);
  checkUnitTab(sheet, c, unit, todayLocal(c.timeZone), grid, batch, true, read?.cells(area.top, area.bottom, area.width), tab, true);
  return batch;
}

/**
 * An edit in a member workbook: the marks are all (Tổng hợp lives in the hub and its hourly rebuild
 * reads this tab), and no document properties are read. The edit's one read also says whose tab
 * this is (the tab's metadata) and the hub's config stamp: the cached copy of the hub's campaign serves
 * while the stamp is the one it was read under, so the hub is opened only after Cấu hình changed.
 * The stamp is read before the hub, so a copy is never kept under a stamp newer than itself.
 * Without the lock nothing is written: the next edit re-marks the tab.
 */
function editInMember(ss: Spreadsheet, sheet: Sheet, sheetId: number, cached: EditCache, known: HubTags | HubCampaign): void {
  let learnt: HubCampaign | undefined;
  withMarkLockToEnd(() => {
    const read = readForEdit(ss, { sheetId });
    const unitName = read ? unitInTags(read.tabMetadata, sheetId) : cached.unit ?? unitOfSheet(sheet);
    if (!unitName) return; // Mẫu đăng ký, or a sheet of no unit
    const copy = 'campaign' in known ? known : null;
    const tags = (read && hubTagsIn(read.metadata)) ?? (copy ? hubTagsOf(ss) : known) ?? known;
    const current = copy && copy.hubId === tags.hubId && copy.stamp === tags.stamp ? copy.campaign : null;
    const c = current ?? readCampaign(openHub(tags.hubId));
    if (!c) return;
    if (!current) learnt = { hubId: tags.hubId, stamp: tags.stamp, campaign: c };
    const unit = findNamed(c.units, unitName);
    if (!unit) return;
    const grid = read?.grid ?? (sheet.getDataRange().getValues() as SheetValue[][]);
    markTab(ss, sheet, { sheetId, name: sheet.getName() }, c, unit, grid, read).commit();
  });
  if (learnt) cached.remember({ hubCampaign: learnt });
}

/** An edit whose read and write are this far apart looks at the file's claim again. */
const CLAIM_RECHECK_MS = 2_000;

function rebuildRunning(ss: Spreadsheet, read: EditRead | null, readAt: number): boolean {
  if (!read) return fileClaimed(ss);
  return claimHeld(read.metadata.filter((m) => m.key === CLAIM_KEY).map((m) => m.value), Date.now())
    || (Date.now() - readAt > CLAIM_RECHECK_MS && fileClaimed(ss));
}

function readCampaign(ss: Spreadsheet): Campaign | null {
  const config = findRoleSheet(ss, 'config');
  return config ? readConfigGrid(config.getDataRange().getValues(), ss.getSpreadsheetTimeZone()).campaign ?? null : null;
}

/** Only for edits of tabs that are no unit's (rare): is it Cấu hình? */
function isConfigSheet(ss: Spreadsheet, sheet: Sheet): boolean {
  return findRoleSheet(ss, 'config')?.getSheetId() === sheet.getSheetId();
}
