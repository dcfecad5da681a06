/**
 * Named ranges ⇄ the workbook's defined names (<definedNames> in xl/workbook.xml), the form Google's
 * .xlsx export gives them and its import reads back, so a marker that is a named range survives
 * Google → .xlsx → Google and a dvk round trip alike. Excel's own names (_xlnm.Print_Titles…) and
 * names Sheets would refuse (see the emulator's named-range.ts) are not named ranges and are skipped.
 */
import type ExcelJS from 'exceljs';
import type { NamedRangeData, SheetData } from '../emulator/model';
import { assertNamedRangeName } from '../emulator/spreadsheet/named-range';
import { columnLetters, parseRange } from './a1';

const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;
const cell = (row: number, column: number) => `$${columnLetters(column)}$${row}`;

export function writeDefinedNames(wb: ExcelJS.Workbook, named: readonly NamedRangeData[], fileNames: ReadonlyMap<number, string>): void {
  for (const n of named) {
    const sheet = fileNames.get(n.sheetId);
    if (!sheet) continue;
    const { row, column, numRows, numColumns } = n.range;
    const last = cell(row + numRows - 1, column + numColumns - 1);
    const first = cell(row, column);
    wb.definedNames.add(`${quote(sheet)}!${first}${first === last ? '' : `:${last}`}`, n.name);
  }
}

/** Defined names pointing at one block of one sheet read in; `sheets` as the model holds them, by file name. */
export function readDefinedNames(wb: ExcelJS.Workbook, sheetsByFileName: ReadonlyMap<string, SheetData>): NamedRangeData[] {
  const out: NamedRangeData[] = [];
  for (const { name, ranges } of (wb.definedNames.model ?? []) as { name: string; ranges: string[] }[]) {
    if (ranges.length !== 1 || !validName(name)) continue;
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(ranges[0]);
    const sheet = m && sheetsByFileName.get(m[1] ? m[1].replace(/''/g, "'") : m[2]);
    if (m && sheet) out.push({ name, sheetId: sheet.id, range: parseRange(m[3].replace(/\$/g, '')) });
  }
  return out;
}

function validName(name: string): boolean {
  try {
    assertNamedRangeName(name);
    return true;
  } catch {
    return false;
  }
}
