/**
 * Sheets.Spreadsheets.batchUpdate in the emulator: the requests the add-on sends (updateCells,
 * repeatCell, insertDimension, deleteDimension, setDataValidation), applied in order and all or nothing.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate
 * https://developers.google.com/workspace/sheets/api/guides/batch
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#repeatcellrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedimensionrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
 * addSheet and duplicateSheet live in ./sheets-api-add-sheet, createDeveloperMetadata and
 * deleteDeveloperMetadata in ./sheets-api-metadata, addProtectedRange and updateProtectedRange in ./sheets-api-protected-range,
 * updateSheetProperties in ./sheets-api-sheet-properties, addNamedRange in ./sheets-api-named-range.
 *
 * Indexes are 0-based and end-exclusive (GridRange, DimensionRange); a GridCoordinate `start` writes
 * the rows as given. `fields` names the CellData fields written: a field in the mask but absent from
 * the cell is cleared, a field outside the mask is left alone (field-mask guide:
 * https://developers.google.com/workspace/sheets/api/guides/field-masks, "Update with a field mask").
 * So "*" (every CellData field) clears what it covers: the value, the note, the data validation and
 * the whole userEnteredFormat; "userEnteredFormat" clears every format the emulator keeps (number
 * format, font, alignment, wrap, borders, fill), not only the fill. A masked field the request sets
 * but the emulator does not model (a number format under userEnteredFormat, a data validation) is
 * refused, never silently dropped.
 * Modelled CellData: userEnteredValue (stringValue stays text even when it starts with "=",
 * numberValue, boolValue, formulaValue), note, userEnteredFormat.backgroundColorStyle.rgbColor or the
 * deprecated backgroundColor (the style wins when both are set, as CellFormat says) (0–1 components, a
 * missing one is 0). Protections are enforced for the effective user as for SpreadsheetApp writes.
 * Atomic by snapshot: any failing request restores the workbook as it was and throws.
 *
 * For the benchmark's latency table, which prices a batchUpdate by what it carries, each request
 * also records 'SheetsApi.request.<kind>' and the cells it writes as 'SheetsApi.kCells' (one per
 * started 1,000 cells of the whole batchUpdate); these are volume entries, not calls.
 */
import type { EmulatorContext } from '../context';
import type { CellData, DeveloperMetadataData, GridRange, NamedRangeData, ProtectionData, SheetData } from '../model';
import type { Book } from '../spreadsheet/book';
import { clearFormula, setFormula } from '../spreadsheet/formula-value';
import { editCells } from '../spreadsheet/cells';
import { CELL_TOO_LONG, CHARS_PER_CELL } from '../../../core/google-limits';
import { assertCanInsertLines, assertCanWrite, assertCanWriteLines, assertFileEditor } from '../spreadsheet/permissions';
import { shiftLines } from '../spreadsheet/sheet-structure';
import { createDeveloperMetadata, deleteDeveloperMetadata, type CreateDeveloperMetadataRequest, type DeleteDeveloperMetadataRequest } from './sheets-api-metadata';
import { addProtectedRange, updateProtectedRange, type AddProtectedRangeRequest, type UpdateProtectedRangeRequest } from './sheets-api-protected-range';
import { addNamedRange, type AddNamedRangeRequest } from './sheets-api-named-range';
import { updateSheetProperties, type UpdateSheetPropertiesRequest } from './sheets-api-sheet-properties';
import { addSheet, duplicateSheet, type AddSheetRequest, type DuplicateSheetRequest, type SheetReply } from './sheets-api-add-sheet';

export interface Color { red?: number; green?: number; blue?: number; alpha?: number }
export interface ExtendedValue { stringValue?: string; numberValue?: number; boolValue?: boolean; formulaValue?: string }
export interface ApiCellData {
  userEnteredValue?: ExtendedValue;
  note?: string;
  userEnteredFormat?: { backgroundColor?: Color; backgroundColorStyle?: { rgbColor?: Color } };
  /** Not modelled here: present under a mask that covers it, the request is refused. */
  dataValidation?: unknown;
}
export interface GridCoordinate { sheetId?: number; rowIndex?: number; columnIndex?: number }
export interface ApiGridRange { sheetId?: number; startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number }
export interface DimensionRange { sheetId?: number; dimension: 'ROWS' | 'COLUMNS'; startIndex?: number; endIndex?: number }

/** DataValidationRule; only the ONE_OF_LIST condition (a list the cell's value must be in) is modelled. */
export interface ApiDataValidationRule {
  condition: { type: string; values?: { userEnteredValue?: string }[] };
  inputMessage?: string;
  strict?: boolean;
  showCustomUi?: boolean;
}

export interface Request {
  updateCells?: { rows?: { values?: ApiCellData[] }[]; fields: string; start?: GridCoordinate; range?: ApiGridRange };
  repeatCell?: { range: ApiGridRange; cell?: ApiCellData; fields: string };
  insertDimension?: { range: DimensionRange; inheritFromBefore?: boolean };
  deleteDimension?: { range: DimensionRange };
  setDataValidation?: { range: ApiGridRange; rule?: ApiDataValidationRule; filteredRowsIncluded?: boolean };
  addSheet?: AddSheetRequest;
  duplicateSheet?: DuplicateSheetRequest;
  deleteDeveloperMetadata?: DeleteDeveloperMetadataRequest;
  createDeveloperMetadata?: CreateDeveloperMetadataRequest;
  addProtectedRange?: AddProtectedRangeRequest;
  updateProtectedRange?: UpdateProtectedRangeRequest;
  updateSheetProperties?: UpdateSheetPropertiesRequest;
  addNamedRange?: AddNamedRangeRequest;
}
export interface BatchUpdateRequest { requests: Request[]; includeSpreadsheetInResponse?: boolean }
export type Reply = Record<string, never> | { addSheet: SheetReply } | { duplicateSheet: SheetReply } | ReturnType<typeof deleteDeveloperMetadata>
  | ReturnType<typeof createDeveloperMetadata> | ReturnType<typeof addProtectedRange> | ReturnType<typeof addNamedRange>;
export interface BatchUpdateResponse { spreadsheetId: string; replies: Reply[] }

type Field = 'userEnteredValue' | 'note' | 'userEnteredFormat.backgroundColor' | 'userEnteredFormat' | 'dataValidation';
const FIELDS: readonly Field[] = ['userEnteredValue', 'note', 'userEnteredFormat.backgroundColor', 'userEnteredFormat', 'dataValidation'];
/** Everything a CellData update covers, as "*" reads. */
const ALL: readonly Field[] = ['userEnteredValue', 'note', 'userEnteredFormat', 'dataValidation'];
/** The cell's formats that userEnteredFormat covers (CellFormat: numberFormat, textFormat, alignments, wrap, borders, fill). */
const FORMATS = ['background', 'numberFormat', 'fontWeight', 'fontColor', 'fontSize', 'fontStyle', 'horizontalAlignment', 'verticalAlignment', 'wrap', 'border'] as const;

class RequestError extends Error {}
const requestFail = (message: string): never => { throw new RequestError(message); };

export function apiError(code: number, message: string): Error {
  return new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: ${message} (HTTP ${code})`);
}

function parseFields(mask: string | undefined): Field[] {
  if (!mask || !mask.trim()) throw new RequestError('At least one field must be specified.');
  if (mask.trim() === '*') return [...ALL];
  return mask.split(',').map((f) => f.trim()).map((f) => {
    // backgroundColorStyle and the deprecated backgroundColor are one colour.
    if (f === 'userEnteredFormat.backgroundColorStyle') return 'userEnteredFormat.backgroundColor';
    if (!(FIELDS as readonly string[]).includes(f)) throw new RequestError(`Invalid field mask: ${f} (not modelled by the emulator)`);
    return f as Field;
  });
}

const channel = (x: number | undefined) => Math.round(Math.min(1, Math.max(0, x ?? 0)) * 255).toString(16).padStart(2, '0');
const hexOf = (c: Color) => `#${channel(c.red)}${channel(c.green)}${channel(c.blue)}`;

function writeField(cell: CellData, field: Field, from: ApiCellData | undefined): void {
  if (field === 'dataValidation') {
    if (from && 'dataValidation' in from) throw new RequestError('Invalid field: dataValidation (not modelled by the emulator in batchUpdate)');
    delete cell.validation;
  } else if (field === 'userEnteredFormat') {
    const set = Object.keys(from?.userEnteredFormat ?? {}).filter((k) => k !== 'backgroundColor' && k !== 'backgroundColorStyle');
    if (set.length) throw new RequestError(`Invalid field: userEnteredFormat.${set[0]} (not modelled by the emulator in batchUpdate)`);
    for (const k of FORMATS) delete cell[k];
    writeField(cell, 'userEnteredFormat.backgroundColor', from);
  } else if (field === 'note') {
    cell.note = from?.note ? String(from.note) : undefined;
  } else if (field === 'userEnteredFormat.backgroundColor') {
    const c = from?.userEnteredFormat?.backgroundColorStyle?.rgbColor ?? from?.userEnteredFormat?.backgroundColor;
    cell.background = c ? hexOf(c) : undefined;
  } else {
    const v = from?.userEnteredValue;
    clearFormula(cell);
    cell.value = '';
    if (!v) return;
    for (const s of [v.formulaValue, v.stringValue]) if (s !== undefined && String(s).length > CHARS_PER_CELL) throw new RequestError(CELL_TOO_LONG);
    if (v.formulaValue !== undefined) { setFormula(cell, String(v.formulaValue)); return; }
    if (v.stringValue !== undefined) cell.value = String(v.stringValue);
    else if (v.numberValue !== undefined) cell.value = Number(v.numberValue);
    else if (v.boolValue !== undefined) cell.value = Boolean(v.boolValue);
  }
}

function sheetOf(ctx: EmulatorContext, sheetId: number | undefined): SheetData {
  const sheet = ctx.data.sheets.find((s) => s.id === (sheetId ?? 0));
  if (!sheet) throw new RequestError(`No grid with id: ${sheetId ?? 0}`);
  return sheet;
}

/** A 0-based, end-exclusive API range as the emulator's 1-based grid, checked against the sheet. */
function gridOf(sheet: SheetData, r: ApiGridRange): GridRange {
  const top = r.startRowIndex ?? 0;
  const left = r.startColumnIndex ?? 0;
  const bottom = r.endRowIndex ?? sheet.maxRows;
  const right = r.endColumnIndex ?? sheet.maxColumns;
  if (top < 0 || left < 0 || bottom > sheet.maxRows || right > sheet.maxColumns || bottom < top || right < left) {
    throw new RequestError(`Range ('${sheet.name}'!R${top + 1}C${left + 1}:R${bottom}C${right}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  }
  return { row: top + 1, column: left + 1, numRows: bottom - top, numColumns: right - left };
}

function updateCells(book: Book, req: NonNullable<Request['updateCells']>): number {
  const fields = parseFields(req.fields);
  const rows = req.rows ?? [];
  if (!!req.start === !!req.range) throw new RequestError('updateCells needs exactly one of start or range.');
  const sheet = sheetOf(book.ctx, (req.start ?? req.range)!.sheetId);
  const width = Math.max(0, ...rows.map((r) => r.values?.length ?? 0));
  // With `start` the rows are written as given; with `range` every cell of the range is written
  // (cells the rows leave out get their masked fields cleared).
  const g = req.range ? gridOf(sheet, req.range) : gridOf(sheet, {
    startRowIndex: req.start!.rowIndex ?? 0, startColumnIndex: req.start!.columnIndex ?? 0,
    endRowIndex: (req.start!.rowIndex ?? 0) + rows.length, endColumnIndex: (req.start!.columnIndex ?? 0) + width,
  });
  if (g.numRows === 0 || g.numColumns === 0) return 0;
  assertCanWrite(book, sheet, g);
  editCells(sheet, g, (cell, i, j) => {
    const from = rows[i]?.values?.[j];
    // With `start`, a row shorter than the widest leaves the cells past its end untouched.
    if (req.start && j >= (rows[i]?.values?.length ?? 0)) return;
    for (const f of fields) writeField(cell, f, from);
  });
  return req.range ? g.numRows * g.numColumns : rows.reduce((n, r) => n + (r.values?.length ?? 0), 0);
}

function repeatCell(book: Book, req: NonNullable<Request['repeatCell']>): number {
  const fields = parseFields(req.fields);
  const sheet = sheetOf(book.ctx, req.range?.sheetId);
  const g = gridOf(sheet, req.range ?? {});
  if (g.numRows === 0 || g.numColumns === 0) return 0;
  assertCanWrite(book, sheet, g);
  editCells(sheet, g, (cell) => { for (const f of fields) writeField(cell, f, req.cell); });
  return g.numRows * g.numColumns;
}

/**
 * SetDataValidationRequest: "Sets a data validation rule to every cell in the range. To clear
 * validation in a range, call this with no rule specified." Values and formats are left alone.
 * strict false (the default) lets other input in with a warning, as setAllowInvalid(true) does;
 * showCustomUi shows a list's dropdown. A condition type other than ONE_OF_LIST is refused.
 */
function setDataValidation(book: Book, req: NonNullable<Request['setDataValidation']>): number {
  const sheet = sheetOf(book.ctx, req.range?.sheetId);
  const g = gridOf(sheet, req.range ?? {});
  if (g.numRows === 0 || g.numColumns === 0) return 0;
  assertCanWrite(book, sheet, g);
  const rule = req.rule;
  if (rule && rule.condition?.type !== 'ONE_OF_LIST') throw new RequestError(`condition type ${rule.condition?.type} is not modelled by the emulator`);
  const values = (rule?.condition.values ?? []).map((v) => String(v.userEnteredValue ?? ''));
  if (rule && values.length === 0) throw new RequestError('ONE_OF_LIST needs at least one condition value');
  editCells(sheet, g, (cell) => {
    if (!rule) { delete cell.validation; return; }
    cell.validation = { criteria: 'VALUE_IN_LIST', args: [[...values], rule.showCustomUi === true], allowInvalid: rule.strict !== true,
      ...(rule.inputMessage ? { helpText: rule.inputMessage } : {}) };
  });
  return g.numRows * g.numColumns;
}

function dimension(book: Book, range: DimensionRange, insert: boolean, inheritFromBefore = false): void {
  const sheet = sheetOf(book.ctx, range.sheetId);
  const axis = range.dimension;
  if (axis !== 'ROWS' && axis !== 'COLUMNS') throw new RequestError('dimension must be ROWS or COLUMNS');
  const max = axis === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  const start = range.startIndex ?? 0;
  const end = range.endIndex ?? (insert ? start : max);
  const n = end - start;
  if (start < 0 || n < 1) throw new RequestError(`Invalid dimension range: ${start}..${end}`);
  if (insert) {
    if (start > max) throw new RequestError(`Cannot insert at index ${start}: the sheet has ${max}.`);
    assertCanInsertLines(book, sheet, axis, start + 1);
  } else {
    if (end > max) throw new RequestError(`Cannot delete past index ${max}.`);
    if (n >= max) throw new RequestError(`You can't delete all the ${axis === 'ROWS' ? 'rows' : 'columns'} on the sheet.`);
    const span = axis === 'ROWS'
      ? { row: start + 1, column: 1, numRows: n, numColumns: sheet.maxColumns }
      : { row: 1, column: start + 1, numRows: sheet.maxRows, numColumns: n };
    assertCanWriteLines(book, sheet, span);
  }
  // The new lines extend the neighbour's dimension properties (size) and background (sheet-structure).
  shiftLines(book.ctx.data, sheet, axis, start + 1, n, insert, insert ? { from: inheritFromBefore ? 'before' : 'after', size: true } : undefined);
}

interface Snapshot {
  /** The sheet list itself, so a sheet added by a failed batch goes again. */
  order: SheetData[];
  sheets: { sheet: SheetData; copy: SheetData }[];
  protections: { list: ProtectionData[]; copies: ProtectionData[] };
  metadata: { list: DeveloperMetadataData[]; copies: DeveloperMetadataData[] };
  namedRanges: { list: NamedRangeData[]; copies: NamedRangeData[] } | undefined;
}

/** Copies of everything a request can change, restored in place (objects keep their identity). */
function snapshot(ctx: EmulatorContext): Snapshot {
  const d = ctx.data;
  return {
    order: [...d.sheets],
    sheets: d.sheets.map((sheet) => ({ sheet, copy: structuredClone(sheet) })),
    protections: { list: [...d.protections], copies: structuredClone(d.protections) },
    metadata: { list: [...d.developerMetadata], copies: structuredClone(d.developerMetadata) },
    namedRanges: d.namedRanges && { list: [...d.namedRanges], copies: structuredClone(d.namedRanges) },
  };
}

function restore(ctx: EmulatorContext, s: Snapshot): void {
  for (const { sheet, copy } of s.sheets) Object.assign(sheet, copy);
  ctx.data.sheets = s.order;
  s.protections.list.forEach((p, i) => Object.assign(p, s.protections.copies[i]));
  ctx.data.protections = s.protections.list;
  s.metadata.list.forEach((m, i) => Object.assign(m, s.metadata.copies[i]));
  ctx.data.developerMetadata = s.metadata.list;
  s.namedRanges?.list.forEach((n, i) => Object.assign(n, s.namedRanges!.copies[i]));
  ctx.data.namedRanges = s.namedRanges?.list;
}

export function applyBatchUpdate(ctx: EmulatorContext, resource: BatchUpdateRequest, spreadsheetId: string): BatchUpdateResponse {
  if (spreadsheetId !== ctx.data.id) throw apiError(404, 'Requested entity was not found.');
  const requests = resource?.requests ?? [];
  if (requests.length === 0) throw apiError(400, 'Invalid requests: must have at least one request.');
  // The permission helpers only need the context.
  const book = { ctx } as Book;
  const before = snapshot(ctx);
  let cells = 0;
  const replies = requests.map((r, i): Reply => {
    try {
      const kinds = Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined);
      if (kinds.length !== 1) throw new RequestError(`a request must set exactly one kind, got ${kinds.join(', ') || 'none'}`);
      ctx.calls.record(`SheetsApi.request.${kinds[0]}`);
      if (r.addSheet) return { addSheet: addSheet(book, r.addSheet, requestFail) };
      if (r.duplicateSheet) return { duplicateSheet: duplicateSheet(book, r.duplicateSheet, requestFail) };
      if (r.deleteDeveloperMetadata) return deleteDeveloperMetadata(ctx, r.deleteDeveloperMetadata, requestFail);
      if (r.createDeveloperMetadata) { assertFileEditor(book); return createDeveloperMetadata(ctx, r.createDeveloperMetadata, requestFail); }
      if (r.addProtectedRange) return addProtectedRange(book, r.addProtectedRange, requestFail);
      if (r.updateProtectedRange) { updateProtectedRange(book, r.updateProtectedRange, requestFail); return {}; }
      if (r.addNamedRange) { assertFileEditor(book); return addNamedRange(book, r.addNamedRange, requestFail); }
      if (r.updateSheetProperties) { updateSheetProperties(book, r.updateSheetProperties, requestFail); return {}; }
      if (r.updateCells) cells += updateCells(book, r.updateCells);
      else if (r.repeatCell) cells += repeatCell(book, r.repeatCell);
      else if (r.insertDimension) {
        // "True to inherit from the dimensions before (in which case the start index must be greater than 0)" (InsertDimensionRequest).
        if (r.insertDimension.inheritFromBefore && (r.insertDimension.range.startIndex ?? 0) === 0) {
          throw new RequestError('Cannot inherit from before when inserting at index 0 (inheritFromBefore needs startIndex > 0).');
        }
        dimension(book, r.insertDimension.range, true, r.insertDimension.inheritFromBefore === true);
      }
      else if (r.deleteDimension) dimension(book, r.deleteDimension.range, false);
      else if (r.setDataValidation) cells += setDataValidation(book, r.setDataValidation);
      else throw new RequestError(`request kind ${kinds[0]} is not modelled by the emulator`);
      return {};
    } catch (e) {
      restore(ctx, before);
      const kind = Object.keys(r)[0] ?? 'request';
      throw apiError(400, `Invalid requests[${i}].${kind}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  for (let k = 0; k < Math.ceil(cells / 1000); k++) ctx.calls.record('SheetsApi.kCells');
  return { spreadsheetId, replies };
}
