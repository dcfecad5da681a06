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
import { withMarkLock } from './validation/mark-lock';
import { todayLocal } from './validation/today';
import { deferUnitRefresh_, refreshUnitWithBatch_ } from './summary/refresh-unit';
import { newWriteBatch } from './sheets-write';

/**
 * Per edit: the cache (campaign, the tab's unit), the tab's values once (shared by the marks and
 * the summary row), the marks, the summary row, written together. Cấu hình and the tab's metadata are read only when
 * the cache misses.
 */
export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  // One read of the document properties: the cache's version, then the summary's kept ids and pending units.
  const props = PropertiesService.getDocumentProperties().getProperties();
  const cached = readEditCache(sheet.getSheetId(), props);
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
  // One hold of the document lock for the marks and the summary, and one batchUpdate for all the
  // writes (the marks, Tổng hợp's blocks, the unit's rows of Danh sách mô hình).
  const done = withMarkLock(false, () => {
    // Read under the lock: the marks are planned from these values.
    const grid = sheet.getDataRange().getValues() as SheetValue[][];
    const batch = newWriteBatch(ss);
    checkUnitTab(sheet, c, unit, todayLocal(c.timeZone), grid, batch);
    // In a member the marks are all: Tổng hợp lives in the hub and its hourly rebuild reads this tab.
    if (hub) { batch.commit(); return 'marked'; }
    return refreshUnitWithBatch_(ss, sheet, c, unit.name, grid, batch, props);
  });
  // No lock: the next edit re-marks the tab; the unit waits as pending for the next refresh.
  if (done === undefined) deferUnitRefresh_(c, unit.name);
}

function readCampaign(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const config = findRoleSheet(ss, 'config');
  return config ? readConfigGrid(config.getDataRange().getValues(), ss.getSpreadsheetTimeZone()).campaign ?? null : null;
}

/** Only for edits of tabs that are no unit's (rare): is it Cấu hình? */
function isConfigSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return findRoleSheet(ss, 'config')?.getSheetId() === sheet.getSheetId();
}
