/**
 * Constructors of the emulated objects, in one place so modules that refer to each other
 * (a Range knows its Sheet, a Protection its Range…) need not import each other's classes.
 */
import type { GridRange, SheetData } from '../model';
import type { Book } from './book';
import { RangeImpl } from './range';
import { SheetImpl } from './sheet';
import { SpreadsheetImpl } from './spreadsheet';

export function makeRange(book: Book, sheet: SheetData, grid: GridRange): GoogleAppsScript.Spreadsheet.Range {
  return new RangeImpl(book, sheet, grid) as unknown as GoogleAppsScript.Spreadsheet.Range;
}

export function makeSheet(book: Book, sheet: SheetData): GoogleAppsScript.Spreadsheet.Sheet {
  return new SheetImpl(book, sheet) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
}

export function makeSpreadsheet(book: Book): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return new SpreadsheetImpl(book) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
}

/** The sheet data and grid behind a Range the script passes back in. */
export function rangeTarget(range: GoogleAppsScript.Spreadsheet.Range): { sheet: SheetData; grid: GridRange } {
  return (range as unknown as RangeImpl)._target();
}
