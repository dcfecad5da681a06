/**
 * Developer metadata on the spreadsheet, a sheet, or whole rows/columns, and the finder
 * (developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder).
 * Row/column metadata moves with its lines when rows or columns are inserted or deleted.
 */
import type { DeveloperMetadataData, GridRange, SheetData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { makeRange, makeSheet, makeSpreadsheet } from './factory';
import { assertMetadataFits } from './limits';
import { assertFileEditor } from './permissions';
import type { AssertAssignable } from './user';

type GMeta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type GLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type Location = DeveloperMetadataData['location'];

const sheetById = (book: Book, id: number) => book.ctx.data.sheets.find((s) => s.id === id);

/** The grid a row/column location spans. */
export function locationGrid(sheet: SheetData, loc: Location): GridRange | null {
  if (loc.type === 'ROW') return { row: loc.start, column: 1, numRows: loc.count, numColumns: sheet.maxColumns };
  if (loc.type === 'COLUMN') return { row: 1, column: loc.start, numRows: sheet.maxRows, numColumns: loc.count };
  return null;
}

class LocationImpl {
  constructor(private readonly book: Book, private readonly loc: Location) {
    return counted(book.ctx, 'DeveloperMetadataLocation', this);
  }
  getLocationType(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType {
    return this.loc.type as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
  }
  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    return this.loc.type === 'SPREADSHEET' ? makeSpreadsheet(this.book) : null;
  }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (this.loc.type === 'SPREADSHEET') return null;
    const s = sheetById(this.book, this.loc.sheetId);
    return s ? makeSheet(this.book, s) : null;
  }
  getRow(): GoogleAppsScript.Spreadsheet.Range | null { return this.line('ROW'); }
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null { return this.line('COLUMN'); }
  private line(type: 'ROW' | 'COLUMN'): GoogleAppsScript.Spreadsheet.Range | null {
    if (this.loc.type !== type) return null;
    const s = sheetById(this.book, this.loc.sheetId);
    const g = s && locationGrid(s, this.loc);
    return s && g ? makeRange(this.book, s, g) : null;
  }
}

class DeveloperMetadataImpl {
  constructor(private readonly book: Book, private readonly m: DeveloperMetadataData) {
    return counted(book.ctx, 'DeveloperMetadata', this);
  }
  getId(): number { return this.m.id; }
  getKey(): string { return this.m.key; }
  getValue(): string | null { return this.m.value; }
  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return this.m.visibility as unknown as GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
  }
  getLocation(): GLocation { return new LocationImpl(this.book, this.m.location) as unknown as GLocation; }
  setKey(key: string): GMeta {
    assertFileEditor(this.book);
    assertMetadataFits(this.book.ctx.data, { ...this.m, key: String(key) }, this.m);
    this.m.key = String(key);
    return this as unknown as GMeta;
  }
  setValue(value: string): GMeta {
    assertFileEditor(this.book);
    assertMetadataFits(this.book.ctx.data, { ...this.m, value: String(value) }, this.m);
    this.m.value = String(value);
    return this as unknown as GMeta;
  }
  setVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GMeta {
    assertFileEditor(this.book);
    this.m.visibility = String(v) as DeveloperMetadataData['visibility'];
    return this as unknown as GMeta;
  }
  remove(): void {
    assertFileEditor(this.book);
    const list = this.book.ctx.data.developerMetadata;
    const i = list.indexOf(this.m);
    if (i >= 0) list.splice(i, 1);
  }
}

export function makeMetadata(book: Book, m: DeveloperMetadataData): GMeta {
  return new DeveloperMetadataImpl(book, m) as unknown as GMeta;
}

export function addMetadata(book: Book, location: Location, key: string, a?: unknown, b?: unknown): void {
  assertFileEditor(book);
  // Overloads: (key), (key, visibility), (key, value), (key, value, visibility).
  const isVis = (x: unknown) => x === 'DOCUMENT' || x === 'PROJECT';
  const value = b !== undefined || (a !== undefined && !isVis(String(a))) ? String(a) : null;
  const visibility = (b !== undefined ? String(b) : a !== undefined && isVis(String(a)) ? String(a) : 'DOCUMENT') as DeveloperMetadataData['visibility'];
  assertMetadataFits(book.ctx.data, { key, value, location });
  book.ctx.data.developerMetadata.push({ id: book.ctx.data.nextId++, key, value, visibility, location });
}

type Scope = (m: DeveloperMetadataData) => boolean;

class FinderImpl {
  private readonly filters: Scope[] = [];
  constructor(private readonly book: Book, private readonly scope: Scope) {
    return counted(book.ctx, 'DeveloperMetadataFinder', this);
  }
  private add(f: Scope): GFinder { this.filters.push(f); return this as unknown as GFinder; }
  withId(id: number): GFinder { return this.add((m) => m.id === id); }
  withKey(key: string): GFinder { return this.add((m) => m.key === key); }
  withValue(value: string): GFinder { return this.add((m) => m.value === value); }
  withVisibility(v: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility): GFinder { return this.add((m) => m.visibility === String(v)); }
  withLocationType(t: GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType): GFinder { return this.add((m) => m.location.type === String(t)); }
  find(): GMeta[] {
    return this.book.ctx.data.developerMetadata.filter((m) => this.scope(m) && this.filters.every((f) => f(m))).map((m) => makeMetadata(this.book, m));
  }
}

export function makeFinder(book: Book, scope: Scope): GFinder {
  return new FinderImpl(book, scope) as unknown as GFinder;
}

type _M = AssertAssignable<DeveloperMetadataImpl, Pick<GMeta, keyof DeveloperMetadataImpl & keyof GMeta>>;
type _F = AssertAssignable<FinderImpl, Pick<GFinder, keyof FinderImpl & keyof GFinder>>;
type _L = AssertAssignable<LocationImpl, Pick<GLocation, keyof LocationImpl & keyof GLocation>>;
