/**
 * The paper copy of a unit's form: one sheet holding only the form (the print area the add-on's
 * exportPdf names), without the add-on's validation marks (their fills and notes are for the
 * screen), with the page setup the plan's form needs: A4 landscape, one page wide, the column
 * headers repeated on every page (not the letterhead above them), a page number at the foot.
 */
import { cellKey, newSheetData, newSpreadsheetData, type CellData, type SheetData, type SpreadsheetData } from '../emulator/model';
import { splitKey } from '../xlsx/a1';
import { DEFAULT_COLUMN_PX, DEFAULT_ROW_PX } from '../xlsx/units';
import { MARK_COLORS } from '../../gas/validation/marks';
import type { PrintArea } from '../../core/results';
import { foldText } from '../../core/unit-tab/read';

const MARK_FILLS = new Set(Object.values(MARK_COLORS));

export function printCopy(data: SpreadsheetData, sheetId: number, area: PrintArea): SpreadsheetData {
  const src = data.sheets.find((s) => s.id === sheetId);
  if (!src) throw new Error(`không có trang ${sheetId}`);
  const out = newSpreadsheetData({ owner: data.owner, name: src.name, timeZone: data.timeZone });
  const sheet: SheetData = newSheetData(0, src.name, area.lastRow, area.lastColumn);
  for (const [key, cell] of src.cells) {
    const { row, column } = splitKey(key);
    if (row <= area.lastRow && column <= area.lastColumn) sheet.cells.set(key, paperCell(cell));
  }
  sheet.merges = src.merges.filter((m) => m.row + m.numRows - 1 <= area.lastRow && m.column + m.numColumns - 1 <= area.lastColumn).map((m) => ({ ...m }));
  for (const [c, w] of src.columnWidths) if (c <= area.lastColumn) sheet.columnWidths.set(c, w);
  for (const [r, h] of src.rowHeights) if (r <= area.lastRow) sheet.rowHeights.set(r, h);
  const header = area.repeatRows;
  ruleTableRows(sheet, header);
  fitWrappedRows(sheet);
  const breakBefore = keepEndWithTable(sheet, header, area.lastRow);
  sheet.print = {
    paper: 'A4', landscape: true, fitToWidth: true,
    area: { row: 1, column: 1, numRows: area.lastRow, numColumns: area.lastColumn },
    ...(header > 0 ? { titleRows: { first: header, last: header } } : {}),
    ...(breakBefore ? { rowBreaks: [breakBefore - 1] } : {}),
  };
  out.sheets = [sheet];
  return out;
}

/**
 * The Báo cáo sheet on paper: the used range, A4 landscape one page wide (nine columns ≈ 1,570 px),
 * text wrapped in its column so no figure or list of units runs off the page, a row's last filled
 * cell across the rest of the width, the checkboxes' rules and any note left out,
 * a page number at the foot. The sheet's own values are those generateReport wrote.
 */
export function reportPrintCopy(data: SpreadsheetData, sheetId: number): SpreadsheetData {
  const src = data.sheets.find((s) => s.id === sheetId);
  if (!src) throw new Error(`không có trang ${sheetId}`);
  let lastRow = 0;
  let lastColumn = 0;
  for (const [key, cell] of src.cells) {
    if (cell.value === '' || cell.value === null) continue;
    const { row, column } = splitKey(key);
    lastRow = Math.max(lastRow, row);
    lastColumn = Math.max(lastColumn, column);
  }
  const out = newSpreadsheetData({ owner: data.owner, name: src.name, timeZone: data.timeZone });
  const sheet: SheetData = newSheetData(0, src.name, Math.max(lastRow, 1), Math.max(lastColumn, 1));
  const filled = new Map<number, number[]>();
  for (const [key, cell] of src.cells) {
    const { row, column } = splitKey(key);
    if (row > lastRow || column > lastColumn) continue;
    sheet.cells.set(key, { ...paperCell(cell), wrap: true, verticalAlignment: 'top' });
    if (cell.value !== '' && cell.value !== null) filled.set(row, [...(filled.get(row) ?? []), column]);
  }
  // A row's last filled cell runs to the right edge over the empty cells after it: a title, a
  // section line, or a label and its list of units reads across the page instead of as a narrow column.
  for (const [row, columns] of filled) {
    const last = Math.max(...columns);
    if (last < lastColumn) sheet.merges.push({ row, column: last, numRows: 1, numColumns: lastColumn - last + 1 });
  }
  for (const [c, w] of src.columnWidths) if (c <= lastColumn) sheet.columnWidths.set(c, w);
  fitWrappedRows(sheet);
  sheet.print = { paper: 'A4', landscape: true, fitToWidth: true, area: { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns } };
  out.sheets = [sheet];
  return out;
}

/**
 * A4 landscape inside the .xlsx margins (0.5 in left and right, 0.6 in top and bottom), in points: what a page holds
 * once the form is scaled to one page wide (xlsx/write.ts writePageSetup).
 */
const PAGE_PT = { width: 842 - 72, height: 595 - 2 * 43.2 };
/**
 * LibreOffice draws a column about 1.36 times as wide as its pixel width (it reads the .xlsx width in characters of
 * its own default font), so fitting the form to the page's width scales it down that much more: measured on the
 * sample's form, whose first page ends where this model says (test/print/keep-together.test.ts).
 */
const LIBREOFFICE_WIDTH = 1.36;
/** The last table rows printed with the footnote and signature, so the last page is never those alone under the header. */
const KEEP_TABLE_ROWS = 2;
/** Room left unused on the page before a break, in points: the page model is an estimate of LibreOffice's. */
const SAFETY_PT = 36;

/**
 * Where the table (the bordered rows) ends, the rows after it (footnote, date line, signature block) must not open
 * a page of their own: when, as the rows fall on pages, the last table rows and that end would not fit on the page
 * they start on, a manual page break goes before those table rows (returned: the row that starts the last page).
 */
export function keepEndWithTable(sheet: SheetData, header: number, lastRow: number): number | null {
  let tableEnd = 0;
  for (const [key, cell] of sheet.cells) {
    const { row, column } = splitKey(key);
    if (column === 1 && row <= lastRow && row > header && cell.border && (cell.border.top || cell.border.bottom || cell.border.left)) tableEnd = Math.max(tableEnd, row);
  }
  const keepFrom = tableEnd - KEEP_TABLE_ROWS + 1;
  if (!tableEnd || tableEnd >= lastRow || keepFrom <= header + 1) return null;
  const widthPx = Array.from({ length: sheet.maxColumns }, (_, k) => sheet.columnWidths.get(k + 1) ?? DEFAULT_COLUMN_PX).reduce((a, b) => a + b, 0);
  const scale = Math.min(1, PAGE_PT.width / (widthPx * 0.75 * LIBREOFFICE_WIDTH));
  const height = (r: number) => (sheet.rowHeights.get(r) ?? DEFAULT_ROW_PX) * 0.75 * scale;
  const repeated = header > 0 ? height(header) : 0;
  // Rows fall on pages as they come; a row that does not fit opens the next page, under the repeated header row.
  let used = 0;
  let firstPage = true;
  for (let r = 1; r < keepFrom; r++) {
    if (used + height(r) > PAGE_PT.height) { used = repeated; firstPage = false; }
    used += height(r);
  }
  let block = 0;
  for (let r = keepFrom; r <= lastRow; r++) block += height(r);
  if (used + block <= PAGE_PT.height - SAFETY_PT) return null;
  // A block taller than a page is left to the automatic breaks; so is a break that would leave page 1 with the letterhead only.
  if (repeated + block > PAGE_PT.height || (firstPage && keepFrom <= header + 1)) return null;
  return keepFrom;
}

/**
 * A row a unit inserts into the table may carry no formats (Google documents none but the fill: the
 * emulator's inserted rows take only their neighbour's background), so on paper it
 * would print unruled, its STT flush left and its text running into the next column. Every row from
 * the first section heading to the last filled or ruled row above the footnote prints as the table's
 * numbered rows do: each cell takes the formats of the nearest printed row above it (below, for rows
 * above the first one), a date cell its date format when it has none. Headings keep theirs; values,
 * their order and the rows' own formats on printed rows are left as they are.
 */
function ruleTableRows(sheet: SheetData, header: number): void {
  const at = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
  const heading = (r: number) => sheet.merges.some((m) => m.row === r && m.column === 1 && m.numColumns > 1);
  const printed = (r: number) => !heading(r) && Boolean(at(r, 1)?.border);
  const filled = (r: number) => Array.from({ length: sheet.maxColumns }, (_, k) => at(r, k + 1)?.value).some((v) => v !== '' && v !== null && v !== undefined);
  let footnote = header + 1;
  while (footnote <= sheet.maxRows && !foldText(at(footnote, 1)?.value).startsWith('* ghi chu')) footnote++;
  let first = header + 1;
  while (first < footnote && !heading(first)) first++;
  if (first >= footnote) first = header + 1;
  // Without a footnote (edited away) the table ends at its last printed row, never at the signature block.
  const noFootnote = footnote > sheet.maxRows;
  let end = footnote - 1;
  while (end >= first && !printed(end) && (noFootnote || !filled(end))) end--;
  let model: number | undefined;
  for (let r = first; r <= end && model === undefined; r++) if (printed(r)) model = r;
  if (model === undefined) return;
  for (let r = first; r <= end; r++) {
    if (heading(r)) continue;
    if (printed(r)) { model = r; continue; }
    for (let c = 1; c <= sheet.maxColumns; c++) {
      const from = at(model, c);
      if (!from) continue;
      const own = at(r, c) ?? { value: '' };
      sheet.cells.set(cellKey(r, c), {
        ...own, border: from.border && { ...from.border }, horizontalAlignment: from.horizontalAlignment,
        verticalAlignment: from.verticalAlignment, wrap: from.wrap, numberFormat: own.numberFormat ?? from.numberFormat,
      });
    }
  }
}

/** Marks are the add-on's fills and notes; the form's own fills (headers, sections) stay. */
function paperCell(cell: CellData): CellData {
  const { note: _note, validation: _validation, ...rest } = cell;
  return rest.background && MARK_FILLS.has(rest.background) ? { ...rest, background: undefined } : rest;
}

/** Arial 10 as Sheets draws it: ≈ 7 px a character on average for Vietnamese text, 17 px a line. */
const CHAR_PX = 7;
const LINE_PX = 17;

/**
 * Sheets grows a row to fit its wrapped text on screen; a file keeps only the heights it was
 * given, so LibreOffice would print wrapped lines over each other. The copy gets each row's height
 * from its longest wrapped cell (merged cells measured across their merge).
 */
function fitWrappedRows(sheet: SheetData): void {
  const width = (column: number, span: number) => Array.from({ length: span }, (_, k) => sheet.columnWidths.get(column + k) ?? DEFAULT_COLUMN_PX).reduce((a, b) => a + b, 0);
  const lines = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    if (!cell.wrap || typeof cell.value !== 'string' || !cell.value) continue;
    const { row, column } = splitKey(key);
    const merge = sheet.merges.find((m) => m.row === row && m.column === column);
    const perLine = Math.max(1, Math.floor((width(column, merge?.numColumns ?? 1) - 8) / CHAR_PX));
    const n = cell.value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(Array.from(part).length / perLine)), 0);
    lines.set(row, Math.max(lines.get(row) ?? 1, n));
  }
  for (const [row, n] of lines) if (n > 1) sheet.rowHeights.set(row, Math.max(sheet.rowHeights.get(row) ?? 0, n * LINE_PX + 4));
}
