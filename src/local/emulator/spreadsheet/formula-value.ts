/**
 * A formula's value. Range.getValues returns a formula's computed value, not its text
 * (developers.google.com/apps-script/reference/spreadsheet/range#getvalues), and so do the Sheets
 * API's reads (values.batchGet, effectiveValue). The emulator computes only the one formula the
 * add-on writes itself, =HYPERLINK("url","label") (core/summary/grid); a formula read from an .xlsx
 * file keeps the file's cached result. Any other formula's value is unknown (CellData.uncomputed):
 * reading it throws rather than answering '' where Google would answer the computed value.
 */
import type { CellData, CellValue, GridRange, SheetData } from '../model';
import { cellKey } from '../model';
import { columnToLetters } from './a1';

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i;

/** The value of a formula the emulator can compute, or undefined. */
export function computedValue(formula: string): CellValue | undefined {
  const m = HYPERLINK.exec(formula);
  if (!m) return undefined;
  return (m[2] ?? m[1]).replace(/""/g, '"');
}

/** Stores `formula` in `cell` with its computed value, or marks the value unknown. */
export function setFormula(cell: CellData, formula: string): void {
  cell.formula = formula;
  const v = computedValue(formula);
  cell.value = v ?? '';
  if (v === undefined) cell.uncomputed = true;
  else delete cell.uncomputed;
}

/** Drops a cell's formula (a literal is being written over it). */
export function clearFormula(cell: CellData): void {
  delete cell.formula;
  delete cell.uncomputed;
}

/** The loud refusal: the emulator's own error, never dressed as one of Google's (an API error the add-on may fall back from). */
export class UncomputedFormulaError extends Error {
  override name = 'UncomputedFormulaError';
}

/** The loud refusal: a formula whose value the emulator does not know. */
export function uncomputedError(sheet: SheetData, row: number, column: number, formula: string): Error {
  return new UncomputedFormulaError(`Emulator: cannot read the value of '${sheet.name}'!${columnToLetters(column)}${row}, the formula ${formula}. `
    + 'Google returns its computed value; the emulator computes only =HYPERLINK and has no cached result for this cell (a formula read from an .xlsx file keeps the one saved in it). '
    + 'Read it with getFormulas (or valueRenderOption FORMULA), or give the cell a value.');
}

/** Throws uncomputedError for the first cell of `g` (row by row) whose formula's value is unknown. */
export function assertComputed(sheet: SheetData, g: GridRange): void {
  if (g.numRows * g.numColumns > sheet.cells.size) {
    // Sparse map smaller than the range: scan the map, report the first in reading order.
    let first: [number, number, string] | undefined;
    for (const [key, c] of sheet.cells) {
      if (!c.uncomputed || !c.formula) continue;
      const [r, col] = key.split(':').map(Number);
      if (r < g.row || r >= g.row + g.numRows || col < g.column || col >= g.column + g.numColumns) continue;
      if (!first || r < first[0] || (r === first[0] && col < first[1])) first = [r, col, c.formula];
    }
    if (first) throw uncomputedError(sheet, ...first);
    return;
  }
  for (let r = g.row; r < g.row + g.numRows; r++) {
    for (let col = g.column; col < g.column + g.numColumns; col++) {
      const c = sheet.cells.get(cellKey(r, col));
      if (c?.uncomputed && c.formula) throw uncomputedError(sheet, r, col, c.formula);
    }
  }
}
