/**
 * Finds or makes the Báo cáo sheet (tracked by spreadsheet metadata, so a rename keeps it) and
 * rewrites it from a core ReportSheet: one getValues before (the ticks), one setValues after.
 */
import type { Campaign } from '../../core/campaign';
import { readTicks, REPORT_COLUMNS, REPORT_SHEET_NAME, type ReportSheet } from '../../core/results';
import { protectSheet } from '../setup/protect';
import { asTyped } from '../sheets-write';
import { createRoleSheet, sheetByMetadata } from '../setup/tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const REPORT_KEY = 'dvk.report';
export const REPORT_PROTECTION = 'Dân vận khéo: Báo cáo (chỉ người tổng hợp sửa, đánh dấu đề xuất khen thưởng)';
const WIDTHS = [260, 120, 240, 130, 120, 260, 180, 130, 130];

export function findReportSheet(ss: Spreadsheet): Sheet | null {
  return sheetByMetadata(ss, REPORT_KEY);
}

export function reportSheet(ss: Spreadsheet): { sheet: Sheet; note?: string } {
  const found = findReportSheet(ss);
  if (found) return { sheet: found };
  const made = createRoleSheet(ss, REPORT_KEY, REPORT_SHEET_NAME, 2);
  WIDTHS.forEach((w, i) => made.sheet.setColumnWidth(i + 1, w));
  return made;
}

/** The coordinator's ticks on the sheet as it is now (one read). */
export function currentTicks(sheet: Sheet): ReturnType<typeof readTicks> {
  return readTicks(sheet.getDataRange().getValues());
}

export function writeReportSheet(sheet: Sheet, grid: ReportSheet, c: Campaign, who: { me: string; owner: string }): void {
  const rows = grid.values.length;
  sheet.clear();
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  if (sheet.getMaxRows() < rows + 5) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 5 - sheet.getMaxRows());
  if (sheet.getMaxColumns() < REPORT_COLUMNS) sheet.insertColumnsAfter(sheet.getMaxColumns(), REPORT_COLUMNS - sheet.getMaxColumns());
  const bold = new Set(grid.boldRows);
  sheet.getRange(1, 1, rows, REPORT_COLUMNS)
    // Text stays text (setValues parses strings as typed: a date, a percent would change type).
    .setValues(grid.values.map((r) => r.map((v) => (typeof v === 'string' ? asTyped(v) : v))))
    .setFontWeights(grid.values.map((_, i) => Array(REPORT_COLUMNS).fill(bold.has(i + 1) ? 'bold' : 'normal')))
    .setVerticalAlignment('top');
  const { firstRow, numRows, commendColumn, nextYearColumn } = grid.annex;
  if (numRows > 0) {
    // The two tick columns are adjacent: one range, one call.
    const left = Math.min(commendColumn, nextYearColumn);
    sheet.getRange(firstRow, left, numRows, Math.abs(nextYearColumn - commendColumn) + 1)
      .setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
  }
  protectSheet(sheet, c.coordinators, REPORT_PROTECTION, who);
}
