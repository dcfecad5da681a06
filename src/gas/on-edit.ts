/**
 * Edit triggers.
 *
 * onEdit (simple) does nothing on purpose. It runs as whoever typed, i.e. a unit's user: it may not
 * write the protected summary or log sheets nor use authorised services, and it cannot even see
 * whether the coordinator's installable trigger exists (ScriptApp needs authorization). Since
 * setup creates unit tabs and that trigger in the same run, every unit tab is already covered;
 * doing the work here too would double each edit's cost and race on the same notes.
 *
 * onEditInstalled (installable, runs as the coordinator who ran setup) re-checks only the edited
 * tab, found by its developer metadata (a renamed tab is still its unit's), so each edit costs the
 * same number of Sheets calls however many units the campaign has.
 */
import { CONFIG_SHEET_NAME, readConfigGrid } from '../core/config-sheet';
import { KEY, findRoleSheet, parseTabMeta } from './setup/tracking';
import { checkUnitTab } from './validation/check-tab';
import { withMarkLock } from './validation/mark-lock';
import { todayLocal } from './validation/today';
import { refreshUnitInSummary_ } from './summary/refresh-unit';

export function onEdit(_e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  // Intentionally empty: see the file's comment.
}

export function onEditInstalled(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const sheet = e.range.getSheet();
  const unitName = unitOf(sheet);
  if (!unitName) return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const config = findRoleSheet(ss, 'config', CONFIG_SHEET_NAME);
  if (!config) return;
  const c = readConfigGrid(config.getDataRange().getValues(), ss.getSpreadsheetTimeZone()).campaign;
  const unit = c?.units.find((u) => u.name === unitName);
  if (!c || !unit) return;
  withMarkLock(false, () => checkUnitTab(sheet, c, unit, todayLocal(c.timeZone)));
  refreshUnitInSummary_(ss, sheet, c, unitName);
}

/**
 * The unit a tab belongs to, from its own metadata only (one call, whatever the workbook's size).
 * A copy of a unit tab carries the original's metadata, naming the original's sheet id: not a unit's.
 */
function unitOf(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const id = sheet.getSheetId();
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== KEY.tab) continue;
    const meta = parseTabMeta(m.getValue());
    if (meta && meta.sheetId === id) return meta.unit;
  }
  return null;
}
