/**
 * Filter (developers.google.com/apps-script/reference/spreadsheet/filter): a sheet's one basic
 * filter, made by Range.createFilter and found by Sheet.getFilter / Range.getFilter. Only its
 * range is modelled (no column criteria); it moves with inserted and deleted rows (sheet-structure.ts).
 */
import type { GridRange, SheetData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { ERR, fail } from './errors';
import { makeRange } from './factory';
import { assertCanWrite } from './permissions';
import type { AssertAssignable } from './user';

type GFilter = GoogleAppsScript.Spreadsheet.Filter;

class FilterImpl {
  constructor(private readonly book: Book, private readonly s: SheetData) {
    return counted(book.ctx, 'Filter', this);
  }
  private current(): GridRange {
    if (!this.s.filter) fail(ERR.filterRemoved);
    return this.s.filter;
  }
  getRange(): GoogleAppsScript.Spreadsheet.Range { return makeRange(this.book, this.s, { ...this.current() }); }
  remove(): void {
    this.current();
    assertCanWrite(this.book, this.s, 'STRUCTURE');
    this.s.filter = undefined;
  }
}

export function makeFilter(book: Book, sheet: SheetData): GFilter {
  return new FilterImpl(book, sheet) as unknown as GFilter;
}

/** The sheet's filter, or null: "Returns the filter in this sheet, or null if there is no filter." */
export function filterOf(book: Book, sheet: SheetData): GFilter | null {
  return sheet.filter ? makeFilter(book, sheet) : null;
}

/** Range.createFilter: one filter per sheet; the range's first row is the header the buttons sit on. */
export function createFilter(book: Book, sheet: SheetData, g: GridRange): GFilter {
  if (sheet.filter) fail(ERR.filterExists);
  assertCanWrite(book, sheet, 'STRUCTURE');
  sheet.filter = { ...g };
  return makeFilter(book, sheet);
}

type _F = AssertAssignable<FilterImpl, Pick<GFilter, keyof FilterImpl & keyof GFilter>>;
