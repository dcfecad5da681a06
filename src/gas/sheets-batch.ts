/**
 * Reading many tabs at once. SpreadsheetApp needs one round trip per tab (getValues); the Sheets
 * advanced service reads many ranges in one request (spreadsheets.values.batchGet), which is what
 * makes the full summary, Kiểm tra and the reminder day fit in a few seconds at 300 units.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 *
 * The grids returned equal what getDataRange().getValues() returns: '' for empty cells, numbers,
 * booleans, text, and Dates for date cells. The API gives a date cell as its shown text under
 * FORMATTED_STRING and as a serial number under SERIAL_NUMBER; text is text under both. So the tabs
 * are read once with FORMATTED_STRING, then only the cells whose text looks like a date or time
 * ("18/05/2021", "30/06/2021 14:30", "14:30") are read again as SERIAL_NUMBER (a small second
 * request over those cells' box): a cell that is a number there is a date, converted from its serial
 * in the spreadsheet's time zone; text typed to look like a date stays text. A date shown through a
 * custom format with words ("tháng 5 năm 2021") is not recognised and would stay text.
 *
 * A request over the Sheets API's read quota waits and is asked again (sheets-backoff). Without the
 * advanced service (typeof Sheets === 'undefined', or a request failing, the quota still exhausted
 * after a minute's back-off among them) each tab is read with getValues, as before.
 */
import { instantOfWall } from './zone-offset';
import { URL_CHARS, getUrlLength } from '../core/google-limits';
import { withReadBackoff } from './sheets-backoff';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** A tab whose id and name the caller knows already (readTracking has them): saves two getters a tab. */
export interface TabRef { sheet: Sheet; sheetId: number; name: string }

export type GridValue = string | number | boolean | Date;
type ApiValue = string | number | boolean;

// The official Sheets v4 typings (@types/google-apps-script); `Sheets` is the advanced service's global.
type ValueRange = GoogleAppsScript.Sheets.Schema.ValueRange;
type SheetsService = GoogleAppsScript.Sheets;

/** One response stays well under the ≈ 10 MB the API allows; 5 MB also keeps one parse short. */
export const MAX_RESPONSE_BYTES = 5 * 1024 * 1024;
/** Ranges travel in the request URL: at most this many, and no more than fit in its length (rangesThatFit). */
export const MAX_RANGES_PER_REQUEST = 100;
/** Room left in the URL for parameters the Apps Script client may add itself (alt, prettyPrint): not documented. */
const URL_MARGIN = 256;
/** Before any response is seen, assume a tab of 200 rows × 20 columns of ≈ 20 bytes. */
const FIRST_GUESS_BYTES_PER_TAB = 200 * 20 * 20;

export const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

/**
 * How many of `ranges`, from the first, one GET may carry (at least one, at most `max`): a batchGet
 * or a Spreadsheets.get with ranges puts them all in its URL, which Google caps (core/google-limits
 * URL_CHARS): long Vietnamese tab names, percent-encoded, run past it well before 100 ranges.
 */
export function rangesThatFit(path: string, ranges: readonly string[], params: Readonly<Record<string, string>>, max = MAX_RANGES_PER_REQUEST): number {
  let length = getUrlLength(path, [], params) + URL_MARGIN;
  let n = 0;
  while (n < Math.min(max, ranges.length) && (length += 8 + encodeURIComponent(ranges[n]).length) <= URL_CHARS) n++;
  return Math.max(1, n);
}

function sheetsService(): SheetsService | null {
  return typeof Sheets === 'undefined' || !Sheets?.Spreadsheets?.Values ? null : Sheets;
}

/**
 * What a run's earlier reads learnt of one tab's response size (readTabGrids updates it): the first
 * request to the next file is sized by it instead of the first guess, which at 80 KB a tab (unit
 * tabs read ≈ 8 KB) would cut a member's 100 tabs into two requests, each with its date re-read.
 */
export interface TabSize { bytesPerTab?: number }

/** A sheet's grid size (max rows and columns, as getMaxRows/getMaxColumns). */
export interface Extent { rows: number; columns: number }

/**
 * Every tab's values by sheet id, as getDataRange().getValues() returns them. `extents`, when
 * given, receives each tab's grid size from the same response (API path only): a whole sheet asked for is echoed
 * as its whole grid ("For output, this range indicates the entire requested range, even though the
 * values will exclude trailing rows and columns": reference/rest/v4/spreadsheets.values#ValueRange).
 */
export function readTabGrids(ss: Spreadsheet, sheets: readonly (Sheet | TabRef)[], extents?: Map<number, Extent>, size?: TabSize): Map<number, GridValue[][]> {
  const tabs = sheets.map((s): TabRef => ('sheet' in s ? s : { sheet: s, sheetId: s.getSheetId(), name: s.getName() }));
  const api = sheetsService();
  if (api && sheets.length > 0) {
    try {
      return readWithApi(api, ss, tabs, 'FORMATTED_STRING', extents, size);
    } catch (e) {
      // The service may be switched off in the project or over its quota: the slow path still works.
      console.warn(`Sheets API batchGet không dùng được, đọc từng trang tính: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  // Without the API no extent is given: a caller that needs one asks the sheet.
  return new Map(tabs.map((t) => [t.sheetId, t.sheet.getDataRange().getValues() as GridValue[][]]));
}

/** "'Tab'!A1:Z1000" → 1000 rows × 26 columns; null when the echo is not a box from A1. */
export function extentOfEcho(range: string | undefined): Extent | null {
  const m = /!A1:([A-Z]+)(\d+)$/.exec(range ?? '');
  if (!m) return null;
  const columns = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { rows: Number(m[2]), columns };
}

/**
 * Every tab's values by sheet id with date and time cells left as their serial numbers
 * (SERIAL_NUMBER), for a caller that learns which numbers are dates from a read it makes anyway
 * (Kiểm tra's notes and fills, with each cell's effective number format: read-marks.ts), instead
 * of the second request over date-like text. Null without the advanced service or when it fails.
 */
export function readTabSerials(ss: Spreadsheet, tabs: readonly TabRef[]): Map<number, GridValue[][]> | null {
  const api = sheetsService();
  if (!api || tabs.length === 0) return null;
  try {
    return readWithApi(api, ss, tabs, 'SERIAL_NUMBER');
  } catch (e) {
    console.warn(`Sheets API batchGet không dùng được, đọc từng trang tính: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}

function readWithApi(api: SheetsService, ss: Spreadsheet, tabs: readonly TabRef[], dates: 'FORMATTED_STRING' | 'SERIAL_NUMBER' = 'FORMATTED_STRING', extents?: Map<number, Extent>, size?: TabSize): Map<number, GridValue[][]> {
  const id = ss.getId();
  const timeZone = dates === 'FORMATTED_STRING' ? ss.getSpreadsheetTimeZone() : '';
  const out = new Map<number, GridValue[][]>();
  let bytesPerTab = size?.bytesPerTab ?? FIRST_GUESS_BYTES_PER_TAB;
  for (let at = 0; at < tabs.length;) {
    const byBytes = Math.max(1, Math.min(MAX_RANGES_PER_REQUEST, Math.floor(MAX_RESPONSE_BYTES / bytesPerTab)));
    const ranges = tabs.slice(at, at + byBytes).map((t) => quote(t.name));
    const n = rangesThatFit(`${id}/values:batchGet`, ranges, params(dates), byBytes);
    const chunk = tabs.slice(at, at + n);
    const raw = batchGet(api, id, ranges.slice(0, n), dates);
    const grids = chunk.map((_, i) => padGrid(raw[i]?.values ?? []));
    if (dates === 'FORMATTED_STRING') restoreDates(api, id, chunk.map((t) => t.name), grids, timeZone);
    chunk.forEach((t, i) => {
      out.set(t.sheetId, grids[i]);
      const e = extents && extentOfEcho(raw[i]?.range);
      if (e) extents!.set(t.sheetId, e);
    });
    bytesPerTab = Math.max(1, approxBytes(raw) / chunk.length);
    at += chunk.length;
  }
  if (size) size.bytesPerTab = bytesPerTab;
  return out;
}

const params = (dateTimeRenderOption: string) => ({ valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption });

/** One batchGet per as many ranges as one URL carries; the value ranges in the order asked. */
function batchGet(api: SheetsService, id: string, ranges: string[], dateTimeRenderOption: string): ValueRange[] {
  const out: ValueRange[] = [];
  for (let at = 0; at < ranges.length;) {
    const n = rangesThatFit(`${id}/values:batchGet`, ranges.slice(at), params(dateTimeRenderOption));
    // Over the read quota (HTTP 429) the request waits and is asked again (sheets-backoff).
    const got = withReadBackoff(() => api.Spreadsheets.Values.batchGet(id, { ranges: ranges.slice(at, at + n), ...params(dateTimeRenderOption) })).valueRanges ?? [];
    for (let i = 0; i < n; i++) out.push(got[i] ?? {});
    at += n;
  }
  return out;
}

/** getValues' shape: every row as wide as the widest, trailing empty cells as ''. */
export function padGrid(values: readonly ApiValue[][]): GridValue[][] {
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  if (values.length === 0) return [['']]; // getDataRange of an empty sheet is A1
  return values.map((r) => {
    const row: GridValue[] = r.slice();
    while (row.length < width) row.push('');
    return row;
  });
}

/** Shown dates and times: 18/05/2021, 2021-05-18, 18.05.2021 14:30, 14:30:05. */
const DATE_LIKE = /^(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{1,2}:\d{2}(:\d{2})?)$/;

/**
 * Turns date cells into Dates: one SERIAL_NUMBER request over the box of each tab's date-like text
 * tells dates (now numbers) from text that only looks like one (still text).
 */
function restoreDates(api: SheetsService, id: string, names: readonly string[], grids: GridValue[][][], timeZone: string): void {
  const boxes = grids.map(dateLikeBox);
  const asked = boxes.map((b, i) => ({ b, i })).filter((x): x is { b: Box; i: number } => x.b !== null);
  if (asked.length === 0) return;
  const serials = batchGet(api, id, asked.map(({ b, i }) => `${quote(names[i])}!${a1(b)}`), 'SERIAL_NUMBER');
  asked.forEach(({ b, i }, k) => {
    const values = serials[k]?.values ?? [];
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) {
        const shown = grids[i][r][c];
        const serial = values[r - b.top]?.[c - b.left];
        if (typeof shown === 'string' && typeof serial === 'number') grids[i][r][c] = dateOfSerial(serial, timeZone);
      }
    }
  });
}

interface Box { top: number; left: number; bottom: number; right: number }

function dateLikeBox(grid: GridValue[][]): Box | null {
  let box: Box | null = null;
  grid.forEach((row, r) => row.forEach((v, c) => {
    if (typeof v !== 'string' || !DATE_LIKE.test(v)) return;
    box = box ? { top: Math.min(box.top, r), left: Math.min(box.left, c), bottom: Math.max(box.bottom, r), right: Math.max(box.right, c) } : { top: r, left: c, bottom: r, right: c };
  }));
  return box;
}

function a1(b: Box): string {
  const col = (n: number) => {
    let s = '';
    for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
    return s;
  };
  return `${col(b.left)}${b.top + 1}:${col(b.right)}${b.bottom + 1}`;
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * Effective number format types that make a number a date, time or date-time: getValues gives such
 * a cell as a Date (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#NumberFormatType).
 */
export const DATE_TYPES: ReadonlySet<string> = new Set(['DATE', 'TIME', 'DATE_TIME']);

/** The instant whose wall time in `timeZone` is the serial's (days since 30/12/1899). */
export function dateOfSerial(serial: number, timeZone: string): Date {
  return new Date(instantOfWall(SERIAL_EPOCH_UTC + Math.round(serial * DAY_MS), timeZone));
}

/** A response's size, roughly (characters of its values), to size the next request. */
function approxBytes(ranges: readonly ValueRange[]): number {
  let n = 0;
  for (const r of ranges) for (const row of r.values ?? []) for (const v of row) n += String(v).length + 3;
  return n;
}
