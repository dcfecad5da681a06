/**
 * Range (developers.google.com/apps-script/reference/spreadsheet/range): values, formulas,
 * notes, formats, merges, validation, protection and metadata of a block of cells. Every write
 * checks protections first (permissions.ts); reads never do. 2-D arrays are always fresh copies.
 */
import { shiftRowDepth } from './row-groups';
import { isDate } from './dates';
import type { CellData, GridRange, SheetData } from '../model';
import { gridToA1 } from './a1';
import type { Book } from './book';
import { assertComputed } from './formula-value';
import { cellAt, editCells, editExisting, readCells, readValue, writeValue, assertFits } from './cells';
import { writeTyped } from './typed-input';
import { counted } from './counted';
import { makeDataValidation, validationData } from './data-validation';
import { addMetadata, locationGrid, makeFinder, makeMetadata } from './developer-metadata';
import { DEFAULT_NUMBER_FORMAT, defaultDateFormat, displayValue } from './display';
import { ERR, fail } from './errors';
import { makeRange, makeSheet } from './factory';
import { contains, intersects, lastColumn, lastRow } from './grid';
import { createFilter, filterOf } from './filter';
import { createProtection } from './protection';
import { assertCanWrite, assertFileEditor } from './permissions';
import { checkGrid, resolveRangeArg } from './sheet-lookup';
import type { AssertAssignable } from './user';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Throws Apps Script's dimension errors unless `data` is numRows × numColumns. */
function checkDims(data: unknown[][], g: GridRange): void {
  if (data.length !== g.numRows) fail(ERR.rowsMismatch(data.length, g.numRows));
  for (const row of data) if (row.length !== g.numColumns) fail(ERR.columnsMismatch(row.length, g.numColumns));
}

const toHex = (c: string | null) => (c === null || c === '' ? undefined : c.toLowerCase());

export class RangeImpl {
  constructor(private readonly book: Book, private readonly sheet: SheetData, private readonly g: GridRange) {
    return counted(book.ctx, 'Range', this);
  }
  _target(): { sheet: SheetData; grid: GridRange } { return { sheet: this.sheet, grid: { ...this.g } }; }
  private self(): GRange { return this as unknown as GRange; }
  private write(edit: (cell: CellData, i: number, j: number) => void): GRange {
    assertCanWrite(this.book, this.sheet, this.g);
    editCells(this.sheet, this.g, edit);
    return this.self();
  }
  private writeGrid<T>(data: T[][], edit: (cell: CellData, v: T) => void): GRange {
    checkDims(data, this.g);
    return this.write((cell, i, j) => edit(cell, data[i][j]));
  }
  /** For edits that only remove things: untouched empty cells need no visit. */
  private strip(edit: (cell: CellData) => void): GRange {
    assertCanWrite(this.book, this.sheet, this.g);
    editExisting(this.sheet, this.g, edit);
    return this.self();
  }
  private read<T>(f: (c: CellData | undefined) => T): T[][] { return readCells(this.sheet, this.g, f); }
  private first<T>(f: (c: CellData | undefined) => T): T { return f(cellAt(this.sheet, this.g.row, this.g.column)); }

  // Position
  getA1Notation(): string { return gridToA1(this.g); }
  getRow(): number { return this.g.row; }
  getColumn(): number { return this.g.column; }
  getRowIndex(): number { return this.g.row; }
  getNumRows(): number { return this.g.numRows; }
  getNumColumns(): number { return this.g.numColumns; }
  getLastRow(): number { return lastRow(this.g); }
  getLastColumn(): number { return lastColumn(this.g); }
  getGridId(): number { return this.sheet.id; }
  getSheet(): GoogleAppsScript.Spreadsheet.Sheet { return makeSheet(this.book, this.sheet); }
  getCell(row: number, column: number): GRange {
    if (row < 1 || column < 1 || row > this.g.numRows || column > this.g.numColumns) fail(ERR.outsideSheet);
    return makeRange(this.book, this.sheet, { row: this.g.row + row - 1, column: this.g.column + column - 1, numRows: 1, numColumns: 1 });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const g = { row: this.g.row + rowOffset, column: this.g.column + columnOffset, numRows: numRows ?? this.g.numRows, numColumns: numColumns ?? this.g.numColumns };
    checkGrid(this.sheet, g);
    return makeRange(this.book, this.sheet, g);
  }
  activate(): GRange {
    this.book.selection.sheetId = this.sheet.id;
    this.book.selection.range = { ...this.g };
    return this.self();
  }
  isBlank(): boolean { return this.read((c) => !c || (c.value === '' && !c.formula)).every((r) => r.every(Boolean)); }

  // Values and formulas
  // A formula's computed value; one the emulator does not know throws (formula-value).
  getValues(): unknown[][] { assertComputed(this.sheet, this.g); return this.read(readValue); }
  getValue(): unknown { assertComputed(this.sheet, { ...this.g, numRows: 1, numColumns: 1 }); return this.first(readValue); }
  // Strings are taken as typed: numbers, percents, dates, booleans (./typed-input).
  // A cell too long refuses the whole call before any cell is written, as Google does.
  setValues(values: unknown[][]): GRange {
    values.forEach((r) => r.forEach(assertFits));
    return this.writeGrid(values, (c, v) => writeTyped(c, v, this.book.ctx.data));
  }
  setValue(value: unknown): GRange { return this.write((c) => writeTyped(c, value, this.book.ctx.data)); }
  getDisplayValues(): string[][] {
    const { locale, timeZone } = this.book.ctx.data;
    assertComputed(this.sheet, this.g);
    return this.read((c) => (c ? displayValue(c.value, c.numberFormat, locale, timeZone) : ''));
  }
  getDisplayValue(): string { return this.getDisplayValues()[0][0]; }
  getFormulas(): string[][] { return this.read((c) => c?.formula ?? ''); }
  getFormula(): string { return this.first((c) => c?.formula ?? ''); }
  setFormulas(formulas: string[][]): GRange {
    formulas.forEach((r) => r.forEach(assertFits));
    return this.writeGrid(formulas, (c, f) => (f ? writeValue(c, f.startsWith('=') ? f : `=${f}`) : writeValue(c, '')));
  }
  setFormula(formula: string): GRange { return this.setFormulas(this.read(() => formula)); }

  // Notes
  getNotes(): string[][] { return this.read((c) => c?.note ?? ''); }
  getNote(): string { return this.first((c) => c?.note ?? ''); }
  setNotes(notes: unknown[][]): GRange { return this.writeGrid(notes, (c, n) => { c.note = n === null || n === '' || n === undefined ? undefined : String(n); }); }
  setNote(note: string | null): GRange { return this.write((c) => { c.note = note ? String(note) : undefined; }); }
  clearNote(): GRange { return this.strip((c) => { c.note = undefined; }); }

  // Formats
  getBackgrounds(): string[][] { return this.read((c) => c?.background ?? '#ffffff'); }
  getBackground(): string { return this.first((c) => c?.background ?? '#ffffff'); }
  setBackgrounds(color: (string | null)[][]): GRange { return this.writeGrid(color, (c, v) => { c.background = toHex(v); }); }
  setBackground(color: string | null): GRange { return this.write((c) => { c.background = toHex(color); }); }
  getNumberFormats(): string[][] { return this.read((c) => this.numberFormatOf(c)); }
  getNumberFormat(): string { return this.first((c) => this.numberFormatOf(c)); }
  private numberFormatOf(c: CellData | undefined): string {
    if (c?.numberFormat) return c.numberFormat;
    return isDate(c?.value) ? defaultDateFormat(this.book.ctx.data.locale) : DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormats(formats: string[][]): GRange { return this.writeGrid(formats, (c, f) => { c.numberFormat = f || undefined; }); }
  setNumberFormat(numberFormat: string): GRange { return this.write((c) => { c.numberFormat = numberFormat || undefined; }); }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] { return this.read((c) => c?.fontWeight ?? 'normal'); }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight { return this.first((c) => c?.fontWeight ?? 'normal'); }
  setFontWeights(fontWeights: (string | null)[][]): GRange {
    return this.writeGrid(fontWeights, (c, w) => { c.fontWeight = w === 'bold' ? 'bold' : undefined; });
  }
  setFontWeight(fontWeight: string | null): GRange { return this.write((c) => { c.fontWeight = fontWeight === 'bold' ? 'bold' : undefined; }); }
  getFontColor(): string { return this.first((c) => c?.fontColor ?? '#000000'); }
  setFontColor(color: string | null): GRange { return this.write((c) => { c.fontColor = toHex(color); }); }
  setFontColors(colors: (string | null)[][]): GRange { return this.writeGrid(colors, (c, v) => { c.fontColor = toHex(v); }); }
  getFontSize(): number { return this.first((c) => c?.fontSize ?? 10); }
  setFontSize(size: number | null): GRange { return this.write((c) => { c.fontSize = size ?? undefined; }); }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle { return this.first((c) => c?.fontStyle ?? 'normal'); }
  setFontStyle(fontStyle: string | null): GRange { return this.write((c) => { c.fontStyle = fontStyle === 'italic' ? 'italic' : undefined; }); }
  getHorizontalAlignment(): string { return this.first((c) => c?.horizontalAlignment ?? 'general'); }
  setHorizontalAlignment(alignment: string | null): GRange {
    const a = alignment === 'left' || alignment === 'center' || alignment === 'right' ? alignment : undefined;
    return this.write((c) => { c.horizontalAlignment = a; });
  }
  getVerticalAlignment(): string { return this.first((c) => c?.verticalAlignment ?? 'bottom'); }
  setVerticalAlignment(alignment: string | null): GRange {
    const a = alignment === 'top' || alignment === 'middle' || alignment === 'bottom' ? alignment : undefined;
    return this.write((c) => { c.verticalAlignment = a; });
  }
  getWrap(): boolean { return this.first((c) => c?.wrap ?? false); }
  setWrap(isWrapEnabled: boolean): GRange { return this.write((c) => { c.wrap = isWrapEnabled || undefined; }); }
  setWraps(isWrapEnabled: boolean[][]): GRange { return this.writeGrid(isWrapEnabled, (c, w) => { c.wrap = w || undefined; }); }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GRange {
    return this.setWrap(String(strategy) === 'WRAP');
  }
  /**
   * setBorder(top, left, bottom, right, vertical, horizontal[, color, style]): true on, false off,
   * null unchanged; vertical/horizontal are the edges inside the range
   * (https://developers.google.com/apps-script/reference/spreadsheet/range#setborder). Colour and
   * style are not modelled: every border is the default solid black.
   */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null): GRange {
    const { numRows, numColumns } = this.g;
    return this.write((c, i, j) => {
      const b = { ...c.border };
      const side = (k: 'top' | 'left' | 'bottom' | 'right', edge: boolean, outer: boolean | null, inner: boolean | null) => {
        const v = edge ? outer : inner;
        if (v !== null && v !== undefined) b[k] = v || undefined;
      };
      side('top', i === 0, top, horizontal);
      side('bottom', i === numRows - 1, bottom, horizontal);
      side('left', j === 0, left, vertical);
      side('right', j === numColumns - 1, right, vertical);
      c.border = Object.values(b).some(Boolean) ? b : undefined;
    });
  }

  // Clearing
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): GRange {
    const o = options && Object.keys(options).length ? options : { contentsOnly: true, formatOnly: true };
    return this.strip((c) => {
      if (o.contentsOnly) writeValue(c, '');
      if (o.formatOnly) clearFormat(c);
      if (o.validationsOnly) c.validation = undefined;
      if (o.commentsOnly) c.note = undefined;
    });
  }
  clearContent(): GRange { return this.strip((c) => writeValue(c, '')); }
  clearFormat(): GRange { return this.strip(clearFormat); }

  // Merges
  getMergedRanges(): GRange[] {
    return this.sheet.merges.filter((m) => intersects(m, this.g)).map((m) => makeRange(this.book, this.sheet, m));
  }
  isPartOfMerge(): boolean { return this.sheet.merges.some((m) => intersects(m, this.g)); }
  merge(): GRange { return this.mergeBlocks([this.g]); }
  mergeAcross(): GRange {
    const rows = Array.from({ length: this.g.numRows }, (_, i) => ({ ...this.g, row: this.g.row + i, numRows: 1 }));
    return this.mergeBlocks(rows);
  }
  mergeVertically(): GRange {
    const cols = Array.from({ length: this.g.numColumns }, (_, j) => ({ ...this.g, column: this.g.column + j, numColumns: 1 }));
    return this.mergeBlocks(cols);
  }
  private mergeBlocks(blocks: GridRange[]): GRange {
    assertCanWrite(this.book, this.sheet, this.g);
    this.assertWholeMerges();
    this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.g, m));
    for (const b of blocks) {
      if (b.numRows * b.numColumns < 2) continue;
      // Merging keeps only the top-left value, as the Sheets UI warns.
      editCells(this.sheet, b, (c, i, j) => { if (i || j) writeValue(c, ''); });
      this.sheet.merges.push({ ...b });
    }
    return this.self();
  }
  breakApart(): GRange {
    assertCanWrite(this.book, this.sheet, this.g);
    this.assertWholeMerges();
    this.sheet.merges = this.sheet.merges.filter((m) => !contains(this.g, m));
    return this.self();
  }
  private assertWholeMerges(): void {
    if (this.sheet.merges.some((m) => intersects(m, this.g) && !contains(this.g, m))) fail(ERR.mergeOverlap);
  }

  // Data validation
  getDataValidation(): GValidation | null {
    const v = this.first((c) => c?.validation);
    return v ? makeDataValidation(this.book.ctx, v, this.resolver()) : null;
  }
  getDataValidations(): (GValidation | null)[][] {
    return this.read((c) => (c?.validation ? makeDataValidation(this.book.ctx, c.validation, this.resolver()) : null));
  }
  setDataValidation(rule: GValidation | null): GRange {
    const data = rule ? validationData(rule) : undefined;
    return this.write((c) => { c.validation = data ? { ...data, args: [...data.args] } : undefined; });
  }
  setDataValidations(rules: (GValidation | null)[][]): GRange {
    return this.writeGrid(rules, (c, r) => { c.validation = r ? validationData(r) : undefined; });
  }
  clearDataValidations(): GRange { return this.strip((c) => { c.validation = undefined; }); }
  insertCheckboxes(): GRange {
    return this.write((c) => { c.validation = { criteria: 'CHECKBOX', args: [], allowInvalid: false }; writeValue(c, false); });
  }
  private resolver() { return (a1: string) => resolveRangeArg(this.book, a1); }

  // Row groups (reference/spreadsheet/range#shiftRowGroupDepth(Integer)): the range's rows, whatever its columns.
  shiftRowGroupDepth(delta: number): GRange {
    assertCanWrite(this.book, this.sheet, 'STRUCTURE');
    shiftRowDepth(this.sheet, this.g.row, this.g.numRows, delta);
    return this.self();
  }

  // Filter
  createFilter(): GoogleAppsScript.Spreadsheet.Filter { return createFilter(this.book, this.sheet, this.g); }
  /** The filter of the range's sheet, wherever it lies (as the reference says), or null. */
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null { return filterOf(this.book, this.sheet); }

  // Protection and metadata
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    assertFileEditor(this.book);
    return createProtection(this.book, this.sheet, 'RANGE', { ...this.g });
  }
  private lineLocation(): { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number } | null {
    if (this.g.column === 1 && this.g.numColumns === this.sheet.maxColumns) return { type: 'ROW', sheetId: this.sheet.id, start: this.g.row, count: this.g.numRows };
    if (this.g.row === 1 && this.g.numRows === this.sheet.maxRows) return { type: 'COLUMN', sheetId: this.sheet.id, start: this.g.column, count: this.g.numColumns };
    return null;
  }
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GRange {
    const loc = this.lineLocation();
    if (!loc) fail(ERR.metadataLocation);
    addMetadata(this.book, loc, key, a, b);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    const loc = this.lineLocation();
    if (!loc) return [];
    return this.book.ctx.data.developerMetadata
      .filter((m) => m.location.type === loc.type && m.location.sheetId === loc.sheetId && m.location.start === loc.start && m.location.count === loc.count)
      .map((m) => makeMetadata(this.book, m));
  }
  /** Metadata is in a range's scope only when its rows/columns lie wholly inside the range. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return makeFinder(this.book, (m) => {
      if (m.location.type !== 'ROW' && m.location.type !== 'COLUMN') return false;
      if (m.location.sheetId !== this.sheet.id) return false;
      const g = locationGrid(this.sheet, m.location);
      return !!g && contains(this.g, g);
    });
  }
}

function clearFormat(c: CellData): void {
  for (const k of ['background', 'numberFormat', 'fontWeight', 'fontColor', 'fontSize', 'fontStyle', 'horizontalAlignment', 'verticalAlignment', 'wrap', 'border'] as const) {
    c[k] = undefined;
  }
}

/** Every method the emulator implements matches @types/google-apps-script's signature. */
type _R = AssertAssignable<RangeImpl, Pick<GRange, Exclude<keyof RangeImpl & keyof GRange, 'clear'>>>;
