/** An exceljs Workbook → SpreadsheetData (see index.ts for what is faithful). */
import type ExcelJS from 'exceljs';
import { cellKey, newSheetData, type CellData, type CellValue, type GridRange, type SheetData, type SpreadsheetData } from '../emulator/model';
import { parseCell, parseRange } from './a1';
import { argbToHex, fromExcelStyle } from './cell-style';
import { wallToInstant } from './dates';
import { readDefinedNames } from './defined-names';
import { decodeSidecar, SIDECAR_SHEET, type Sidecar, type SidecarSheet } from './sidecar';
import { excelWidthToPx, pointsToPx } from './units';
import { fromExcelValidation } from './validation';

export interface ReadOptions {
  /** Owner of a workbook that has no __dvk sheet (a file downloaded from Google). */
  owner?: string;
  /** Name for such a workbook (readWorkbook uses the file name). */
  name?: string;
  /** Time zone for such a workbook; Sheets' export writes wall times of the spreadsheet's zone. */
  timeZone?: string;
}

/** A grid Sheets gives a new sheet; a file from Google does not say how large its grid was. */
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

export function modelFromWorkbook(wb: ExcelJS.Workbook, opts: ReadOptions = {}): SpreadsheetData {
  const sideSheet = wb.worksheets.find((ws) => ws.name === SIDECAR_SHEET);
  const side = sideSheet ? readSidecar(sideSheet) : undefined;
  const data: SpreadsheetData = side
    ? {
      id: side.id, name: side.name, owner: side.owner, editors: side.editors, timeZone: side.timeZone,
      locale: side.locale, sheets: [], protections: side.protections, developerMetadata: side.developerMetadata,
      nextId: side.nextId,
    }
    : {
      id: 'local-spreadsheet', name: opts.name ?? (wb.title || 'Untitled spreadsheet'),
      owner: opts.owner ?? 'owner@localhost', editors: [], timeZone: opts.timeZone ?? 'Asia/Ho_Chi_Minh',
      locale: 'vi_VN', sheets: [], protections: [], developerMetadata: [], nextId: 0,
    };
  const byFileName = new Map<string, SheetData>();
  for (const ws of wb.worksheets) {
    if (ws === sideSheet) continue;
    const meta = side?.sheets.find((s) => (s.fileName ?? s.name) === ws.name);
    const id = meta ? meta.id : data.nextId++;
    const sheet = readSheet(ws, id, data.timeZone, meta);
    data.sheets.push(sheet);
    byFileName.set(ws.name, sheet);
  }
  const named = readDefinedNames(wb, byFileName);
  if (named.length) data.namedRanges = named;
  return data;
}

function readSidecar(ws: ExcelJS.Worksheet): Sidecar {
  const chunks: string[] = [];
  for (let row = 1; row <= ws.rowCount; row++) {
    const v = ws.getCell(row, 1).value;
    if (typeof v === 'string') chunks.push(v);
  }
  return decodeSidecar(chunks);
}

function readSheet(ws: ExcelJS.Worksheet, id: number, timeZone: string, meta: SidecarSheet | undefined): SheetData {
  // __dvk restores a name Excel's 31-character cap shortened; a file from Google keeps its cut names.
  const sheet = newSheetData(id, meta?.name ?? ws.name,
    Math.max(meta?.maxRows ?? MIN_ROWS, ws.rowCount), Math.max(meta?.maxColumns ?? MIN_COLUMNS, ws.columnCount));
  sheet.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
  if (ws.state === 'veryHidden') sheet.veryHidden = true;
  sheet.tabColor = argbToHex(ws.properties.tabColor?.argb) ?? null;
  const view = ws.views?.[0]; // null when the file has no <sheetViews>
  if (view?.state === 'frozen') {
    sheet.frozenRows = Number(view.ySplit ?? 0);
    sheet.frozenColumns = Number(view.xSplit ?? 0);
  }
  readDimensions(ws, sheet);
  readCells(ws, sheet, timeZone);
  readValidations(ws, sheet, timeZone, meta);
  // A file's formula keeps its cached result (exceljs reads an empty one and none alike, as ''), except
  // the ones whose value the emulator never knew, listed in __dvk: they stay unknown (emulator formula-value).
  for (const key of meta?.uncomputed ?? []) {
    const cell = sheet.cells.get(key);
    if (cell?.formula) cell.uncomputed = true;
  }
  sheet.merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseRange);
  const filter = autoFilterRange(ws.autoFilter);
  if (filter) sheet.filter = filter;
  if (meta) {
    sheet.conditionalFormats = meta.conditionalFormats;
    sheet.charts = meta.charts;
    if (meta.print) sheet.print = meta.print;
    if (meta.rowGroups) sheet.rowGroups = meta.rowGroups;
    if (meta.rowGroupControlBefore) sheet.rowGroupControlBefore = true;
  }
  return sheet;
}

/** exceljs reads <autoFilter ref="A1:H9"/> back as the string; one set in code may be {from, to}. */
function autoFilterRange(f: ExcelJS.Worksheet['autoFilter']): GridRange | undefined {
  if (!f) return undefined;
  if (typeof f === 'string') return parseRange(f);
  const corner = (c: string | { row: number; column: number }) => (typeof c === 'string' ? parseCell(c) : c);
  const a = corner(f.from as string | { row: number; column: number });
  const b = corner(f.to as string | { row: number; column: number });
  return { row: a.row, column: a.column, numRows: b.row - a.row + 1, numColumns: b.column - a.column + 1 };
}

function readDimensions(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  // ws.columns, not columnCount: columnCount only counts columns holding cells.
  for (const col of ws.columns ?? []) {
    const { number, width } = col ?? {};
    if (typeof number === 'number' && typeof width === 'number' && width > 0) sheet.columnWidths.set(number, excelWidthToPx(width));
    if (typeof number === 'number' && col?.hidden) sheet.hiddenColumns.set(number, 1);
  }
  // LibreOffice writes a height on every row: one equal to the sheet's default is no explicit height.
  const defaultHeight = ws.properties.defaultRowHeight;
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (typeof row.height === 'number' && row.height > 0 && row.height !== defaultHeight) {
      sheet.rowHeights.set(rowNumber, pointsToPx(row.height));
    }
  });
}

function readCells(ws: ExcelJS.Worksheet, sheet: SheetData, timeZone: string): void {
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.isMerged && cell.master.address !== cell.address) return; // merged away: Sheets shows the master only
      const out: CellData = { value: '', ...fromExcelStyle(cell.style) };
      Object.assign(out, readValue(cell, timeZone));
      const note = noteText(cell.note);
      if (note) out.note = note;
      if (out.value === '' && Object.keys(out).length === 1) return;
      sheet.cells.set(cellKey(rowNumber, column), out);
    });
  });
}

function toModelValue(v: unknown, timeZone: string): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return wallToInstant(v, timeZone);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const o = v as { error?: string; richText?: { text: string }[]; text?: unknown };
  if (o.error) return o.error;
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if (typeof o.text === 'string') return o.text; // a hyperlink: the text, the link is not kept
  return '';
}

function readValue(cell: ExcelJS.Cell, timeZone: string): Pick<CellData, 'value' | 'formula'> {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    // cell.result, not value.result: exceljs' value getter drops falsy results (0, false, '').
    const value = toModelValue(cell.result, timeZone);
    // LibreOffice saves a plain TRUE/FALSE cell as the formula TRUE()/FALSE().
    if (typeof value === 'boolean' && /^(TRUE|FALSE)\(\)$/i.test(cell.formula)) return { value };
    return { value, formula: `=${cell.formula}` };
  }
  return { value: toModelValue(v, timeZone) };
}

function noteText(note: ExcelJS.Cell['note']): string | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('') || undefined;
}

function readValidations(ws: ExcelJS.Worksheet, sheet: SheetData, timeZone: string, meta: SidecarSheet | undefined): void {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  const found: [string, CellData['validation']][] = Object.entries(model).map(([address, dv]) => {
    const { row, column } = parseCell(address);
    return [cellKey(row, column), fromExcelValidation(dv, timeZone)];
  });
  for (const { key, validation } of meta?.validations ?? []) found.push([key, validation]);
  for (const [key, validation] of found) {
    if (!validation) continue;
    const cell = sheet.cells.get(key) ?? { value: '' };
    cell.validation = validation;
    sheet.cells.set(key, cell);
  }
}
