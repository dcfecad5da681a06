/** Sparse cell access on SheetData: read with defaults, write creating cells, drop empty ones. */
import { copyDate, isDate } from './dates';
import { fail } from './errors';
import { clearFormula, setFormula } from './formula-value';
import { CELL_TOO_LONG, CHARS_PER_CELL } from '../../../core/google-limits';
import { cellKey } from '../model';
import type { CellData, CellValue, GridRange, SheetData } from '../model';

export function cellAt(sheet: SheetData, row: number, column: number): CellData | undefined {
  return sheet.cells.get(cellKey(row, column));
}

/** True when a cell carries nothing at all, so it can leave the sparse map. */
function isBlank(c: CellData): boolean {
  return Object.entries(c).every(([k, v]) => (k === 'value' ? v === '' : v === undefined));
}

/** Applies `edit` to every cell of `g`, creating and pruning cells as needed. */
export function editCells(sheet: SheetData, g: GridRange, edit: (cell: CellData, i: number, j: number) => void): void {
  for (let i = 0; i < g.numRows; i++) {
    for (let j = 0; j < g.numColumns; j++) {
      const key = cellKey(g.row + i, g.column + j);
      const cell = sheet.cells.get(key) ?? { value: '' };
      edit(cell, i, j);
      if (isBlank(cell)) sheet.cells.delete(key);
      else sheet.cells.set(key, cell);
    }
  }
}

/** Reads one attribute over `g` as a fresh 2-D array. */
export function readCells<T>(sheet: SheetData, g: GridRange, read: (cell: CellData | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < g.numRows; i++) {
    const row: T[] = [];
    for (let j = 0; j < g.numColumns; j++) row.push(read(cellAt(sheet, g.row + i, g.column + j)));
    out.push(row);
  }
  return out;
}

/** Normalises a written value: null/undefined become '', Dates are copied, '=…' becomes a formula. */
/** Google refuses a cell longer than it holds (core/google-limits cites the figure). */
export function assertFits(value: unknown): void {
  if (typeof value === 'string' && value.length > CHARS_PER_CELL) fail(CELL_TOO_LONG);
}

export function writeValue(cell: CellData, value: unknown): void {
  assertFits(value);
  if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
    setFormula(cell, value);
    return;
  }
  clearFormula(cell);
  cell.value = toCellValue(value);
}

export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return '';
  if (isDate(value)) return copyDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function readValue(cell: CellData | undefined): CellValue {
  if (!cell) return '';
  return isDate(cell.value) ? copyDate(cell.value) : cell.value;
}

export function hasContent(cell: CellData): boolean {
  return cell.value !== '' || !!cell.formula;
}

/** Last row / column holding a value or formula (0 when the sheet is empty). */
export function lastContent(sheet: SheetData): { row: number; column: number } {
  let row = 0;
  let column = 0;
  for (const [key, cell] of sheet.cells) {
    if (!hasContent(cell)) continue;
    const [r, c] = key.split(':').map(Number);
    if (r > row) row = r;
    if (c > column) column = c;
  }
  return { row, column };
}

export function cloneCell(c: CellData): CellData {
  return {
    ...c,
    value: isDate(c.value) ? copyDate(c.value) : c.value,
    validation: c.validation ? { ...c.validation, args: [...c.validation.args] } : undefined,
  };
}

/** Like editCells but visits only cells that exist: clearing a whole sheet costs its content, not its grid. */
export function editExisting(sheet: SheetData, g: GridRange, edit: (cell: CellData) => void): void {
  for (const [key, cell] of [...sheet.cells]) {
    const [r, c] = key.split(':').map(Number);
    if (r < g.row || r >= g.row + g.numRows || c < g.column || c >= g.column + g.numColumns) continue;
    edit(cell);
    if (isBlank(cell)) sheet.cells.delete(key);
  }
}
