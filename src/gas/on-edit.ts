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
import type { SheetValue } from '../core/unit-tab/entry';
import { readConfigGrid } from '../core/config-sheet';
import { bumpConfigVersion, readEditCache } from './campaign-cache';
import { findRoleSheet, unitOfSheet } from './setup/tracking';
import { openHubOf } from './setup/hub-of';
import { findNamed } from '../core/names';
import { checkUnitTab } from './validation/check-tab';
import { withMarkLockToEnd } from './validation/mark-lock';
import { markArea } from './validation/check-tab';
import { readForEdit, type EditRead } from './validation/edit-read';
import { CLAIM_KEY, claimHeld, fileClaimed } from './schedule/lock';
import { todayLocal } from './validation/today';
import { deferUnitRefresh_, refreshUnitWithBatch_, summaryAsk } from './summary/refresh-unit';
import { newWriteBatch } from './sheets-write';

/**
 * Per edit: the document properties and the cache (campaign, the tab's unit), then, under the
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
  // One read of the document properties: the cache's version, then the summary's kept ids and pending units.
  const props = PropertiesService.getDocumentProperties().getProperties();
  const cached = readEditCache(sheetId, props);
  const unitName = cached.unit ?? unitOfSheet(sheet);
  if (!unitName) {
    if (isConfigSheet(ss, sheet)) bumpConfigVersion();
    return;
  }
  // A member workbook has no Cấu hình: its campaign is the hub's, read each time (the hub's edits
  // bump the hub's cache version, not the member's), so only the hub's campaign is ever cached.
  const hub = cached.campaign ? null : openHubOf(ss);
  const c = cached.campaign ?? readCampaign(hub ?? ss);
  cached.remember({ ...(cached.unit ? {} : { unit: unitName }), ...(c && !cached.campaign && !hub ? { campaign: c } : {}) });
  const unit = c && findNamed(c.units, unitName);
  if (!c || !unit) return;
  const done = withMarkLockToEnd(() => {
    // Read under the lock: the marks are planned from these values.
    const readAt = Date.now();
    const read = readForEdit(ss, { sheetId }, hub ? undefined : summaryAsk(props, c));
    const grid = read?.grid ?? (sheet.getDataRange().getValues() as SheetValue[][]);
    const area = markArea(grid, c);
    const batch = newWriteBatch(ss);
    checkUnitTab(sheet, c, unit, todayLocal(c.timeZone), grid, batch, true, read?.cells(area.top, area.bottom, area.width), { sheetId, name: sheet.getName() });
    // In a member the marks are all: Tổng hợp lives in the hub and its hourly rebuild reads this tab.
    if (hub) { batch.commit(); return 'marked'; }
    if (rebuildRunning(ss, read, readAt)) { batch.commit(); return 'deferred'; }
    return refreshUnitWithBatch_(ss, sheet, c, unit.name, grid, batch, props, read?.block);
  });
  // No lock, or the hourly rebuild running: the unit waits as pending for the next refresh (and
  // without the lock the next edit re-marks the tab).
  if (done === undefined || done === 'deferred') deferUnitRefresh_(c, unit.name);
}

/** An edit whose read and write are this far apart looks at the file's claim again. */
const CLAIM_RECHECK_MS = 2_000;

function rebuildRunning(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, read: EditRead | null, readAt: number): boolean {
  if (!read) return fileClaimed(ss);
  return claimHeld(read.metadata.filter((m) => m.key === CLAIM_KEY).map((m) => m.value), Date.now())
    || (Date.now() - readAt > CLAIM_RECHECK_MS && fileClaimed(ss));
}

function readCampaign(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const config = findRoleSheet(ss, 'config');
  return config ? readConfigGrid(config.getDataRange().getValues(), ss.getSpreadsheetTimeZone()).campaign ?? null : null;
}

/** Only for edits of tabs that are no unit's (rare): is it Cấu hình? */
function isConfigSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return findRoleSheet(ss, 'config')?.getSheetId() === sheet.getSheetId();
}
