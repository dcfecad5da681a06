/**
 * Inserting and deleting rows/columns: everything anchored to lines moves with them (cells with
 * their notes, formats and validations; merges; protections and their unprotected ranges;
 * conditional formats; the filter; charts; row/column developer metadata; sizes).
 *
 * What an inserted line inherits, and from which side, is given by the caller (`Inherit`):
 * - Sheets API insertDimension: the one documented case. InsertDimensionRequest.inheritFromBefore:
 *   "Whether dimension properties should be extended from the dimensions before or after the newly
 *   inserted dimensions", its example a row's red or green background
 *   (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest).
 *   So the new lines take the neighbour's size (DimensionProperties.pixelSize,
 *   …/rest/v4/spreadsheets/sheets#DimensionProperties) and each cell its neighbour's background.
 * - SpreadsheetApp's insertRows*, insertColumns*: the reference says nothing of what they carry
 *   (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)).
 *   The emulator takes the background as insertDimension does (the case where the add-on must reset
 *   a mark colour a new row came with), from the side gas-fakes (third party) sends for each method
 *   (src/services/spreadsheetapp/fakesheet.js: After → before, Before and insertRows → after), and
 *   the default size.
 * Nothing else comes with a new line, in either case: no value, note, number format, border, font,
 * alignment or data validation. Google documents none of them, and bare lines are the stricter case
 * (Kiểm tra and the edit put the Ghi chú dropdown back; the printed copy rules inserted rows).
 * The conformance scenario sheets-api.insert-rows-inherit asks Google what each way really carries.
 */
import { cellKey } from '../model';
import type { CellData, GridRange, SheetData, SpreadsheetData } from '../model';
import { type Axis, shiftRange, shiftSpanDelete, shiftSpanInsert } from './grid';
import { shiftRowGroups } from './row-groups';

const keep = <T>(xs: (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

function moveCells(sheet: SheetData, axis: Axis, at: number, n: number, insert: boolean): void {
  const moved = new Map<string, CellData>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(':').map(Number);
    const line = axis === 'ROWS' ? r : c;
    let next = line;
    if (insert) next = line >= at ? line + n : line;
    else if (line >= at && line < at + n) continue;
    else next = line >= at + n ? line - n : line;
    moved.set(axis === 'ROWS' ? cellKey(next, c) : cellKey(r, next), cell);
  }
  sheet.cells = moved;
}

function moveSizes(sizes: Map<number, number>, at: number, n: number, insert: boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const [line, px] of sizes) {
    if (insert) out.set(line >= at ? line + n : line, px);
    else if (line < at) out.set(line, px);
    else if (line >= at + n) out.set(line - n, px);
  }
  return out;
}

/** What inserted lines take from their neighbour: `from` names the side, `size` whether its pixel size comes too. */
export interface Inherit { from: 'before' | 'after'; size: boolean }

/** Each new line's cells take the background of the neighbour's (and the line its size, when asked). */
function inheritLines(sheet: SheetData, axis: Axis, at: number, n: number, how: Inherit): void {
  const source = how.from === 'before' ? at - 1 : at + n;
  const max = axis === 'ROWS' ? sheet.maxRows : sheet.maxColumns;
  if (source < 1 || source > max) return;
  const across = axis === 'ROWS' ? sheet.maxColumns : sheet.maxRows;
  const key = (line: number, k: number) => (axis === 'ROWS' ? cellKey(line, k) : cellKey(k, line));
  for (let k = 1; k <= across; k++) {
    const background = sheet.cells.get(key(source, k))?.background;
    if (!background) continue;
    for (let line = at; line < at + n; line++) sheet.cells.set(key(line, k), { value: '', background });
  }
  const sizes = axis === 'ROWS' ? sheet.rowHeights : sheet.columnWidths;
  const px = sizes.get(source);
  if (how.size && px !== undefined) for (let line = at; line < at + n; line++) sizes.set(line, px);
}

/**
 * Shifts every line-anchored thing of `sheet` for an insert (before `at`) or delete (of `at`…);
 * an insert's new lines then inherit as `inherit` says (none when absent).
 */
export function shiftLines(data: SpreadsheetData, sheet: SheetData, axis: Axis, at: number, n: number, insert: boolean, inherit?: Inherit): void {
  moveCells(sheet, axis, at, n, insert);
  const shift = (g: GridRange) => shiftRange(g, axis, at, n, insert);
  sheet.merges = keep(sheet.merges.map(shift));
  for (const rule of sheet.conditionalFormats) rule.ranges = keep(rule.ranges.map(shift));
  sheet.conditionalFormats = sheet.conditionalFormats.filter((r) => r.ranges.length > 0);
  // Rows inserted inside the filter extend it; deleting all its lines removes it.
  if (sheet.filter) sheet.filter = shift(sheet.filter) ?? undefined;
  for (const chart of sheet.charts) {
    chart.ranges = keep(chart.ranges.map(shift));
    const a = shift({ row: chart.anchor.row, column: chart.anchor.column, numRows: 1, numColumns: 1 });
    if (a) chart.anchor = { row: a.row, column: a.column };
  }
  if (axis === 'ROWS') sheet.rowHeights = moveSizes(sheet.rowHeights, at, n, insert);
  if (axis === 'ROWS') shiftRowGroups(sheet, at, n, insert);
  else sheet.columnWidths = moveSizes(sheet.columnWidths, at, n, insert);
  if (axis === 'COLUMNS') sheet.hiddenColumns = moveSizes(sheet.hiddenColumns, at, n, insert);
  if (axis === 'ROWS') sheet.maxRows += insert ? n : -n;
  else sheet.maxColumns += insert ? n : -n;
  if (insert && inherit) inheritLines(sheet, axis, at, n, inherit);

  data.protections = data.protections.filter((p) => {
    if (p.sheetId !== sheet.id) return true;
    p.unprotectedRanges = keep(p.unprotectedRanges.map(shift));
    if (p.type !== 'RANGE' || !p.range) return true;
    const r = shift(p.range);
    if (!r) return false;
    p.range = r;
    return true;
  });

  const lineType = axis === 'ROWS' ? 'ROW' : 'COLUMN';
  data.developerMetadata = data.developerMetadata.filter((m) => {
    const loc = m.location;
    if (loc.type !== lineType || loc.sheetId !== sheet.id) return true;
    const s = insert ? shiftSpanInsert(loc.start, loc.count, at, n) : shiftSpanDelete(loc.start, loc.count, at, n);
    if (!s) return false;
    loc.start = s.start;
    loc.count = s.count;
    return true;
  });
}
