/**
 * The filter of Danh sách mô hình: one basic filter over the header and every model row, so a
 * coordinator can filter the whole district's models by unit, content or round. A sheet has at
 * most one filter and createFilter throws when it has one, so a filter of the wrong extent is
 * removed first; remaking it drops the criteria a coordinator had set, hence only when needed.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
 */
import { columnLetter } from '../validation/table';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The full rebuild: one getFilter; remade only when the table's extent changed. */
export function keepModelsFilter(sheet: Sheet, rows: number, width: number): void {
  const filter = sheet.getFilter();
  if (filter && filter.getRange().getA1Notation() === `A1:${columnLetter(width)}${rows}`) return;
  filter?.remove();
  sheet.getRange(1, 1, rows, width).createFilter();
}

/**
 * An edit's refresh whose new rows landed below the filter (only when no model row followed
 * them: rows inserted inside the filter extend it with no call). `rows` counts the header.
 */
export function extendModelsFilter(ss: Spreadsheet, sheetId: number, rows: number, width: number): void {
  const sheet = ss.getSheetById(sheetId);
  if (!sheet) return;
  sheet.getFilter()?.remove();
  sheet.getRange(1, 1, rows, width).createFilter();
}
