/**
 * What the playground page draws for each visible sheet: its used range as Sheets would show it
 * (display values, backgrounds, notes, merges, frozen rows and columns, column widths, charts, folded row
 * groups), built from the emulator's plain data so the page sees exactly what the add-on wrote.
 */
import type { CellData, ChartData, GridRange, SheetData, SpreadsheetData } from '../emulator/model';
import { displayValue } from '../emulator/spreadsheet';

export interface CellView {
  r: number;
  c: number;
  /** The display text (dates as dd/MM/yyyy or the cell's format). */
  text: string;
  background?: string;
  note?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export interface SheetView {
  id: number;
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width of each column 1..columns. */
  widths: number[];
  merges: GridRange[];
  cells: CellView[];
  tabColor: string | null;
  charts: ChartView[];
  /** Outermost row groups: rows start…end, folded or not, with the toggle on row `control`. */
  groups: { start: number; end: number; collapsed: boolean; control: number }[];
}

/**
 * An embedded chart as its data: the first range's first column gives the category labels, every
 * other column of the ranges a series named by its first row (how Sheets reads a chart's ranges
 * when the first row is headers). Sheets draws the chart over the grid at its anchor cell.
 */
export interface ChartView {
  type: string;
  title: string;
  stacked: boolean;
  anchor: { row: number; column: number };
  labels: string[];
  series: { name: string; values: number[] }[];
}

export interface WorkbookView {
  name: string;
  /** The sheet the add-on (or a tab click) made active. */
  activeSheetId: number;
  sheets: SheetView[];
}

/** Rows and columns left empty below and right of the used range, so there is room to type. */
const MARGIN_ROWS = 5;
const MARGIN_COLUMNS = 1;

function shows(cell: CellData): boolean {
  return cell.value !== '' || Boolean(cell.note) || Boolean(cell.background && cell.background !== '#ffffff');
}

function cellView(r: number, c: number, cell: CellData, data: SpreadsheetData): CellView {
  const v: CellView = { r, c, text: displayValue(cell.value, cell.numberFormat, data.locale, data.timeZone) };
  if (cell.background && cell.background !== '#ffffff') v.background = cell.background;
  if (cell.note) v.note = cell.note;
  if (cell.fontWeight === 'bold') v.bold = true;
  if (cell.fontStyle === 'italic') v.italic = true;
  if (cell.fontColor && cell.fontColor !== '#000000') v.color = cell.fontColor;
  if (cell.horizontalAlignment) v.align = cell.horizontalAlignment;
  if (cell.wrap) v.wrap = true;
  return v;
}

export function sheetView(sheet: SheetData, data: SpreadsheetData): SheetView {
  const cells: CellView[] = [];
  let lastRow = sheet.frozenRows;
  let lastColumn = sheet.frozenColumns;
  for (const [key, cell] of sheet.cells) {
    if (!shows(cell)) continue;
    const [r, c] = key.split(':').map(Number);
    cells.push(cellView(r, c, cell, data));
    lastRow = Math.max(lastRow, r);
    lastColumn = Math.max(lastColumn, c);
  }
  for (const m of sheet.merges) {
    lastRow = Math.max(lastRow, m.row + m.numRows - 1);
    lastColumn = Math.max(lastColumn, m.column + m.numColumns - 1);
  }
  const rows = Math.min(sheet.maxRows, lastRow + MARGIN_ROWS);
  const columns = Math.min(sheet.maxColumns, Math.max(lastColumn + MARGIN_COLUMNS, 3));
  cells.sort((a, b) => a.r - b.r || a.c - b.c);
  const widths = Array.from({ length: columns }, (_, i) => sheet.columnWidths.get(i + 1) ?? 100);
  return {
    id: sheet.id, name: sheet.name, rows, columns, frozenRows: sheet.frozenRows, frozenColumns: sheet.frozenColumns,
    widths, merges: sheet.merges.map((m) => ({ ...m })), cells, tabColor: sheet.tabColor,
    charts: sheet.charts.map((ch) => chartView(sheet, ch, data)),
    groups: (sheet.rowGroups ?? []).filter((g) => g.depth === 1).map((g) => ({ start: g.start, end: g.start + g.count - 1, collapsed: g.collapsed,
      control: sheet.rowGroupControlBefore ? g.start - 1 : g.start + g.count })),
  };
}

function chartView(sheet: SheetData, chart: ChartData, data: SpreadsheetData): ChartView {
  const at = (r: number, c: number) => sheet.cells.get(`${r}:${c}`);
  const text = (r: number, c: number) => { const cell = at(r, c); return cell ? displayValue(cell.value, cell.numberFormat, data.locale, data.timeZone) : ''; };
  const [first, ...rest] = chart.ranges;
  const rows = first ? Array.from({ length: first.numRows - 1 }, (_, i) => first.row + 1 + i) : [];
  const columns = [
    ...(first ? Array.from({ length: first.numColumns - 1 }, (_, i) => first.column + 1 + i) : []),
    ...rest.flatMap((g) => Array.from({ length: g.numColumns }, (_, i) => g.column + i)),
  ];
  return {
    type: chart.type, title: String(chart.options.title ?? ''), stacked: chart.options.isStacked === true,
    anchor: { ...chart.anchor },
    labels: rows.map((r) => text(r, first!.column)),
    series: columns.map((c) => ({ name: text(first!.row, c), values: rows.map((r) => Number(at(r, c)?.value) || 0) })),
  };
}

/** Hidden sheets are left out, as Sheets shows no tab for them. */
export function workbookView(data: SpreadsheetData, activeSheetId: number): WorkbookView {
  return { name: data.name, activeSheetId, sheets: data.sheets.filter((s) => !s.hidden).map((s) => sheetView(s, data)) };
}
