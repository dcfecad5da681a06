/**
 * A small write batch: the writes of one job (an edit's marks, its Tổng hợp blocks and its rows of
 * Danh sách mô hình) sent as ONE Sheets API spreadsheets.batchUpdate, which runs its requests in
 * order and all or nothing, instead of one SpreadsheetApp round trip (≈ 250 ms) per write.
 * https://developers.google.com/workspace/sheets/api/guides/batch
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
 *
 * Without the advanced service (typeof Sheets === 'undefined') or when the request fails (nothing
 * of it was applied), the same writes are replayed with SpreadsheetApp, in the same order.
 *
 * Both paths store the same: a string starting with "=" is a formula (the add-on's own links);
 * "'" before = + - @ (core's `literal`) marks text, sent as a stringValue without the apostrophe
 * (the API stores stringValue as text, never parsed); every other string is text too, so the
 * SpreadsheetApp path, whose setValues parses strings as typed ("18/05/2021" a date, "12%" a
 * number: developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)),
 * writes it behind an apostrophe. Positions are 1-based, as in SpreadsheetApp.
 */
import { fitCell } from '../core/google-limits';
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type WriteValue = string | number | boolean;
/** A sheet, or its id when the caller has not opened it (resolved only if the fallback runs). */
export type WriteTarget = Sheet | number;

// The request shapes are the official Sheets v4 typings (@types/google-apps-script), so a misspelt
// field fails tsc; `Sheets` is the advanced service's global, undefined when it is not enabled.
type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;
type ApiRequest = GoogleAppsScript.Sheets.Schema.Request;
type SheetsWriteService = GoogleAppsScript.Sheets;

type Op =
  | { kind: 'values'; target: WriteTarget; row: number; column: number; grid: readonly (readonly WriteValue[])[] }
  | { kind: 'notes'; target: WriteTarget; row: number; column: number; grid: readonly (readonly string[])[] }
  | { kind: 'backgrounds'; target: WriteTarget; row: number; column: number; grid: readonly (readonly (string | null)[])[] }
  | { kind: 'insertRows'; target: WriteTarget; before: number; count: number; fromAfter?: boolean }
  | { kind: 'deleteRows'; target: WriteTarget; at: number; count: number }
  | { kind: 'listRule'; target: WriteTarget; row: number; column: number; numRows: number; values: readonly string[]; helpText: string };

export type CommitPath = 'empty' | 'api' | 'spreadsheetapp';

export interface WriteBatch {
  /** One block of values from (row, column), as setValues would write it. */
  values(target: WriteTarget, row: number, column: number, grid: readonly (readonly WriteValue[])[]): void;
  /** One block of notes ('' clears a note). */
  notes(target: WriteTarget, row: number, column: number, grid: readonly (readonly string[])[]): void;
  /** One block of backgrounds ('#rrggbb'; null or '' clears the fill). */
  backgrounds(target: WriteTarget, row: number, column: number, grid: readonly (readonly (string | null)[])[]): void;
  /**
   * `count` empty rows before row `before`, taking the look of the row above (`fromAfter`: of the row below, for
   * rows right under a header row, which would give them its bold fill).
   */
  insertRows(target: WriteTarget, before: number, count: number, fromAfter?: boolean): void;
  /** `count` rows from row `at` (deleteRows). */
  deleteRows(target: WriteTarget, at: number, count: number): void;
  /**
   * A dropdown of `values` on `numRows` cells of one column, other input allowed with a warning
   * (requireValueInList(values, true).setAllowInvalid(true)); the cells' values are not touched.
   */
  listRule(target: WriteTarget, row: number, column: number, numRows: number, values: readonly string[], helpText: string): void;
  readonly size: number;
  /**
   * Sends everything queued (then the batch is empty again); says which way it went. `apiOnly`:
   * requests that ride along on the API path only (a file claim's release, schedule/lock), never
   * replayed: on 'spreadsheetapp' the caller does them its own way.
   */
  commit(apiOnly?: readonly ApiRequest[]): CommitPath;
}

/** The advanced service when its batchUpdate can be called, else null (SpreadsheetApp only). */
export function batchUpdateService(): SheetsWriteService | null {
  return typeof Sheets === 'undefined' || typeof Sheets?.Spreadsheets?.batchUpdate !== 'function' ? null : Sheets;
}

export function newWriteBatch(ss: Spreadsheet): WriteBatch {
  let ops: Op[] = [];
  const block = (grid: readonly (readonly unknown[])[]) => grid.length > 0 && grid[0].length > 0;
  return {
    values(target, row, column, grid) { if (block(grid)) ops.push({ kind: 'values', target, row, column, grid }); },
    notes(target, row, column, grid) { if (block(grid)) ops.push({ kind: 'notes', target, row, column, grid }); },
    backgrounds(target, row, column, grid) { if (block(grid)) ops.push({ kind: 'backgrounds', target, row, column, grid }); },
    insertRows(target, before, count, fromAfter) { if (count > 0) ops.push({ kind: 'insertRows', target, before, count, ...(fromAfter ? { fromAfter } : {}) }); },
    deleteRows(target, at, count) { if (count > 0) ops.push({ kind: 'deleteRows', target, at, count }); },
    listRule(target, row, column, numRows, values, helpText) { if (numRows > 0 && values.length) ops.push({ kind: 'listRule', target, row, column, numRows, values, helpText }); },
    get size() { return ops.length; },
    commit(apiOnly = []) {
      const queued = ops;
      ops = [];
      if (queued.length === 0) return 'empty';
      const api = batchUpdateService();
      if (api) {
        try {
          api.Spreadsheets.batchUpdate({ requests: [...mergedRequests(queued), ...apiOnly] }, ss.getId());
          return 'api';
        } catch (e) {
          // All or nothing: a failed request left the sheets untouched, so replaying is safe.
          console.warn(`Sheets API batchUpdate không dùng được, ghi từng phần: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
      replay(ss, queued);
      return 'spreadsheetapp';
    },
  };
}

const idOf = (t: WriteTarget) => (typeof t === 'number' ? t : t.getSheetId());

/**
 * The requests of the queued writes, in order; a notes write and a fills write of the same cells
 * queued one after the other (a mark and its fill) go as one updateCells with both fields: each
 * sub-request is billed apart from its cells.
 */
function mergedRequests(ops: readonly Op[]): ApiRequest[] {
  const out: ApiRequest[] = [];
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i];
    const b = ops[i + 1];
    const r = toRequest(a);
    if (b && a.kind === 'notes' && b.kind === 'backgrounds' && idOf(a.target) === idOf(b.target) && a.row === b.row && a.column === b.column
      && a.grid.length === b.grid.length && a.grid.every((row, k) => row.length === b.grid[k].length)) {
      const fills = toRequest(b).updateCells!;
      r.updateCells!.rows!.forEach((row, k) => row.values!.forEach((cell, j) => Object.assign(cell, fills.rows![k].values![j])));
      r.updateCells!.fields = `${r.updateCells!.fields},${fills.fields}`;
      i++;
    }
    out.push(r);
  }
  return out;
}

function toRequest(op: Op): ApiRequest {
  const sheetId = idOf(op.target);
  if (op.kind === 'insertRows') {
    return { insertDimension: { range: { sheetId, dimension: 'ROWS', startIndex: op.before - 1, endIndex: op.before - 1 + op.count }, inheritFromBefore: op.before > 1 && !op.fromAfter } };
  }
  if (op.kind === 'deleteRows') {
    return { deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: op.at - 1, endIndex: op.at - 1 + op.count } } };
  }
  if (op.kind === 'listRule') {
    // https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
    return { setDataValidation: {
      range: { sheetId, startRowIndex: op.row - 1, endRowIndex: op.row - 1 + op.numRows, startColumnIndex: op.column - 1, endColumnIndex: op.column },
      rule: { condition: { type: 'ONE_OF_LIST', values: op.values.map((v) => ({ userEnteredValue: v })) }, strict: false, showCustomUi: true, inputMessage: op.helpText },
    } };
  }
  const [cell, fields] = op.kind === 'values' ? [valueCell, 'userEnteredValue'] as const
    : op.kind === 'notes' ? [noteCell, 'note'] as const
    : [backgroundCell, 'userEnteredFormat.backgroundColorStyle'] as const;
  const rows: GoogleAppsScript.Sheets.Schema.RowData[] = (op.grid as readonly (readonly unknown[])[]).map((r) => ({ values: r.map((v) => (cell as (x: unknown) => ApiCell)(v)) }));
  return { updateCells: { start: { sheetId, rowIndex: op.row - 1, columnIndex: op.column - 1 }, rows, fields } };
}

/** setValues' meaning, spelled out for the API (see the file's comment). */
export function valueCell(v: WriteValue): ApiCell {
  if (typeof v === 'number') return { userEnteredValue: { numberValue: v } };
  if (typeof v === 'boolean') return { userEnteredValue: { boolValue: v } };
  const s = String(v ?? '');
  if (s === '') return {};
  if (s.startsWith('=') && s.length > 1) return { userEnteredValue: { formulaValue: s } };
  // Over Google's cell limit the whole request would be refused: the text is cut and says so.
  return { userEnteredValue: { stringValue: fitCell(/^'[=+\-@]/.test(s) ? s.slice(1) : s) } };
}

/**
 * True when a cell whose getValues value is `shown` already holds what writing `v` stores, so the
 * write can be left out. A formula is never taken as held (getValues shows its result).
 */
export function holds(shown: unknown, v: WriteValue): boolean {
  if (typeof v !== 'string') return shown === v;
  const s = v ?? '';
  if (s.startsWith('=') && s.length > 1) return false;
  return shown === fitCell(/^'[=+\-@]/.test(s) ? s.slice(1) : s);
}

/** What setValues must be given to store `v` as valueCell does: text behind an apostrophe. */
export const asTyped = (v: WriteValue): WriteValue =>
  typeof v === 'string' && v !== '' && !/^(=.|'[=+\-@])/.test(v) ? `'${v}` : v;

const noteCell = (n: string): ApiCell => (n ? { note: n } : {});

/** backgroundColorStyle, not the deprecated backgroundColor (CellFormat in the Sheets v4 reference). */
function backgroundCell(c: string | null): ApiCell {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c ?? '');
  if (!m) return {};
  const [red, green, blue] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return { userEnteredFormat: { backgroundColorStyle: { rgbColor: { red, green, blue } } } };
}

function replay(ss: Spreadsheet, queued: readonly Op[]): void {
  const sheets = new Map<number, Sheet>();
  const sheetOf = (t: WriteTarget): Sheet => {
    if (typeof t !== 'number') return t;
    let s = sheets.get(t);
    if (!s) {
      const found = ss.getSheetById(t);
      if (!found) throw new Error(`Không tìm thấy trang tính (id ${t}).`);
      sheets.set(t, (s = found));
    }
    return s;
  };
  for (const op of queued) {
    const sheet = sheetOf(op.target);
    // Like the API's inheritFromBefore: new rows take the look of the row above when there is one and it is asked for.
    if (op.kind === 'insertRows') { if (op.before > 1 && !op.fromAfter) sheet.insertRowsAfter(op.before - 1, op.count); else sheet.insertRowsBefore(op.before, op.count); }
    else if (op.kind === 'deleteRows') sheet.deleteRows(op.at, op.count);
    else if (op.kind === 'listRule') {
      sheet.getRange(op.row, op.column, op.numRows, 1).setDataValidation(SpreadsheetApp.newDataValidation()
        .requireValueInList([...op.values], true).setAllowInvalid(true).setHelpText(op.helpText).build());
    }
    else if (op.grid.some((r) => r.length !== op.grid[0].length)) {
      // Rows of different lengths (as updateCells takes them from `start`): one range per row.
      op.grid.forEach((r, i) => { if (r.length) replay(ss, [{ ...op, target: sheet, row: op.row + i, grid: [r] } as Op]); });
    } else {
      const range = sheet.getRange(op.row, op.column, op.grid.length, op.grid[0].length);
      if (op.kind === 'values') range.setValues(op.grid.map((r) => r.map(asTyped)));
      else if (op.kind === 'notes') range.setNotes(op.grid as string[][]);
      else range.setBackgrounds(op.grid as string[][]);
    }
  }
}
