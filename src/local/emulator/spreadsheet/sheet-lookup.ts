/** Finding sheets and turning coordinates or A1 notation into checked grid ranges. */
import type { GridRange, SheetData } from '../model';
import { parseA1, refToGrid } from './a1';
import { activeSheetData, type Book } from './book';
import { ERR, fail } from './errors';
import { makeRange } from './factory';

export function sheetByName(book: Book, name: string): SheetData | undefined {
  return book.ctx.data.sheets.find((s) => s.name === name);
}

/** Throws Apps Script's errors for a grid that starts too small or leaves the sheet. */
export function checkGrid(sheet: SheetData, g: GridRange): void {
  if (!Number.isInteger(g.row) || g.row < 1) fail(ERR.rowTooSmall);
  if (!Number.isInteger(g.column) || g.column < 1) fail(ERR.columnTooSmall);
  if (!(g.numRows >= 1)) fail(ERR.numRowsTooSmall);
  if (!(g.numColumns >= 1)) fail(ERR.numColumnsTooSmall);
  if (g.row + g.numRows - 1 > sheet.maxRows || g.column + g.numColumns - 1 > sheet.maxColumns) fail(ERR.outsideSheet);
}

/** Sheet.getRange's overloads: (a1) or (row, column[, numRows[, numColumns]]). */
export function gridFromArgs(sheet: SheetData, a: number | string, column?: number, numRows?: number, numColumns?: number): GridRange {
  if (typeof a === 'string') {
    const ref = parseA1(a);
    if (!ref) fail(ERR.rangeNotFound);
    const g = refToGrid(ref, sheet.maxRows, sheet.maxColumns);
    checkGrid(sheet, g);
    return g;
  }
  const g = { row: a, column: column as number, numRows: numRows ?? 1, numColumns: numColumns ?? 1 };
  checkGrid(sheet, g);
  return g;
}

/** Spreadsheet.getRange("'Tab'!A1:B2"): a sheet-qualified reference, else on the active sheet. */
export function locateA1(book: Book, a1: string): { sheet: SheetData; grid: GridRange } {
  const ref = parseA1(a1);
  if (!ref) fail(ERR.rangeNotFound);
  const sheet = ref.sheetName !== undefined ? sheetByName(book, ref.sheetName) : activeSheetData(book);
  if (!sheet) fail(ERR.rangeNotFound);
  const grid = refToGrid(ref, sheet.maxRows, sheet.maxColumns);
  checkGrid(sheet, grid);
  return { sheet, grid };
}

/** A validation's VALUE_IN_RANGE argument back as a Range (null if its sheet is gone). */
export function resolveRangeArg(book: Book, a1: string): GoogleAppsScript.Spreadsheet.Range | null {
  try {
    const { sheet, grid } = locateA1(book, a1);
    return makeRange(book, sheet, grid);
  } catch {
    return null;
  }
}
