/**
 * The value Google shows for the one formula the add-on writes itself, =HYPERLINK("url","label")
 * (core/summary/grid): Range.getValues returns a formula's computed value, not its text
 * (developers.google.com/apps-script/reference/spreadsheet/range#getvalues). Other formulas are not
 * evaluated: their value is the .xlsx cached result when read from a file, else ''.
 */
import type { CellValue } from '../model';

const HYPERLINK = /^=HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:[,;]\s*"((?:[^"]|"")*)"\s*)?\)$/i;

export function computedValue(formula: string): CellValue {
  const m = HYPERLINK.exec(formula);
  if (!m) return '';
  return (m[2] ?? m[1]).replace(/""/g, '"');
}
