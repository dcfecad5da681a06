/**
 * The add-on's own records that grow with the campaign (one per unit), kept in a hidden sheet
 * "Dữ liệu tiện ích" rather than in developer metadata, which holds at most 30,000 characters per
 * location (developers.google.com/workspace/sheets/api/guides/metadata). The sheet is found only by
 * its spreadsheet-level tag (dvk.state), never by name, is protected so that only the coordinators
 * (and the owner) can write it, and travels with the file like metadata did. One row per record:
 * key ("kind:name"), JSON. Both columns are plain text ('@', set before any value), so nothing
 * written is parsed as a number or a date.
 */
import { protectSheet } from '../setup/protect';
import { createRoleSheet, idsByMetadata, sheetByMetadata } from '../setup/tracking';
import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const STATE_KEY = 'dvk.state';
export const STATE_SHEET_NAME = 'Dữ liệu tiện ích';

export interface StateRows {
  sheet: Sheet | null;
  /** key → row (1-based) and stored JSON; the first row of a key wins. */
  rows: Map<string, { row: number; value: string }>;
  last: number;
}

/** One metadata read (none given the file's layout), then one getValues of the sheet when it exists. */
export function readState(ss: Spreadsheet, layout?: FileLayout | null): StateRows {
  // The values a job read in its batch (layout.grids) save the read, and the Sheet is fetched only to write.
  const id = layout?.grids ? idsByMetadata(layout, [STATE_KEY])[0] : undefined;
  const read = id === undefined || id === null ? undefined : layout!.grids!.get(id);
  if (read) {
    const st = stateOf(null, read);
    let sheet: Sheet | null | undefined;
    return Object.defineProperty(st, 'sheet', { enumerable: true, get: () => (sheet === undefined ? (sheet = layout!.sheet(id!)) : sheet), set: (s: Sheet | null) => { sheet = s; } });
  }
  const sheet = sheetByMetadata(ss, STATE_KEY, layout);
  return stateOf(sheet, sheet ? sheet.getDataRange().getValues() : [[]]);
}

function stateOf(sheet: Sheet | null, grid: unknown[][]): StateRows {
  const rows = new Map<string, { row: number; value: string }>();
  grid.forEach((r, i) => {
    const k = String(r[0] ?? '');
    if (i > 0 && k && !rows.has(k)) rows.set(k, { row: i + 1, value: String(r[1] ?? '') });
  });
  return { sheet, rows, last: grid.length };
}

function textRows(sheet: Sheet, from: number, count: number): void {
  sheet.getRange(from, 1, count, 2).setNumberFormat('@');
}

/**
 * Writes `changed` (key → JSON): a record already there in its own row, new ones after the last;
 * rows that follow each other go in one setValues. Makes the sheet on first use.
 */
export function writeState(ss: Spreadsheet, st: StateRows, changed: ReadonlyMap<string, string>, coordinators: readonly string[], who: { me: string; owner: string }): void {
  if (changed.size === 0) return;
  let sheet = st.sheet;
  if (!sheet) {
    sheet = createRoleSheet(ss, STATE_KEY, STATE_SHEET_NAME).sheet;
    textRows(sheet, 1, sheet.getMaxRows());
    sheet.getRange(1, 1, 1, 2).setValues([['Khoá', 'JSON']]);
    sheet.hideSheet();
    protectSheet(sheet, coordinators, STATE_SHEET_NAME, who);
    st.sheet = sheet;
  }
  const put = [...changed].map(([key, value]) => {
    const row = st.rows.get(key)?.row ?? ++st.last;
    st.rows.set(key, { row, value });
    return { row, cells: [key, value] };
  }).sort((a, b) => a.row - b.row);
  const max = sheet.getMaxRows();
  if (st.last > max) {
    sheet.insertRowsAfter(max, st.last - max);
    textRows(sheet, max + 1, st.last - max);
  }
  for (let i = 0, j = 1; i < put.length; i = j++) {
    while (j < put.length && put[j].row === put[j - 1].row + 1) j++;
    sheet.getRange(put[i].row, 1, j - i, 2).setValues(put.slice(i, j).map((p) => p.cells));
  }
}
