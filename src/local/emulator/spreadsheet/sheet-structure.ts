/**
 * Inserting and deleting rows/columns: everything anchored to lines moves with them (cells with
 * their notes, formats and validations; merges; protections and their unprotected ranges;
 * conditional formats; the filter; charts; row/column developer metadata; sizes).
 *
 * Inserted lines carry nothing: no values, formats nor data validation. Google documents that an
 * insert extends the "dimension properties" of its neighbours (InsertDimensionRequest's
 * inheritFromBefore, whose example is a background), not whether cell formats or validation rules
 * come with them, and no live evidence was found (see test/validation-gas/check-units.emulator.test.ts);
 * bare lines are the stricter case for the add-on, which restores its rules itself.
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

/** Shifts every line-anchored thing of `sheet` for an insert (before `at`) or delete (of `at`…). */
export function shiftLines(data: SpreadsheetData, sheet: SheetData, axis: Axis, at: number, n: number, insert: boolean): void {
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
