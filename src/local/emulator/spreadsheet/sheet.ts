/**
 * Sheet (developers.google.com/apps-script/reference/spreadsheet/sheet): ranges, structure
 * (rows/columns), layout, visibility, protection, conditional formats, charts and metadata.
 * Structural changes are blocked by a sheet protection the effective user cannot edit.
 */
import type { GridRange, SheetData } from '../model';
import type { Book } from './book';
import { editCells, lastContent } from './cells';
import { writeTyped } from './typed-input';
import { chartData, makeChart, newChartBuilder } from './chart';
import { makeRule, ruleData } from './conditional-format';
import { counted } from './counted';
import { addMetadata, makeFinder, makeMetadata } from './developer-metadata';
import { ERR, fail } from './errors';
import { makeRange, makeSpreadsheet } from './factory';
import { filterOf } from './filter';
import { makeProtection, createProtection } from './protection';
import { assertCanInsertLines, assertCanWrite, assertCanWriteLines, assertFileEditor, sheetGrid } from './permissions';
import { copySheetInto } from './sheet-copy';
import { gridFromArgs } from './sheet-lookup';
import { makeRangeList } from './range-list';
import { validateSheetName } from './sheet-names';
import { shiftLines } from './sheet-structure';
import { rowDepth, rowGroupAt } from './row-groups';
import type { AssertAssignable } from './user';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type Axis = 'ROWS' | 'COLUMNS';

export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export class SheetImpl {
  constructor(private readonly book: Book, private readonly s: SheetData) {
    return counted(book.ctx, 'Sheet', this);
  }
  _data(): SheetData { return this.s; }
  private self(): GSheet { return this as unknown as GSheet; }
  private structural(): void { assertCanWrite(this.book, this.s, 'STRUCTURE'); }

  getName(): string { return this.s.name; }
  setName(name: string): GSheet {
    this.structural();
    this.s.name = validateSheetName(this.book.ctx.data, name, this.s);
    return this.self();
  }
  getSheetId(): number { return this.s.id; }
  getSheetName(): string { return this.s.name; }
  getIndex(): number { return this.book.ctx.data.sheets.indexOf(this.s) + 1; }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet { return makeSpreadsheet(this.book); }
  activate(): GSheet {
    this.book.selection.sheetId = this.s.id;
    this.book.selection.range = undefined;
    return this.self();
  }

  // Ranges and extent
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    return makeRange(this.book, this.s, gridFromArgs(this.s, a, column, numRows, numColumns));
  }
  /** Ranges of this sheet by A1 notation; the list must not be empty (sheet#getRangeList). */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) fail(ERR.invalidArgument('a1Notations'));
    return makeRangeList(this.book, a1Notations.map((a1) => this.getRange(String(a1))));
  }
  getDataRange(): GRange {
    const last = lastContent(this.s);
    return makeRange(this.book, this.s, { row: 1, column: 1, numRows: Math.max(1, last.row), numColumns: Math.max(1, last.column) });
  }
  getLastRow(): number { return lastContent(this.s).row; }
  getLastColumn(): number { return lastContent(this.s).column; }
  getMaxRows(): number { return this.s.maxRows; }
  getMaxColumns(): number { return this.s.maxColumns; }
  appendRow(rowContents: unknown[]): GSheet {
    const row = lastContent(this.s).row + 1;
    const g: GridRange = { row, column: 1, numRows: 1, numColumns: Math.max(1, rowContents.length) };
    assertCanWrite(this.book, this.s, g);
    // appendRow grows the grid when the sheet is full, unlike getRange.
    if (row > this.s.maxRows) this.s.maxRows = row;
    if (rowContents.length > this.s.maxColumns) this.s.maxColumns = rowContents.length;
    editCells(this.s, g, (c, _i, j) => writeTyped(c, rowContents[j], this.book.ctx.data));
    return this.self();
  }

  // Rows and columns
  /** `from`: the side whose background the new lines take (sheet-structure's note on what is assumed). */
  private insertLines(axis: Axis, before: number, n: number, from: 'before' | 'after'): void {
    const max = axis === 'ROWS' ? this.s.maxRows : this.s.maxColumns;
    if (!(before >= 1 && before <= max + 1) || !(n >= 1)) fail(ERR.outsideSheet);
    assertCanInsertLines(this.book, this.s, axis, before);
    shiftLines(this.book.ctx.data, this.s, axis, before, n, true, { from, size: false });
  }
  private deleteLines(axis: Axis, at: number, n: number): void {
    const max = axis === 'ROWS' ? this.s.maxRows : this.s.maxColumns;
    if (!(at >= 1) || !(n >= 1) || at + n - 1 > max) fail(axis === 'ROWS' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    if (n >= max) fail(axis === 'ROWS' ? "You can't delete all the rows on the sheet." : "You can't delete all the columns on the sheet.");
    const span = axis === 'ROWS'
      ? { row: at, column: 1, numRows: n, numColumns: this.s.maxColumns }
      : { row: 1, column: at, numRows: this.s.maxRows, numColumns: n };
    assertCanWriteLines(this.book, this.s, span);
    shiftLines(this.book.ctx.data, this.s, axis, at, n, false);
  }
  insertRows(rowIndex: number, numRows = 1): void { this.insertLines('ROWS', rowIndex, numRows, 'after'); }
  insertRowsBefore(beforePosition: number, howMany: number): GSheet { this.insertLines('ROWS', beforePosition, howMany, 'after'); return this.self(); }
  insertRowsAfter(afterPosition: number, howMany: number): GSheet { this.insertLines('ROWS', afterPosition + 1, howMany, 'before'); return this.self(); }
  insertRowBefore(beforePosition: number): GSheet { return this.insertRowsBefore(beforePosition, 1); }
  insertRowAfter(afterPosition: number): GSheet { return this.insertRowsAfter(afterPosition, 1); }
  deleteRow(rowPosition: number): GSheet { this.deleteLines('ROWS', rowPosition, 1); return this.self(); }
  deleteRows(rowPosition: number, howMany: number): void { this.deleteLines('ROWS', rowPosition, howMany); }
  insertColumns(columnIndex: number, numColumns = 1): void { this.insertLines('COLUMNS', columnIndex, numColumns, 'after'); }
  insertColumnsBefore(beforePosition: number, howMany: number): GSheet { this.insertLines('COLUMNS', beforePosition, howMany, 'after'); return this.self(); }
  insertColumnsAfter(afterPosition: number, howMany: number): GSheet { this.insertLines('COLUMNS', afterPosition + 1, howMany, 'before'); return this.self(); }
  insertColumnBefore(beforePosition: number): GSheet { return this.insertColumnsBefore(beforePosition, 1); }
  insertColumnAfter(afterPosition: number): GSheet { return this.insertColumnsAfter(afterPosition, 1); }
  deleteColumn(columnPosition: number): GSheet { this.deleteLines('COLUMNS', columnPosition, 1); return this.self(); }
  deleteColumns(columnPosition: number, howMany: number): void { this.deleteLines('COLUMNS', columnPosition, howMany); }

  // Layout
  getFrozenRows(): number { return this.s.frozenRows; }
  getFrozenColumns(): number { return this.s.frozenColumns; }
  setFrozenRows(rows: number): void { this.structural(); this.s.frozenRows = rows; }
  setFrozenColumns(columns: number): void { this.structural(); this.s.frozenColumns = columns; }
  getColumnWidth(columnPosition: number): number { return this.s.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH; }
  setColumnWidth(columnPosition: number, width: number): GSheet { return this.setColumnWidths(columnPosition, 1, width); }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.structural();
    for (let c = startColumn; c < startColumn + numColumns; c++) this.s.columnWidths.set(c, width);
    return this.self();
  }
  getRowHeight(rowPosition: number): number { return this.s.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT; }
  setRowHeight(rowPosition: number, height: number): GSheet { return this.setRowHeights(rowPosition, 1, height); }
  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this.structural();
    for (let r = startRow; r < startRow + numRows; r++) this.s.rowHeights.set(r, height);
    return this.self();
  }
  /**
   * Hidden columns: sheet#hideColumns(Integer,Integer), #showColumns(Integer,Integer),
   * #isColumnHiddenByUser(Integer) (one column when the count is left out; outside the grid refused).
   */
  hideColumns(columnIndex: number, numColumns = 1): void { this.columnsShown(columnIndex, numColumns, false); }
  showColumns(columnIndex: number, numColumns = 1): void { this.columnsShown(columnIndex, numColumns, true); }
  isColumnHiddenByUser(columnPosition: number): boolean { return this.s.hiddenColumns.has(columnPosition); }
  private columnsShown(at: number, n: number, shown: boolean): void {
    if (!(at >= 1) || !(n >= 1) || at + n - 1 > this.s.maxColumns) fail('Those columns are out of bounds.');
    this.structural();
    for (let c = at; c < at + n; c++) {
      if (shown) this.s.hiddenColumns.delete(c);
      else this.s.hiddenColumns.set(c, 1);
    }
  }
  hideSheet(): GSheet {
    this.structural();
    if (this.book.ctx.data.sheets.filter((x) => !x.hidden && x !== this.s).length === 0) fail("You can't hide all the sheets in a document.");
    this.s.hidden = true;
    return this.self();
  }
  showSheet(): GSheet { this.structural(); this.s.hidden = false; return this.self(); }
  isSheetHidden(): boolean { return this.s.hidden; }
  getTabColor(): string | null { return this.s.tabColor; }
  setTabColor(color: string | null): GSheet { this.structural(); this.s.tabColor = color ? color.toLowerCase() : null; return this.self(); }

  // Clearing
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): GSheet {
    makeRange(this.book, this.s, sheetGrid(this.s)).clear(options ?? {});
    return this.self();
  }
  clearContents(): GSheet { makeRange(this.book, this.s, sheetGrid(this.s)).clearContent(); return this.self(); }
  clearFormats(): GSheet { makeRange(this.book, this.s, sheetGrid(this.s)).clearFormat(); return this.self(); }
  clearNotes(): GSheet { makeRange(this.book, this.s, sheetGrid(this.s)).clearNote(); return this.self(); }

  // Copy, protection
  /** Into `spreadsheet`, this file or another (the caller must be able to edit the target). */
  copyTo(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GSheet {
    const target = (spreadsheet as unknown as { _book?(): Book })._book?.() ?? this.book;
    return copySheetInto(target, this.s);
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    assertFileEditor(this.book);
    return createProtection(this.book, this.s, 'SHEET');
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.book.ctx.data.protections
      .filter((p) => p.sheetId === this.s.id && p.type === String(type))
      .map((p) => makeProtection(this.book, p));
  }

  // Filter
  getFilter(): GoogleAppsScript.Spreadsheet.Filter | null { return filterOf(this.book, this.s); }

  // Conditional formats
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.s.conditionalFormats.map((r) => makeRule(this.book, r, this.s.id));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.structural();
    this.s.conditionalFormats = rules.map(ruleData);
  }

  // Row groups (spreadsheet/row-groups.ts)
  getRowGroup(rowIndex: number, groupDepth: number): GoogleAppsScript.Spreadsheet.Group | null { return rowGroupAt(this.book, this.s, rowIndex, groupDepth); }
  getRowGroupDepth(rowIndex: number): number { return rowDepth(this.s, rowIndex); }
  getRowGroupControlPosition(): GoogleAppsScript.Spreadsheet.GroupControlTogglePosition {
    return (this.s.rowGroupControlBefore ? 'BEFORE' : 'AFTER') as unknown as GoogleAppsScript.Spreadsheet.GroupControlTogglePosition;
  }
  setRowGroupControlPosition(position: GoogleAppsScript.Spreadsheet.GroupControlTogglePosition): GSheet {
    this.structural();
    if (String(position) === 'BEFORE') this.s.rowGroupControlBefore = true;
    else delete this.s.rowGroupControlBefore;
    return this.self();
  }
  collapseAllRowGroups(): GSheet { this.structural(); for (const g of this.s.rowGroups ?? []) g.collapsed = true; return this.self(); }
  expandAllRowGroups(): GSheet { this.structural(); for (const g of this.s.rowGroups ?? []) g.collapsed = false; return this.self(); }

  // Charts
  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder { return newChartBuilder(this.book, this.s); }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] { return this.s.charts.map((c) => makeChart(this.book, this.s, c)); }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.structural();
    const c = chartData(chart);
    c.id = this.book.ctx.data.nextId++;
    this.s.charts.push(c);
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.structural();
    const c = chartData(chart);
    const i = this.s.charts.findIndex((x) => x.id === c.id);
    if (i < 0) fail('The chart does not exist on this sheet.');
    this.s.charts[i] = c;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.structural();
    const id = chartData(chart).id;
    this.s.charts = this.s.charts.filter((x) => x.id !== id);
  }

  // Developer metadata
  addDeveloperMetadata(key: string, a?: unknown, b?: unknown): GSheet {
    addMetadata(this.book, { type: 'SHEET', sheetId: this.s.id }, key, a, b);
    return this.self();
  }
  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.book.ctx.data.developerMetadata
      .filter((m) => m.location.type === 'SHEET' && m.location.sheetId === this.s.id)
      .map((m) => makeMetadata(this.book, m));
  }
  /** In a sheet's scope: metadata on the sheet itself or on its rows and columns. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    return makeFinder(this.book, (m) => m.location.type !== 'SPREADSHEET' && m.location.sheetId === this.s.id);
  }
}

type _S = AssertAssignable<SheetImpl, Pick<GSheet, Exclude<keyof SheetImpl & keyof GSheet, 'clear'>>>;
