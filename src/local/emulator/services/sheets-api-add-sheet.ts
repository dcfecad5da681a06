/**
 * The batchUpdate requests that make a sheet: addSheet and duplicateSheet, both refused past the
 * 200-sheet cap (../spreadsheet/limits) as insertSheet is.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addsheetrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#duplicatesheetrequest
 * Each reply carries the new sheet's SheetProperties (sheetId, title, index, gridProperties).
 */
import { newSheetData, type SheetData } from '../model';
import { nextSheetId, type Book } from '../spreadsheet/book';
import { MAX_SHEETS_PER_SPREADSHEET, sheetLimitMessage } from '../spreadsheet/limits';
import { assertFileEditor } from '../spreadsheet/permissions';
import { cloneSheetData } from '../spreadsheet/sheet-copy';
import { copyName, defaultSheetName, validateSheetName } from '../spreadsheet/sheet-names';

export interface SheetPropertiesIn {
  sheetId?: number; title?: string; index?: number; hidden?: boolean;
  gridProperties?: { rowCount?: number; columnCount?: number; frozenRowCount?: number; frozenColumnCount?: number };
}
export interface AddSheetRequest { properties?: SheetPropertiesIn }
export interface DuplicateSheetRequest { sourceSheetId: number; insertSheetIndex?: number; newSheetId?: number; newSheetName?: string }
export interface SheetReply { properties: { sheetId: number; title: string; index: number; gridProperties: { rowCount: number; columnCount: number } } }

function place(book: Book, sheet: SheetData, index: number | undefined, fail: (m: string) => never): SheetReply {
  const list = book.ctx.data.sheets;
  if (list.length + 1 > MAX_SHEETS_PER_SPREADSHEET) fail(sheetLimitMessage());
  const at = index === undefined ? list.length : index;
  if (at < 0 || at > list.length) fail(`Invalid sheet index ${at}: the spreadsheet has ${list.length} sheets.`);
  list.splice(at, 0, sheet);
  return { properties: { sheetId: sheet.id, title: sheet.name, index: at, gridProperties: { rowCount: sheet.maxRows, columnCount: sheet.maxColumns } } };
}

function newId(book: Book, asked: number | undefined, fail: (m: string) => never): number {
  if (asked === undefined) return nextSheetId(book);
  if (!Number.isInteger(asked) || asked < 0) fail(`Invalid sheetId: ${asked}`);
  if (book.ctx.data.sheets.some((s) => s.id === asked)) fail(`A sheet with the id ${asked} already exists.`);
  return asked;
}

export function addSheet(book: Book, req: AddSheetRequest, fail: (m: string) => never): SheetReply {
  assertFileEditor(book);
  const p = req.properties ?? {};
  const data = book.ctx.data;
  const title = p.title === undefined ? defaultSheetName(data) : validateSheetName(data, p.title);
  const sheet = newSheetData(newId(book, p.sheetId, fail), title, p.gridProperties?.rowCount ?? 1000, p.gridProperties?.columnCount ?? 26);
  sheet.frozenRows = p.gridProperties?.frozenRowCount ?? 0;
  sheet.frozenColumns = p.gridProperties?.frozenColumnCount ?? 0;
  sheet.hidden = Boolean(p.hidden);
  return place(book, sheet, p.index, fail);
}

export function duplicateSheet(book: Book, req: DuplicateSheetRequest, fail: (m: string) => never): SheetReply {
  assertFileEditor(book);
  const data = book.ctx.data;
  const src = data.sheets.find((s) => s.id === req.sourceSheetId);
  if (!src) fail(`No grid with id: ${req.sourceSheetId}`);
  const name = req.newSheetName === undefined ? copyName(data, src.name) : validateSheetName(data, req.newSheetName);
  const copy = cloneSheetData(book, src, newId(book, req.newSheetId, fail), name);
  return place(book, copy, req.insertSheetIndex ?? data.sheets.indexOf(src) + 1, fail);
}
