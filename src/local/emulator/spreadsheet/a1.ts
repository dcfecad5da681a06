/** A1 notation: column letters, cell and range references, sheet-qualified names. */
import type { GridRange } from '../model';

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Ref {
  sheetName?: string;
  /** Open ends (A:A, 1:3) are filled from the sheet size by the caller. */
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/** Splits "'Đơn vị 1'!A1:B2" into the sheet name and the cell part. */
export function splitSheetName(a1: string): { sheetName?: string; cells: string } {
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return { cells: a1 };
  let name = a1.slice(0, bang);
  if (name.startsWith("'") && name.endsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, cells: a1.slice(bang + 1) };
}

/** Parses A1 notation; returns null when it is not a valid reference. */
export function parseA1(a1: string): A1Ref | null {
  const { sheetName, cells } = splitSheetName(a1.trim());
  const [from, to = from, extra] = cells.split(':');
  if (extra !== undefined || !from) return null;
  const a = PART.exec(from);
  const b = PART.exec(to);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return null;
  const col = (s: string) => (s ? lettersToColumn(s) : undefined);
  const row = (s: string) => (s ? Number(s) : undefined);
  const ref: A1Ref = { sheetName, startRow: row(a[2]), startColumn: col(a[1]), endRow: row(b[2]), endColumn: col(b[1]) };
  if (ref.startRow === 0 || ref.endRow === 0) return null;
  return ref;
}

/** Resolves a parsed reference against a sheet's size into a 1-based grid range. */
export function refToGrid(ref: A1Ref, maxRows: number, maxColumns: number): GridRange {
  const r1 = ref.startRow ?? 1;
  const c1 = ref.startColumn ?? 1;
  const r2 = ref.endRow ?? (ref.startRow !== undefined && ref.endColumn === undefined ? ref.startRow : maxRows);
  const c2 = ref.endColumn ?? (ref.startColumn !== undefined && ref.endRow === undefined ? ref.startColumn : maxColumns);
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function gridToA1(g: GridRange): string {
  const start = `${columnToLetters(g.column)}${g.row}`;
  if (g.numRows === 1 && g.numColumns === 1) return start;
  return `${start}:${columnToLetters(g.column + g.numColumns - 1)}${g.row + g.numRows - 1}`;
}

/** Sheet names that need quoting in A1 notation (spaces, punctuation, non-ASCII). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
