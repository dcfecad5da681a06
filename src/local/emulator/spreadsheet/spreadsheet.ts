/**
 * Spreadsheet (developers.google.com/apps-script/reference/spreadsheet/spreadsheet) over the
 * emulator's one workbook: sheets, sharing, active selection, A1 lookups, protections, metadata.
 */
import { newSheetData } from '../model';
import { activeSheetData, nextSheetId, type Book } from './book';
import { counted } from './counted';
import { addMetadata, makeFinder, makeMetadata } from './developer-metadata';
import { ERR, fail } from './errors';
import { makeRange, makeSheet, rangeTarget } from './factory';
import { assertRoomForSheets } from './limits';
import { assertCanWrite, assertFileEditor, isOwner } from './permissions';
import { makeNamedRange, rangeByName, removeNamedRange, setNamedRange } from './named-range';
import { makeProtection } from './protection';
import { makeRangeList } from './range-list';
import { cloneSheetData } from './sheet-copy';
import { locateA1 } from './sheet-lookup';
import { copyName, defaultSheetName, validateSheetName } from './sheet-names';
import { emailOf, makeUser, type AssertAssignable } from './user';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type InsertOptions = { template?: GSheet };

const sheetOf = (sheet: GSheet) => (sheet as unknown as { _data(): import('../model').SheetData })._data();

export class SpreadsheetImpl {
  constructor(private readonly book: Book) {
    return counted(book.ctx, 'Spreadsheet', this);
  }
  private get data() { return this.book.ctx.data; }
  private self(): GSpreadsheet { return this as unknown as GSpreadsheet; }

  getId(): string { return this.data.id; }
  getName(): string { return this.data.name; }
  rename(newName: string): void { assertFileEditor(this.book); this.data.name = newName; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.data.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this.data.timeZone; }
  setSpreadsheetTimeZone(timezone: string): void { assertFileEditor(this.book); this.data.timeZone = timezone; }
  getSpreadsheetLocale(): string { return this.data.locale; }
  setSpreadsheetLocale(locale: string): void { assertFileEditor(this.book); this.data.locale = locale; }

  // Sheets
  getSheets(): GSheet[] { return this.data.sheets.map((s) => makeSheet(this.book, s)); }
  getNumSheets(): number { return this.data.sheets.length; }
  getSheetByName(name: string): GSheet | null {
    const s = this.data.sheets.find((x) => x.name === name);
    return s ? makeSheet(this.book, s) : null;
  }
  getSheetById(id: number): GSheet | null {
    const s = this.data.sheets.find((x) => x.id === id);
    return s ? makeSheet(this.book, s) : null;
  }
  /** Overloads: (), (index), (name), (name, index), (name, index, options), (name, options), (index, options), (options). */
  insertSheet(a?: string | number | InsertOptions, b?: number | InsertOptions, c?: InsertOptions): GSheet {
    assertFileEditor(this.book);
    const args = [a, b, c].filter((x) => x !== undefined);
    const name = args.find((x): x is string => typeof x === 'string');
    const index = args.find((x): x is number => typeof x === 'number');
    const options = args.find((x): x is InsertOptions => typeof x === 'object' && x !== null);
    // A template from another file is refused (undocumented: the stricter case; copyTo crosses files).
    if (options?.template && !this.data.sheets.includes(sheetOf(options.template))) fail(ERR.invalidArgument('template'));
    assertRoomForSheets(this.data);
    const finalName = name === undefined ? defaultSheetName(this.data) : validateSheetName(this.data, name);
    const id = nextSheetId(this.book);
    const sheet = options?.template ? cloneSheetData(this.book, sheetOf(options.template), id, finalName) : newSheetData(id, finalName);
    const at = index === undefined ? this.data.sheets.length : Math.max(0, Math.min(index, this.data.sheets.length));
    this.data.sheets.splice(at, 0, sheet);
    // The docs: "The new sheet becomes the active sheet."
    this.book.selection.sheetId = sheet.id;
    this.book.selection.range = undefined;
    return makeSheet(this.book, sheet);
  }
  duplicateActiveSheet(): GSheet {
    assertFileEditor(this.book);
    assertRoomForSheets(this.data);
    const src = activeSheetData(this.book);
    const copy = cloneSheetData(this.book, src, nextSheetId(this.book), copyName(this.data, src.name));
    this.data.sheets.splice(this.data.sheets.indexOf(src) + 1, 0, copy);
    this.book.selection.sheetId = copy.id;
    return makeSheet(this.book, copy);
  }
  deleteSheet(sheet: GSheet): void {
    const s = sheetOf(sheet);
    if (!this.data.sheets.includes(s)) fail('Sheet not found.');
    assertCanWrite(this.book, s, 'STRUCTURE');
    // A range protection on the tab also blocks deleting it for someone outside its editors.
    for (const p of this.data.protections.filter((x) => x.sheetId === s.id && x.type === 'RANGE' && x.range)) assertCanWrite(this.book, s, p.range!);
    if (this.data.sheets.length === 1) fail(ERR.lastSheet);
    this.data.sheets.splice(this.data.sheets.indexOf(s), 1);
    this.data.protections = this.data.protections.filter((p) => p.sheetId !== s.id);
    this.data.developerMetadata = this.data.developerMetadata.filter((m) => m.location.type === 'SPREADSHEET' || m.location.sheetId !== s.id);
    if (this.data.namedRanges) this.data.namedRanges = this.data.namedRanges.filter((n) => n.sheetId !== s.id);
    if (this.book.selection.sheetId === s.id) this.book.selection.sheetId = this.data.sheets[0].id;
  }
  moveActiveSheet(pos: number): void {
    assertFileEditor(this.book);
    const s = activeSheetData(this.book);
    const list = this.data.sheets;
    list.splice(list.indexOf(s), 1);
    list.splice(Math.max(0, Math.min(pos - 1, list.length)), 0, s);
  }

  // Selection
  getActiveSheet(): GSheet { return makeSheet(this.book, activeSheetData(this.book)); }
  setActiveSheet(sheet: GSheet): GSheet {
    this.book.selection.sheetId = sheetOf(sheet).id;
    this.book.selection.range = undefined;
    return makeSheet(this.book, sheetOf(sheet));
  }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    const s = activeSheetData(this.book);
    return makeRange(this.book, s, this.book.selection.range ?? { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GoogleAppsScript.Spreadsheet.Range {
    const t = rangeTarget(range);
    this.book.selection.sheetId = t.sheet.id;
    this.book.selection.range = t.grid;
    return makeRange(this.book, t.sheet, t.grid);
  }
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const { sheet, grid } = locateA1(this.book, a1Notation);
    return makeRange(this.book, sheet, grid);
  }
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    return makeRangeList(this.book, a1Notations.map((a1) => this.getRange(a1)));
  }

  // Named ranges (named-range.ts)
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void { setNamedRange(this.book, name, range); }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] { return (this.data.namedRanges ?? []).map((n) => makeNamedRange(this.book, n)); }
  getRangeByName(name: string): GoogleAppsScript.Spreadsheet.Range | null { return rangeByName(this.book, name); }
  removeNamedRange(name: string): void { removeNamedRange(this.book, name); }

  // Sharing
  getOwner(): GoogleAppsScript.Base.User { return makeUser(this.book.ctx, this.data.owner); }
  getEditors(): GoogleAppsScript.Base.User[] {
    return [this.data.owner, ...this.data.editors].map((e) => makeUser(this.book.ctx, e));
  }
  addEditor(user: string | GoogleAppsScript.Base.User): GSpreadsheet { return this.addEditors([emailOf(user)]); }
  addEditors(emailAddresses: string[]): GSpreadsheet {
    assertFileEditor(this.book);
    for (const e of emailAddresses.map(emailOf)) {
      if (!isOwner(this.data, e) && !this.data.editors.some((x) => x.toLowerCase() === e)) this.data.editors.push(e);
    }
    return this.self();
  }
  removeEditor(user: string | GoogleAppsScript.Base.User): GSpreadsheet {
    assertFileEditor(this.book);
    const e = emailOf(user);
    if (isOwner(this.data, e)) fail('Cannot remove the owner of the document.');
    this.data.editors = this.data.editors.filter((x) => x.toLowerCase() !== e);
    return this.self();
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.book.ui.toasts.push({ message: String(msg), title, timeoutSeconds: timeoutSeconds ?? undefined });
  }

  // Protections and metadata
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.data.protections.filter((p) => p.type === String(type)).map((p) => makeProtection(this.book, p));
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSpreadsheet {
    addMetadata(this.book, { type: 'SPREADSHEET' }, key, a, b);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.data.developerMetadata.filter((m) => m.location.type === 'SPREADSHEET').map((m) => makeMetadata(this.book, m));
  }
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return makeFinder(this.book, () => true);
  }
  _book(): Book { return this.book; }
}

type _S = AssertAssignable<SpreadsheetImpl, Pick<GSpreadsheet, keyof SpreadsheetImpl & keyof GSpreadsheet>>;
