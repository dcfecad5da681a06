/**
 * The notes and fills under many tabs' tables in one request: Sheets.Spreadsheets.get with one
 * range per tab and a fields mask that keeps only each cell's note and background, instead of a
 * getNotes and a getBackgrounds per tab (two round trips each). The answer is in getNotes /
 * getBackgrounds' shape ('' for no note, '#ffffff' for no fill), so marks are planned the same way.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * https://developers.google.com/workspace/sheets/api/guides/field-masks
 *
 * Without the advanced service, or when the request fails, the map is empty and each tab's marks
 * read their own block with SpreadsheetApp (marks.applyMarks), as before.
 */
import type { MarkCells } from './marks';
import { columnLetter } from './table';
import { quote, rangesThatFit } from '../sheets-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows top..bottom (1-based), columns 1..width of one tab. */
export interface MarkBlock { sheetId: number; name: string; top: number; bottom: number; width: number }

// The official Sheets v4 typings (@types/google-apps-script); `Sheets` is the advanced service's global.
type ApiGrid = GoogleAppsScript.Sheets.Schema.GridData;
type SheetsGetService = GoogleAppsScript.Sheets;

/** The mask Kiểm tra reads marks with (the conformance kit times and checks the same request). */
export const FIELDS = 'sheets(properties/sheetId,data(rowData/values(note,userEnteredFormat/backgroundColorStyle)))';


export function readMarkCells(ss: Spreadsheet, blocks: readonly MarkBlock[]): Map<number, MarkCells> {
  const wanted = blocks.filter((b) => b.bottom >= b.top && b.width > 0);
  const api = typeof Sheets === 'undefined' || typeof Sheets?.Spreadsheets?.get !== 'function' ? null : Sheets;
  try {
    if (api && wanted.length > 0) return readWithApi(api, ss.getId(), wanted);
  } catch (e) {
    console.warn(`Sheets API get: ${e instanceof Error ? e.message : String(e)}`);
  }
  return new Map();
}

function readWithApi(api: SheetsGetService, id: string, blocks: readonly MarkBlock[]): Map<number, MarkCells> {
  const out = new Map<number, MarkCells>();
  const all = blocks.map((b) => `${quote(b.name)}!A${b.top}:${columnLetter(b.width)}${b.bottom}`);
  // Ranges travel in the request URL: as many per request as it carries (sheets-batch.rangesThatFit).
  for (let at = 0, n = 0; at < blocks.length; at += n) {
    n = rangesThatFit(id, all.slice(at), { fields: FIELDS });
    const chunk = blocks.slice(at, at + n);
    const ranges = all.slice(at, at + n);
    const bySheet = new Map<number, ApiGrid>();
    // One range per tab: the sheet's only GridData is its block (a sheetId of 0 is left out of the JSON).
    for (const s of api.Spreadsheets.get(id, { ranges, fields: FIELDS }).sheets ?? []) bySheet.set(s.properties?.sheetId ?? 0, s.data?.[0] ?? {});
    for (const b of chunk) out.set(b.sheetId, cellsOf(bySheet.get(b.sheetId), b));
  }
  return out;
}

/** Rows b.top..b.bottom of a block whose first row is `grid`'s first, in getNotes / getBackgrounds' shape. */
export function cellsOf(grid: ApiGrid | undefined, b: Pick<MarkBlock, 'top' | 'bottom' | 'width'>): MarkCells {
  const rows = b.bottom - b.top + 1;
  const notes: string[][] = [];
  const backgrounds: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const values = grid?.rowData?.[i]?.values ?? [];
    const n: string[] = [];
    const bg: string[] = [];
    for (let j = 0; j < b.width; j++) {
      n.push(values[j]?.note ?? '');
      bg.push(hex(values[j]?.userEnteredFormat?.backgroundColorStyle?.rgbColor));
    }
    notes.push(n);
    backgrounds.push(bg);
  }
  return { notes, backgrounds };
}

/** getBackgrounds' form: '#rrggbb', white for no fill; a component left out of the JSON is 0. */
function hex(c: GoogleAppsScript.Sheets.Schema.Color | undefined): string {
  if (!c) return '#ffffff';
  const ch = (x: number | undefined) => Math.round(Math.min(1, Math.max(0, x ?? 0)) * 255).toString(16).padStart(2, '0');
  return `#${ch(c.red)}${ch(c.green)}${ch(c.blue)}`;
}
