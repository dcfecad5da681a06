/** Writes a core SheetLayout onto a sheet: one batched call per property, never a loop over cells. */
import type { LayoutRange, SheetLayout, ValidationSpec } from '../../core/template/layout';
import { asTyped } from '../sheets-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function applyLayout(sheet: Sheet, layout: SheetLayout): void {
  trimGrid(sheet, layout.gridRows, layout.gridColumns);
  applyLook(sheet, layout);
  writeLayoutValues(sheet, layout);
  applyMerges(sheet, layout);
}

/**
 * Everything but the values and merges: formats, fonts, fills, validations, borders, rules, groups, widths. Number
 * formats come before the values, as the values' text depends on them; a sheet being rewritten (config-migrate.ts)
 * keeps its old values meanwhile.
 */
export function applyLook(sheet: Sheet, layout: SheetLayout): void {
  for (const f of layout.numberFormats) rangeOf(sheet, f.range).setNumberFormat(f.format);
  sheet.getRange(1, 1, layout.numRows, layout.numColumns)
    .setFontWeights(layout.fontWeights)
    .setBackgrounds(layout.backgrounds)
    .setWraps(layout.wraps);
  // Few cells differ from the default for these: one call per rectangle of equal values (the local
  // emulator has no setFontStyles/setFontSizes/set…Alignments 2D setters yet).
  for (const [v, rs] of rectangles(layout.fontStyles, 'normal')) rs.forEach((r) => rangeOf(sheet, r).setFontStyle(v));
  for (const [v, rs] of rectangles(layout.fontSizes, 10)) rs.forEach((r) => rangeOf(sheet, r).setFontSize(v));
  for (const [v, rs] of rectangles(layout.horizontalAlignments, 'left')) rs.forEach((r) => rangeOf(sheet, r).setHorizontalAlignment(v));
  for (const [v, rs] of rectangles(layout.verticalAlignments, 'bottom')) rs.forEach((r) => rangeOf(sheet, r).setVerticalAlignment(v));
  for (const v of layout.validations) rangeOf(sheet, v.range).setDataValidation(buildRule(v));
  for (const r of layout.borders) rangeOf(sheet, r).setBorder(true, true, true, true, true, true);
  if (layout.highlights.length) {
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ...layout.highlights.map((x) => SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(x.formula).setBackground(x.background).setRanges([rangeOf(sheet, x.range)]).build())]);
  }
  if (layout.rowGroups?.length) {
    sheet.setRowGroupControlPosition(SpreadsheetApp.GroupControlTogglePosition.BEFORE);
    for (const g of layout.rowGroups) {
      sheet.getRange(g.row, 1, g.numRows, 1).shiftRowGroupDepth(1);
      if (g.collapsed) sheet.getRowGroup(g.row, 1)?.collapse();
    }
  }
  widthRuns(layout.columnWidths).forEach((r) => sheet.setColumnWidths(r.start, r.count, r.width));
  sheet.setFrozenRows(layout.frozenRows);
}

/**
 * The values in one setValues, text behind an apostrophe: setValues parses strings as typed (range#setValues), so
 * "1." / "18/05/2021" could change type. `rows`/`columns`: a taller, wider block, blank past the layout, so the one
 * call also empties every old cell (config-migrate.ts).
 */
export function writeLayoutValues(sheet: Sheet, layout: SheetLayout, rows = layout.numRows, columns = layout.numColumns): void {
  const plain = new Set(layout.numberFormats.filter((f) => f.format === '@').flatMap(({ range: g }) =>
    Array.from({ length: g.numRows * g.numColumns }, (_, k) => `${g.row + Math.floor(k / g.numColumns)}:${g.column + (k % g.numColumns)}`)));
  const values = Array.from({ length: Math.max(rows, layout.numRows) }, (_, i) => Array.from({ length: Math.max(columns, layout.numColumns) }, (_, j) => {
    const v = layout.values[i]?.[j] ?? '';
    return typeof v === 'string' && !plain.has(`${i + 1}:${j + 1}`) ? asTyped(v) : v;
  }));
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
}

/** Merges last: merging cells that still held values would keep only the first one's. */
export function applyMerges(sheet: Sheet, layout: SheetLayout): void {
  for (const m of layout.merges) rangeOf(sheet, m).merge();
}

/** A new sheet is 1000×26 cells and a spreadsheet holds 10 M: keep only what the form needs. */
export function trimGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (maxRows > rows) sheet.deleteRows(rows + 1, maxRows - rows);
  else if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxColumns > columns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  else if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

const rangeOf = (sheet: Sheet, r: LayoutRange) => sheet.getRange(r.row, r.column, r.numRows, r.numColumns);

function buildRule(v: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  if (v.rule.kind === 'list') b.requireValueInList(v.rule.values, true);
  else if (v.rule.kind === 'email') b.requireTextIsEmail();
  else if (v.rule.kind === 'formula') b.requireFormulaSatisfied(v.rule.formula);
  else b.requireDate();
  return b.setAllowInvalid(v.allowInvalid).setHelpText(v.helpText).build();
}

/** Consecutive equal widths become one setColumnWidths call. */
function widthRuns(widths: number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((w, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === w && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, width: w });
  });
  return runs;
}

/**
 * Cells whose value is not `fallback`, grouped by value into rectangles: runs along a row, then
 * identical runs on consecutive rows joined (a column of centred "1.", "2."… becomes one range).
 */
export function rectangles<T>(grid: T[][], fallback: T): Map<T, LayoutRange[]> {
  const out = new Map<T, LayoutRange[]>();
  const open = new Map<string, LayoutRange>();
  grid.forEach((cells, r) => {
    for (let c = 0; c < cells.length;) {
      const v = cells[c];
      let end = c;
      while (end + 1 < cells.length && cells[end + 1] === v) end++;
      if (v !== fallback) {
        const key = `${c}:${end}:${String(v)}`;
        const prev = open.get(key);
        if (prev && prev.row + prev.numRows === r + 1) prev.numRows++;
        else {
          const rect = { row: r + 1, column: c + 1, numRows: 1, numColumns: end - c + 1 };
          open.set(key, rect);
          out.set(v, [...(out.get(v) ?? []), rect]);
        }
      }
      c = end + 1;
    }
  });
  return out;
}
