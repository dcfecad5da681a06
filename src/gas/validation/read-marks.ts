/**
 * The notes and fills under many tabs' tables in one request: Sheets.Spreadsheets.get with one
 * range per tab and a fields mask that keeps only each cell's note and background, instead of a
 * getNotes and a getBackgrounds per tab (two round trips each). The answer is in getNotes /
 * getBackgrounds' shape ('' for no note, '#ffffff' for no fill), so marks are planned the same way.
 * Asked for, the same request brings the effective number format of the grid's numbers: Kiểm tra
 * reads values with dates as serials, and a number formatted as a date, time or date-time is one
 * (what getValues makes a Date), which saves a second values request per file.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * https://developers.google.com/workspace/sheets/api/guides/field-masks
 *
 * A request over the read quota waits and is asked again (sheets-backoff). Without the advanced
 * service, or when the request fails, the map is empty and each tab's marks
 * read their own block with SpreadsheetApp (marks.applyMarks), as before.
 */
import type { MarkCells } from './marks';
import { columnLetter } from './table';
import { quote, rangesThatFit } from '../sheets-batch';
import { withReadBackoff } from '../sheets-backoff';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows top..bottom (1-based), columns 1..width of one tab. */
export interface Area { top: number; bottom: number; width: number }
/** `numbers`: also read the number format of this box's cells (the grid's numbers: which are dates). */
export interface MarkBlock extends Area { sheetId: number; name: string; numbers?: Area | null }
/** The block's notes and fills, and (when numbers were asked) a cell's effective number format type, 1-based. */
export interface MarkRead extends MarkCells { typeAt?(row: number, column: number): string | undefined }

// The official Sheets v4 typings (@types/google-apps-script); `Sheets` is the advanced service's global.
type ApiGrid = GoogleAppsScript.Sheets.Schema.GridData;
type SheetsGetService = GoogleAppsScript.Sheets;

/**
 * The mask Kiểm tra reads marks with (the conformance kit times and checks the same request). The
 * number format's type tells a date's serial from a number, as getValues would (a Date), without a
 * second values request; a cell's validation type, where the Ghi chú dropdown is (check-tab's rules).
 */
export const FIELDS = 'sheets(properties/sheetId,data(rowData/values(note,userEnteredFormat/backgroundColorStyle,effectiveFormat/numberFormat/type,dataValidation/condition/type)))';


export function readMarkCells(ss: Spreadsheet, blocks: readonly MarkBlock[]): Map<number, MarkRead> {
  const wanted = blocks.map((b) => ({ b, range: rangeOf(b) })).filter((x) => x.range.bottom >= x.range.top && x.range.width > 0);
  const api = typeof Sheets === 'undefined' || typeof Sheets?.Spreadsheets?.get !== 'function' ? null : Sheets;
  try {
    if (api && wanted.length > 0) return readWithApi(api, ss.getId(), wanted);
  } catch (e) {
    console.warn(`Sheets API get: ${e instanceof Error ? e.message : String(e)}`);
  }
  return new Map();
}

/** What is read of a tab: its block, grown to cover the numbers whose formats are asked. */
function rangeOf(b: MarkBlock): Area {
  const n = b.numbers;
  if (!n) return { top: b.top, bottom: b.bottom, width: b.width };
  if (b.bottom < b.top || b.width < 1) return n;
  return { top: Math.min(b.top, n.top), bottom: Math.max(b.bottom, n.bottom), width: Math.max(b.width, n.width) };
}

function readWithApi(api: SheetsGetService, id: string, blocks: readonly { b: MarkBlock; range: Area }[]): Map<number, MarkRead> {
  const out = new Map<number, MarkRead>();
  const all = blocks.map(({ b, range: r }) => `${quote(b.name)}!A${r.top}:${columnLetter(r.width)}${r.bottom}`);
  // Ranges travel in the request URL: as many per request as it carries (sheets-batch.rangesThatFit).
  for (let at = 0, n = 0; at < blocks.length; at += n) {
    n = rangesThatFit(id, all.slice(at), { fields: FIELDS });
    const chunk = blocks.slice(at, at + n);
    const ranges = all.slice(at, at + n);
    const bySheet = new Map<number, ApiGrid>();
    // One range per tab: the sheet's only GridData is its range (a sheetId of 0 is left out of the JSON).
    for (const s of withReadBackoff(() => api.Spreadsheets.get(id, { ranges, fields: FIELDS })).sheets ?? []) bySheet.set(s.properties?.sheetId ?? 0, s.data?.[0] ?? {});
    for (const { b, range } of chunk) {
      const grid = bySheet.get(b.sheetId);
      const rows = grid?.rowData ?? [];
      const cells: MarkRead = cellsOf({ rowData: rows.slice(b.top - range.top) }, b);
      // A tab missing from the answer tells no formats: its caller reads its dates another way.
      if (b.numbers && grid) cells.typeAt = (row, column) => rows[row - range.top]?.values?.[column - 1]?.effectiveFormat?.numberFormat?.type ?? undefined;
      out.set(b.sheetId, cells);
    }
  }
  return out;
}

/** Rows b.top..b.bottom of a block whose first row is `grid`'s first, in getNotes / getBackgrounds' shape. */
export function cellsOf(grid: ApiGrid | undefined, b: Pick<MarkBlock, 'top' | 'bottom' | 'width'>): MarkCells {
  const rows = b.bottom - b.top + 1;
  const notes: string[][] = [];
  const backgrounds: string[][] = [];
  const rules: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const values = grid?.rowData?.[i]?.values ?? [];
    const n: string[] = [];
    const bg: string[] = [];
    const l: string[] = [];
    for (let j = 0; j < b.width; j++) {
      n.push(values[j]?.note ?? '');
      bg.push(hex(values[j]?.userEnteredFormat?.backgroundColorStyle?.rgbColor));
      l.push(values[j]?.dataValidation?.condition?.type ?? '');
    }
    notes.push(n);
    backgrounds.push(bg);
    rules.push(l);
  }
  return { notes, backgrounds, rules };
}

/** getBackgrounds' form: '#rrggbb', white for no fill; a component left out of the JSON is 0. */
function hex(c: GoogleAppsScript.Sheets.Schema.Color | undefined): string {
  if (!c) return '#ffffff';
  const ch = (x: number | undefined) => Math.round(Math.min(1, Math.max(0, x ?? 0)) * 255).toString(16).padStart(2, '0');
  return `#${ch(c.red)}${ch(c.green)}${ch(c.blue)}`;
}
