/** Spreadsheet.getRangeList: a few batch operations over several ranges (one call each, as in Apps Script). */
import type { Book } from './book';
import { counted } from './counted';
import type { AssertAssignable } from './user';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GList = GoogleAppsScript.Spreadsheet.RangeList;

class RangeListImpl {
  constructor(book: Book, private readonly ranges: GRange[]) {
    return counted(book.ctx, 'RangeList', this);
  }
  private each(f: (r: GRange) => unknown): GList { this.ranges.forEach(f); return this as unknown as GList; }
  getRanges(): GRange[] { return [...this.ranges]; }
  setValue(value: unknown): GList { return this.each((r) => r.setValue(value)); }
  setBackground(color: string | null): GList { return this.each((r) => r.setBackground(color as string)); }
  setFontWeight(fontWeight: string | null): GList { return this.each((r) => r.setFontWeight(fontWeight as GoogleAppsScript.Spreadsheet.FontWeight | null)); }
  /** RangeList.setWrap (https://developers.google.com/apps-script/reference/spreadsheet/range-list#setwrapiswrapenabled). */
  setWrap(isWrapEnabled: boolean): GList { return this.each((r) => r.setWrap(isWrapEnabled)); }
  setNote(note: string | null): GList { return this.each((r) => r.setNote(note as string)); }
  setNumberFormat(format: string): GList { return this.each((r) => r.setNumberFormat(format)); }
  clearContent(): GList { return this.each((r) => r.clearContent()); }
  clearFormat(): GList { return this.each((r) => r.clearFormat()); }
}

export function makeRangeList(book: Book, ranges: GRange[]): GList {
  return new RangeListImpl(book, ranges) as unknown as GList;
}

type _L = AssertAssignable<RangeListImpl, Pick<GList, keyof RangeListImpl & keyof GList>>;
