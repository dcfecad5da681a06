/**
 * An edit's one read: a Sheets.Spreadsheets.getByDataFilter with a fields mask, naming sheets by id
 * (a renamed tab or Tổng hợp is still found), brings the edited tab's values
 * (as getDataRange().getValues() gives them), its notes and fills (what the marks are planned
 * against), its own developer metadata (whose tab it is), the rows of Tổng hợp an edit's refresh
 * needs, and the spreadsheet's own developer metadata (whether the hourly rebuild holds the file's
 * claim; in a member, its hub and the hub's config stamp), instead of a getValues, a getNotes
 * and a getBackgrounds of the tab plus a getSheetById and a getValues of Tổng hợp.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/getByDataFilter
 *   (the portions that intersect the filters' ranges; with a field mask, only its fields)
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells (CellData.effectiveValue:
 *   a formula's computed value; a date is its serial number, told apart by its effective number format)
 *
 * Values as getValues returns them: a number whose effective format is a date, time or date-time
 * is a Date (its serial read in the spreadsheet's time zone); an error is its code ("#N/A"). The
 * tab's extent is its last row and column holding a value (a formula showing "" does not extend it).
 * Without the advanced service, or when the request fails, the caller reads with SpreadsheetApp: over
 * the read quota (HTTP 429) too, at once, since that is a few reads, cheaper than a back-off's wait.
 */
import type { SheetValue } from '../../core/unit-tab/entry';
import type { MarkCells } from './marks';
import { cellsOf } from './read-marks';
import { DATE_TYPES, dateOfSerial } from '../sheets-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ApiCell = GoogleAppsScript.Sheets.Schema.CellData;
type ApiGrid = GoogleAppsScript.Sheets.Schema.GridData;

/** The mask of an edit's read (the conformance kit checks the same request). */
export const EDIT_FIELDS = 'properties/timeZone,developerMetadata(metadataKey,metadataValue),'
  + 'sheets(properties/sheetId,developerMetadata(metadataKey,metadataValue),data(startRow,startColumn,rowData/values(effectiveValue,effectiveFormat/numberFormat/type,note,userEnteredFormat/backgroundColorStyle,dataValidation/condition/type)))';

/**
 * Rows 1..rows, columns 1..width of a sheet known by id (Tổng hợp); with `ranges`, only those
 * [row0, row1, col0, col1) grid ranges of it (0-based, ends excluded): a cell is billed by its
 * bytes whether or not the caller looks at it.
 */
export interface BlockAsk { sheetId: number; rows: number; width: number; ranges?: readonly (readonly [number, number, number, number])[] }

/** The block's ranges, clipped to it, empty ones left out. */
function blockRanges(b: BlockAsk): [number, number, number, number][] {
  const all = b.ranges ?? [[0, b.rows, 0, b.width]];
  return all.map(([r0, r1, c0, c1]): [number, number, number, number] => [Math.max(0, r0), Math.min(b.rows, r1), Math.max(0, c0), Math.min(b.width, c1)])
    .filter(([r0, r1, c0, c1]) => r0 < r1 && c0 < c1);
}

export interface EditRead {
  /** The tab's values, as getDataRange().getValues() returns them. */
  grid: SheetValue[][];
  /** The tab's notes and fills over rows top..bottom, columns 1..width. */
  cells(top: number, bottom: number, width: number): MarkCells;
  /** The asked block, as getValues returns it. */
  block?: SheetValue[][];
  /** The spreadsheet's own developer metadata. */
  metadata: Tag[];
  /** The edited tab's own developer metadata. */
  tabMetadata: Tag[];
}

interface Tag { key: string; value: string }
const tags = (list: GoogleAppsScript.Sheets.Schema.DeveloperMetadata[] | undefined): Tag[] =>
  (list ?? []).map((m) => ({ key: String(m.metadataKey ?? ''), value: String(m.metadataValue ?? '') }));

/** ErrorValue.type as getValues shows it. */
const ERRORS: Record<string, string> = {
  NULL_VALUE: '#NULL!', DIVIDE_BY_ZERO: '#DIV/0!', VALUE: '#VALUE!', REF: '#REF!', NAME: '#NAME?', NUM: '#NUM!', N_A: '#N/A', LOADING: 'Loading...',
};

function valueOf(c: ApiCell | undefined, timeZone: string): SheetValue {
  const v = c?.effectiveValue;
  if (!v) return '';
  if (typeof v.numberValue === 'number') return DATE_TYPES.has(String(c?.effectiveFormat?.numberFormat?.type)) ? dateOfSerial(v.numberValue, timeZone) : v.numberValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  if (typeof v.stringValue === 'string') return v.stringValue;
  return v.errorValue ? ERRORS[String(v.errorValue.type)] ?? '#ERROR!' : '';
}

/** Rows × columns of values from a GridData starting at A1. */
function valuesOf(g: ApiGrid | undefined, rows: number, width: number, timeZone: string): SheetValue[][] {
  return Array.from({ length: rows }, (_, i) => Array.from({ length: width }, (_, j) => valueOf(g?.rowData?.[i]?.values?.[j], timeZone)));
}

/** Rows × columns from several GridData, each placed at its startRow/startColumn; cells not read are "". */
function blockOf(grids: readonly ApiGrid[], rows: number, width: number, timeZone: string): SheetValue[][] {
  const out: SheetValue[][] = Array.from({ length: rows }, () => Array<SheetValue>(width).fill(''));
  for (const g of grids) {
    const r0 = g.startRow ?? 0;
    const c0 = g.startColumn ?? 0;
    (g.rowData ?? []).forEach((r, i) => (r.values ?? []).forEach((c, j) => {
      if (r0 + i < rows && c0 + j < width) out[r0 + i][c0 + j] = valueOf(c, timeZone);
    }));
  }
  return out;
}

/** getDataRange's extent: the last row and column holding a value (A1 when none). */
function extent(g: ApiGrid | undefined): { rows: number; width: number } {
  let rows = 1;
  let width = 1;
  (g?.rowData ?? []).forEach((r, i) => (r.values ?? []).forEach((c, j) => {
    if (c.effectiveValue === undefined || c.effectiveValue.stringValue === '') return;
    rows = Math.max(rows, i + 1);
    width = Math.max(width, j + 1);
  }));
  return { rows, width };
}

export function readForEdit(ss: Spreadsheet, tab: { sheetId: number }, block?: BlockAsk): EditRead | null {
  const api = typeof Sheets === 'undefined' || typeof Sheets?.Spreadsheets?.getByDataFilter !== 'function' ? null : Sheets;
  if (!api) return null;
  const dataFilters: GoogleAppsScript.Sheets.Schema.DataFilter[] = [{ gridRange: { sheetId: tab.sheetId } },
    ...(block ? blockRanges(block).map(([r0, r1, c0, c1]) => ({ gridRange: { sheetId: block.sheetId, startRowIndex: r0, endRowIndex: r1, startColumnIndex: c0, endColumnIndex: c1 } })) : [])];
  try {
    const got = api.Spreadsheets.getByDataFilter({ dataFilters }, ss.getId(), { fields: EDIT_FIELDS });
    const sheetOf = (id: number) => got.sheets?.find((s) => (s.properties?.sheetId ?? 0) === id);
    const data = (id: number) => sheetOf(id)?.data?.[0];
    const own = data(tab.sheetId);
    const other = block ? sheetOf(block.sheetId)?.data ?? [] : undefined;
    if (!own || (block && other!.length !== blockRanges(block).length)) return null;
    const timeZone = got.properties?.timeZone ?? ss.getSpreadsheetTimeZone();
    const size = extent(own);
    return {
      grid: valuesOf(own, size.rows, size.width, timeZone),
      cells: (top, bottom, width) => cellsOf({ rowData: (own.rowData ?? []).slice(top - 1) }, { top, bottom, width }),
      ...(block && other ? { block: blockOf(other, block.rows, block.width, timeZone) } : {}),
      metadata: tags(got.developerMetadata),
      tabMetadata: tags(sheetOf(tab.sheetId)?.developerMetadata),
    };
  } catch (e) {
    // A summary sheet deleted since its id was kept, a smaller Tổng hợp, the service off: read as before.
    console.warn(`Sheets API getByDataFilter: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
