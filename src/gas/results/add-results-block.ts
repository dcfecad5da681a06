/**
 * Adds the results block (Kết quả thực hiện · Tình trạng · Minh chứng) to one tab: one getValues,
 * one setValues of the new headers, one validation for the Tình trạng column. Nothing is written
 * where a cell is filled (see core/results/migrate), so tabs already holding registrations lose nothing.
 */
import type { Campaign } from '../../core/campaign';
import { headerRowIndex, planResultsBlock, resultHeaderValues, RESULT_HEADERS, RESULT_KEYS, RESULT_WIDTHS, STATUS_HELP, STATUS_LABELS } from '../../core/results';
import type { SheetValue } from '../../core/unit-tab/entry';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BG = '#e2efda';

/** True when the tab changed. */
export function addResultsBlock(sheet: Sheet, c: Campaign): boolean {
  const grid = sheet.getDataRange().getValues() as SheetValue[][];
  const plan = planResultsBlock(grid, headerRowIndex(grid, c), c.columns.length);
  if (plan.add.length === 0) return false;
  const lastColumn = plan.firstColumn + plan.add.length - 1;
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < lastColumn) sheet.insertColumnsAfter(maxColumns, lastColumn - maxColumns);
  sheet.getRange(plan.headerRow, plan.firstColumn, 1, plan.add.length)
    .setValues([resultHeaderValues(plan)])
    .setFontWeight('bold')
    .setBackground(HEADER_BG)
    .setWrap(true)
    .setHorizontalAlignment('center');
  plan.add.forEach((k, i) => sheet.setColumnWidth(plan.firstColumn + i, RESULT_WIDTHS[RESULT_KEYS.indexOf(k)]));
  if (plan.add.includes('status')) {
    const rows = sheet.getMaxRows() - plan.headerRow;
    if (rows > 0) {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(Object.values(STATUS_LABELS), true)
        .setAllowInvalid(true).setHelpText(STATUS_HELP).build();
      sheet.getRange(plan.headerRow + 1, plan.statusColumn, rows, 1).setDataValidation(rule);
    }
  }
  return true;
}

export const RESULTS_BLOCK_HEADERS = RESULT_KEYS.map((k) => RESULT_HEADERS[k]);
