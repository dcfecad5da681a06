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
import { configVersionIn, readEditCache, type EditCache, type HubCampaign } from './campaign-cache';
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
 * Per edit in the hub: the cache (campaign, the tab's unit) and the document properties, then, under the
 * document lock, one Sheets API read (the tab's values, notes and fills, Tổng hợp's rows, the
 * file's claim: validation/edit-read) and one batchUpdate with every write (the marks, Tổng hợp's
 * changed cells, the unit's rows of Danh sách mô hình). Cấu hình and the tab's metadata are read
 * only when the cache misses.
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
  // a member; with neither, the file's metadata (one read).
  const member = cached.own ? null : cached.hubCampaign ?? hubTagsOf(ss);
  if (member) {
    editInMember(ss, sheet, sheetId, cached, member);
    return;
  }
  // One read of the document properties: the config version, then the summary's kept ids and pending units.
  const props = PropertiesService.getDocumentProperties().getProperties();
  const version = configVersionIn(props);
  const current = cached.own?.version === version ? cached.own.campaign : null;
  const unitName = cached.unit ?? unitOfSheet(sheet);
  if (!unitName) {
    if (isConfigSheet(ss, sheet)) configChanged(ss);
    return;
  }
  const c = current ?? readCampaign(ss);
  cached.remember({ ...(cached.unit ? {} : { unit: unitName }), ...(c && !current ? { campaign: { version, campaign: c } } : {}) });
  const unit = c && findNamed(c.units, unitName);
  if (!c || !unit) return;
  const done = withMarkLockToEnd(() => {
    // Read under the lock: the marks are planned from these values.
    const readAt = Date.now();
    const read = readForEdit(ss, { sheetId }, summaryAsk(props, c, unit.name));
    const grid = read?.grid ?? (sheet.getDataRange().getValues() as SheetValue[][]);
    const tab = { sheetId, name: sheet.getName() };
    const batch = markTab(ss, sheet, tab, c, unit, grid, read);
    if (rebuildRunning(ss, read, readAt)) { batch.commit(); return 'deferred'; }
    return refreshUnitWithBatch_(ss, sheet, c, unit.name, grid, batch, props, read?.block, tab);
  });
  // No lock, or the hourly rebuild running: the unit waits as pending for the next refresh (and
  // without the lock the next edit re-marks the tab).
  if (done === undefined || done === 'deferred') deferUnitRefresh_(c, unit.name);
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
