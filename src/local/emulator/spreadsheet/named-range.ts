/**
 * Named ranges: Spreadsheet.setNamedRange / getNamedRanges / getRangeByName / removeNamedRange and
 * the NamedRange class (getName, getRange, setName, setRange, remove).
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range
 * https://developers.google.com/apps-script/reference/spreadsheet/named-range
 *
 * The reference does not say which names are valid. The Sheets UI accepts letters, digits and
 * underscores, not starting with a digit, not TRUE/FALSE, not a cell reference (A1 or R1C1), at most
 * 250 characters; Excel also allows periods, Sheets does not. Designed for the stricter case: ASCII
 * letters only, so a name valid here is also a valid .xlsx defined name (ECMA-376 Part 4 §3.17.5.1:
 * no cell references, not TRUE/FALSE). Also stricter: a name already in use is refused (the
 * reference does not say whether setNamedRange replaces it), and deleting a sheet removes the
 * names on it (Sheets would keep them pointing at #REF!). Not emulated: a named range moving with
 * rows or columns inserted above or left of it.
 */
import type { GridRange, NamedRangeData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { ERR, fail } from './errors';
import { makeRange, rangeTarget } from './factory';
import { assertFileEditor } from './permissions';

type GRange = GoogleAppsScript.Spreadsheet.Range;

const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

/** The name rule above, with Apps Script's "Invalid argument" error. */
export function assertNamedRangeName(name: unknown): string {
  const n = String(name ?? '');
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(n) || /^(true|false)$/i.test(n) || CELL_LIKE.test(n)) fail(ERR.invalidArgument('name'));
  return n;
}

const list = (book: Book): NamedRangeData[] => (book.ctx.data.namedRanges ??= []);
const find = (book: Book, name: string) => list(book).find((n) => n.name.toLowerCase() === name.toLowerCase());

function targetOf(book: Book, range: GRange): { sheetId: number; range: GridRange } {
  const t = rangeTarget(range);
  if (!book.ctx.data.sheets.includes(t.sheet)) fail(ERR.invalidArgument('range'));
  return { sheetId: t.sheet.id, range: { ...t.grid } };
}

class NamedRangeImpl {
  constructor(private readonly book: Book, private readonly n: NamedRangeData) {
    return counted(book.ctx, 'NamedRange', this);
  }
  getName(): string { return this.n.name; }
  getRange(): GRange {
    const sheet = this.book.ctx.data.sheets.find((s) => s.id === this.n.sheetId);
    if (!sheet) fail(ERR.rangeNotFound);
    return makeRange(this.book, sheet, { ...this.n.range });
  }
  setName(name: string): this {
    assertFileEditor(this.book);
    const n = assertNamedRangeName(name);
    const other = find(this.book, n);
    if (other && other !== this.n) fail(ERR.invalidArgument('name'));
    this.n.name = n;
    return this;
  }
  setRange(range: GRange): this {
    assertFileEditor(this.book);
    Object.assign(this.n, targetOf(this.book, range));
    return this;
  }
  remove(): void {
    assertFileEditor(this.book);
    const all = list(this.book);
    if (all.includes(this.n)) all.splice(all.indexOf(this.n), 1);
  }
}

export function makeNamedRange(book: Book, n: NamedRangeData): GoogleAppsScript.Spreadsheet.NamedRange {
  return new NamedRangeImpl(book, n) as unknown as GoogleAppsScript.Spreadsheet.NamedRange;
}

export function setNamedRange(book: Book, name: string, range: GRange): void {
  assertFileEditor(book);
  const n = assertNamedRangeName(name);
  if (find(book, n)) fail(ERR.invalidArgument('name'));
  list(book).push({ name: n, ...targetOf(book, range) });
}

export function rangeByName(book: Book, name: string): GRange | null {
  const n = find(book, String(name));
  const sheet = n && book.ctx.data.sheets.find((s) => s.id === n.sheetId);
  return n && sheet ? makeRange(book, sheet, { ...n.range }) : null;
}

export function removeNamedRange(book: Book, name: string): void {
  assertFileEditor(book);
  const n = find(book, String(name));
  if (!n) fail(ERR.rangeNotFound);
  list(book).splice(list(book).indexOf(n), 1);
}
