/**
 * The Sheets advanced service (Sheets API v4 as `Sheets`), the part the add-on uses to read many tabs
 * in one request: Sheets.Spreadsheets.Values.batchGet; Spreadsheets.get and getByDataFilter (a POST
 * naming sheets by id: reference/rest/v4/spreadsheets/getByDataFilter) with a fields mask.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueRenderOption
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
 *
 * As the REST API does: value ranges come back in the order asked; the range is echoed in A1 with
 * the sheet name quoted and clipped to the grid; trailing empty rows and trailing empty cells of a
 * row are omitted (an all-empty range has no `values`). UNFORMATTED_VALUE gives numbers, booleans
 * and text as such and date cells as serial numbers (days since 30/12/1899 in the spreadsheet's
 * time zone; SERIAL_NUMBER, the default) or as their displayed text (FORMATTED_STRING);
 * FORMATTED_VALUE gives every cell as displayed.
 *
 * Each request records 'Sheets.Spreadsheets.Values.batchGet' plus its response size in
 * 'SheetsApi.transferKB' (one per KiB), which the benchmark's latency table prices.
 */
import { chargeRead, chargeWrite } from './sheets-api-quota';
import { URL_CHARS, getUrlLength } from '../../../core/google-limits';
import type { EmulatorContext } from '../context';
import type { CellValue, GridRange, SheetData } from '../model';
import { columnToLetters, parseA1, refToGrid, splitSheetName } from '../spreadsheet/a1';
import { filesOf, pinnedTo } from '../spreadsheet/book';
import { cellAt } from '../spreadsheet/cells';
import { UncomputedFormulaError, uncomputedError } from '../spreadsheet/formula-value';
import { canEditFile } from '../spreadsheet/permissions';
import { isDate } from '../spreadsheet/dates';
import { displayValue } from '../spreadsheet/display';
import { wallTime } from './tz';
import { apiError as updateError, applyBatchUpdate, type BatchUpdateRequest, type BatchUpdateResponse } from './sheets-api-update';
import { gridOfFilter, spreadsheetsGet, type DataFilter, type GetOptions } from './sheets-api-get';

export type { BatchUpdateRequest, BatchUpdateResponse } from './sheets-api-update';

export type ValueRenderOption = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateTimeRenderOption = 'SERIAL_NUMBER' | 'FORMATTED_STRING';

export interface BatchGetOptions {
  ranges: string | string[];
  valueRenderOption?: ValueRenderOption;
  dateTimeRenderOption?: DateTimeRenderOption;
  majorDimension?: 'ROWS';
}

export type ApiValue = string | number | boolean;

export interface ValueRange {
  range: string;
  majorDimension: 'ROWS';
  values?: ApiValue[][];
}

export interface BatchGetResponse {
  spreadsheetId: string;
  valueRanges: ValueRange[];
}

export interface SheetsAdvancedService {
  Spreadsheets: {
    Values: {
      batchGet(spreadsheetId: string, optionalArgs: BatchGetOptions): BatchGetResponse;
    };
    batchUpdate(resource: BatchUpdateRequest, spreadsheetId: string): BatchUpdateResponse;
    get(spreadsheetId: string, optionalArgs?: GetOptions): Record<string, unknown>;
    getByDataFilter(resource: { dataFilters?: DataFilter[]; includeGridData?: boolean }, spreadsheetId: string, optionalArgs?: { fields?: string }): Record<string, unknown>;
  };
}

const DAY_MS = 86_400_000;
/** 30/12/1899 00:00 as a UTC wall time: serial 0. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date's serial number: its wall time in `timeZone`, in days since 30/12/1899. */
export function serialOf(d: Date, timeZone: string): number {
  const w = wallTime(d.getTime(), timeZone);
  const wallMs = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) + (d.getTime() % 1000 + 1000) % 1000;
  return (wallMs - EPOCH_UTC) / DAY_MS;
}

/** The error the advanced service throws, worded as Apps Script shows it. */
function apiError(method: string, code: number, message: string): Error {
  return new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.values.${method} failed with error: ${message} (HTTP ${code})`);
}

const quoteName = (name: string) => `'${name.replace(/'/g, "''")}'`;

function a1Of(sheet: SheetData, g: GridRange): string {
  const from = `${columnToLetters(g.column)}${g.row}`;
  const to = `${columnToLetters(g.column + g.numColumns - 1)}${g.row + g.numRows - 1}`;
  return `${quoteName(sheet.name)}!${from}:${to}`;
}

/** Resolves "'Tab'!A1:C9", "Tab" or "A1:B2" (the first sheet) into a sheet and a grid clipped to it. */
function resolve(ctx: EmulatorContext, a1: string): { sheet: SheetData; grid: GridRange } {
  const { sheetName, cells } = splitSheetName(a1);
  const whole = (sheet: SheetData) => ({ sheet, grid: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns } });
  if (sheetName === undefined) {
    // A bare sheet name (quoted or not) means the whole sheet; it wins over a cell reference.
    const name = /^'.*'$/.test(cells) ? cells.slice(1, -1).replace(/''/g, "'") : cells;
    const byName = ctx.data.sheets.find((s) => s.name === name);
    if (byName) return whole(byName);
  }
  const sheet = sheetName === undefined ? ctx.data.sheets[0] : ctx.data.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw apiError('batchGet', 400, `Unable to parse range: ${a1}`);
  if (cells === '') return whole(sheet);
  const ref = parseA1(cells);
  if (!ref) throw apiError('batchGet', 400, `Unable to parse range: ${a1}`);
  const g = refToGrid(ref, sheet.maxRows, sheet.maxColumns);
  const numRows = Math.max(0, Math.min(g.row + g.numRows - 1, sheet.maxRows) - g.row + 1);
  const numColumns = Math.max(0, Math.min(g.column + g.numColumns - 1, sheet.maxColumns) - g.column + 1);
  if (numRows === 0 || numColumns === 0) throw apiError('batchGet', 400, `Range ('${sheet.name}'!${cells}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  return { sheet, grid: { ...g, numRows, numColumns } };
}

function render(ctx: EmulatorContext, v: CellValue, numberFormat: string | undefined, opts: BatchGetOptions): ApiValue {
  const { locale, timeZone } = ctx.data;
  const how = opts.valueRenderOption ?? 'FORMATTED_VALUE';
  if (how === 'FORMATTED_VALUE') return displayValue(v, numberFormat, locale, timeZone);
  if (isDate(v)) {
    return (opts.dateTimeRenderOption ?? 'SERIAL_NUMBER') === 'SERIAL_NUMBER' ? serialOf(v, timeZone) : displayValue(v, numberFormat, locale, timeZone);
  }
  return v;
}

function readRange(ctx: EmulatorContext, sheet: SheetData, g: GridRange, opts: BatchGetOptions): ApiValue[][] {
  const rows: ApiValue[][] = [];
  for (let i = 0; i < g.numRows; i++) {
    const row: ApiValue[] = [];
    for (let j = 0; j < g.numColumns; j++) {
      const c = cellAt(sheet, g.row + i, g.column + j);
      const formula = opts.valueRenderOption === 'FORMULA' && c?.formula;
      if (!formula && c?.uncomputed && c.formula) throw uncomputedError(sheet, g.row + i, g.column + j, c.formula);
      row.push(formula || (c ? render(ctx, c.value, c.numberFormat, opts) : ''));
    }
    while (row.length > 0 && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/**
 * The context seen from file `spreadsheetId` of the emulated Drive: the API addresses any file by
 * id, not only the one the add-on runs in. Unknown (or deleted) → 404; no access → 403.
 */
function fileCtx(ctx: EmulatorContext, spreadsheetId: string, error: (code: number, message: string) => Error): EmulatorContext {
  const data = filesOf(ctx).get(String(spreadsheetId));
  if (!data) throw error(404, 'Requested entity was not found.');
  if (!canEditFile(data, ctx.effectiveUser)) throw error(403, 'The caller does not have permission');
  return pinnedTo(ctx, data);
}

/**
 * Both reads are GETs whose ranges travel in the URL: past Google's URL length (core/google-limits
 * URL_CHARS, third-party figure, the stricter reading) the request is refused and nothing is read.
 */
function refuseLongUrl(path: string, ranges: readonly string[], args: object, error: (message: string) => Error): void {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) if (k !== 'ranges' && v !== undefined) params[k] = String(v);
  const n = getUrlLength(path, ranges.map(String), params);
  if (n > URL_CHARS) throw error(`Request-URI Too Large: the request URL is ${n} characters, over ${URL_CHARS}`);
}

const getError = (code: number, message: string) =>
  new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.get failed with error: ${message} (HTTP ${code})`);
const filterError = (code: number, message: string) =>
  new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.getByDataFilter failed with error: ${message} (HTTP ${code})`);

export function createSheetsApi(ctx: EmulatorContext): SheetsAdvancedService {
  return {
    Spreadsheets: {
      Values: {
        batchGet(spreadsheetId: string, optionalArgs: BatchGetOptions): BatchGetResponse {
          ctx.calls.record('Sheets.Spreadsheets.Values.batchGet');
          chargeRead(ctx, 'values.batchGet');
          const file = fileCtx(ctx, spreadsheetId, (code, msg) => apiError('batchGet', code, msg));
          const ranges = optionalArgs?.ranges === undefined ? [] : ([] as string[]).concat(optionalArgs.ranges);
          refuseLongUrl(`${spreadsheetId}/values:batchGet`, ranges, optionalArgs, (msg) => apiError('batchGet', 414, msg));
          const valueRanges = ranges.map((a1): ValueRange => {
            const { sheet, grid } = resolve(file, String(a1));
            const values = readRange(file, sheet, grid, optionalArgs);
            return { range: a1Of(sheet, grid), majorDimension: 'ROWS', ...(values.length ? { values } : {}) };
          });
          const response = { spreadsheetId, valueRanges };
          const kb = Math.ceil(Buffer.byteLength(JSON.stringify(response), 'utf8') / 1024);
          for (let i = 0; i < kb; i++) ctx.calls.record('SheetsApi.transferKB');
          return response;
        },
      },
      get(spreadsheetId: string, optionalArgs?: GetOptions): Record<string, unknown> {
        ctx.calls.record('Sheets.Spreadsheets.get');
        chargeRead(ctx, 'get');
        const file = fileCtx(ctx, spreadsheetId, (code, msg) => getError(code, msg));
        refuseLongUrl(spreadsheetId, optionalArgs?.ranges === undefined ? [] : ([] as string[]).concat(optionalArgs.ranges), optionalArgs ?? {}, (msg) => getError(414, msg));
        let response: Record<string, unknown>;
        try {
          const ranges = optionalArgs?.ranges === undefined ? [] : ([] as string[]).concat(optionalArgs.ranges).map((a1) => resolve(file, String(a1)));
          response = spreadsheetsGet(file, spreadsheetId, optionalArgs, ranges);
        } catch (e) {
          throw e instanceof UncomputedFormulaError || /GoogleJsonResponseException/.test(String(e)) ? e : getError(400, e instanceof Error ? e.message : String(e));
        }
        const kb = Math.ceil(Buffer.byteLength(JSON.stringify(response), 'utf8') / 1024);
        for (let i = 0; i < kb; i++) ctx.calls.record('SheetsApi.transferKB');
        return response;
      },
      getByDataFilter(resource: { dataFilters?: DataFilter[]; includeGridData?: boolean }, spreadsheetId: string, optionalArgs?: { fields?: string }): Record<string, unknown> {
        ctx.calls.record('Sheets.Spreadsheets.getByDataFilter');
        chargeRead(ctx, 'getByDataFilter');
        const file = fileCtx(ctx, spreadsheetId, (code, msg) => filterError(code, msg));
        let response: Record<string, unknown>;
        try {
          const ranges = (resource?.dataFilters ?? []).map((f) => {
            if (f.gridRange) return gridOfFilter(file, f.gridRange);
            if (f.a1Range !== undefined) return resolve(file, String(f.a1Range));
            throw new Error('this data filter is not modelled by the emulator (gridRange and a1Range are)');
          });
          response = spreadsheetsGet(file, spreadsheetId, { fields: optionalArgs?.fields, includeGridData: resource?.includeGridData }, ranges);
        } catch (e) {
          throw e instanceof UncomputedFormulaError || /GoogleJsonResponseException/.test(String(e)) ? e : filterError(400, e instanceof Error ? e.message : String(e));
        }
        const kb = Math.ceil(Buffer.byteLength(JSON.stringify(response), 'utf8') / 1024);
        for (let i = 0; i < kb; i++) ctx.calls.record('SheetsApi.transferKB');
        return response;
      },
      batchUpdate(resource: BatchUpdateRequest, spreadsheetId: string): BatchUpdateResponse {
        ctx.calls.record('Sheets.Spreadsheets.batchUpdate');
        chargeWrite(ctx, 'batchUpdate');
        // What the request carries is what crosses the network here (the reply is a few bytes).
        const kb = Math.ceil(Buffer.byteLength(JSON.stringify(resource ?? {}), 'utf8') / 1024);
        for (let i = 0; i < kb; i++) ctx.calls.record('SheetsApi.transferKB');
        const file = fileCtx(ctx, spreadsheetId, updateError);
        return applyBatchUpdate(file, resource, spreadsheetId);
      },
    },
  };
}
