/** A1 notation ⇄ 1-based grid coordinates, for merges and validation addresses. */
import type { GridRange } from '../emulator/model';

export function columnLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseCell(a1: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

export function parseRange(a1: string): GridRange {
  const [first, last = first] = a1.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return { row, column, numRows: Math.abs(b.row - a.row) + 1, numColumns: Math.abs(b.column - a.column) + 1 };
}

export function splitKey(key: string): { row: number; column: number } {
  const [row, column] = key.split(':').map(Number);
  return { row, column };
}
