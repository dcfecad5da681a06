/** Geometry of 1-based grid ranges: overlap, containment, and shifting when rows/columns move. */
import type { GridRange } from '../model';

export type Axis = 'ROWS' | 'COLUMNS';

export const lastRow = (g: GridRange) => g.row + g.numRows - 1;
export const lastColumn = (g: GridRange) => g.column + g.numColumns - 1;

export function intersects(a: GridRange, b: GridRange): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.column <= lastColumn(b) && b.column <= lastColumn(a);
}

export function contains(outer: GridRange, inner: GridRange): boolean {
  return outer.row <= inner.row && lastRow(inner) <= lastRow(outer)
    && outer.column <= inner.column && lastColumn(inner) <= lastColumn(outer);
}

export function sameRange(a: GridRange, b: GridRange): boolean {
  return a.row === b.row && a.column === b.column && a.numRows === b.numRows && a.numColumns === b.numColumns;
}

/** Whether every cell of `target` lies in one of `holes` (cell by cell, so holes may tile). */
export function coveredBy(target: GridRange, holes: GridRange[]): boolean {
  if (holes.length === 0) return false;
  for (let r = target.row; r <= lastRow(target); r++) {
    for (let c = target.column; c <= lastColumn(target); c++) {
      if (!holes.some((h) => r >= h.row && r <= lastRow(h) && c >= h.column && c <= lastColumn(h))) return false;
    }
  }
  return true;
}

/** A 1-D span [start, start+count) after inserting `n` lines before line `at`. */
export function shiftSpanInsert(start: number, count: number, at: number, n: number): { start: number; count: number } {
  if (start >= at) return { start: start + n, count };
  if (start + count - 1 >= at) return { start, count: count + n };
  return { start, count };
}

/** A 1-D span after deleting lines [at, at+n); null when the span disappears. */
export function shiftSpanDelete(start: number, count: number, at: number, n: number): { start: number; count: number } | null {
  const end = start + count - 1;
  const delEnd = at + n - 1;
  const removed = Math.max(0, Math.min(end, delEnd) - Math.max(start, at) + 1);
  if (removed === count) return null;
  const newStart = start > delEnd ? start - n : start < at ? start : at;
  return { start: newStart, count: count - removed };
}

export function shiftRange(g: GridRange, axis: Axis, at: number, n: number, insert: boolean): GridRange | null {
  const rows = axis === 'ROWS';
  const start = rows ? g.row : g.column;
  const count = rows ? g.numRows : g.numColumns;
  const s = insert ? shiftSpanInsert(start, count, at, n) : shiftSpanDelete(start, count, at, n);
  if (!s) return null;
  return rows ? { ...g, row: s.start, numRows: s.count } : { ...g, column: s.start, numColumns: s.count };
}
