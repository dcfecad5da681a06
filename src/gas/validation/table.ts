/**
 * Where a unit tab's table sits, found in the grid already read (no extra Sheets call): the
 * column headers' row, each column's position by its header (a unit may move columns), and each
 * content's heading row. Mirrors how core/unit-tab/read.ts finds them, so marks land on the cells
 * the reader took the values from.
 */
import type { Campaign, ColumnKey } from '../../core/campaign';
import { foldText } from '../../core/unit-tab/read';

export interface TableLayout {
  /** 1-based row of STT, Tên mô hình…; 0 when the headers were not found. */
  headerRow: number;
  /** 1-based sheet column of each form column. */
  columns: Record<ColumnKey, number>;
  /** Content id → 1-based row of its "N. Nội dung …" heading. */
  headings: Map<number, number>;
}

export function tableLayout(grid: readonly (readonly unknown[])[], c: Campaign): TableLayout {
  const headerIndex = grid.findIndex((row) => {
    const cells = new Set(row.map(foldText));
    return c.columns.filter((col) => cells.has(foldText(col.header))).length >= 3;
  });
  const folded = headerIndex >= 0 ? grid[headerIndex].map(foldText) : [];
  const columns = Object.fromEntries(c.columns.map((col, i) => {
    const at = folded.indexOf(foldText(col.header));
    return [col.key, (at >= 0 ? at : i) + 1];
  })) as Record<ColumnKey, number>;
  const headings = new Map<number, number>();
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const m = /^(\d+)\s*[.)]?\s*noi dung\b/.exec(foldText(grid[i][0]));
    const id = m ? Number(m[1]) : NaN;
    if (c.contents.some((x) => x.id === id) && !headings.has(id)) headings.set(id, i + 1);
  }
  return { headerRow: headerIndex + 1, columns, headings };
}

export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const a1Of = (row: number, column: number): string => `${columnLetter(column)}${row}`;
