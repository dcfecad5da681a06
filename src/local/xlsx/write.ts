/** SpreadsheetData → an exceljs Workbook (see index.ts for what is faithful). */
import ExcelJS from 'exceljs';
import type { CellData, SheetData, SpreadsheetData } from '../emulator/model';
import { columnLetters, splitKey } from './a1';
import { hexToArgb, toExcelStyle } from './cell-style';
import { instantToWall } from './dates';
import { writeDefinedNames } from './defined-names';
import { excelSheetNames } from './sheet-names';
import { encodeSidecar, SIDECAR_SHEET, sidecarOf, type SidecarSheet } from './sidecar';
import { DEFAULT_COLUMN_PX, DEFAULT_ROW_PX, pxToExcelWidth, pxToPoints } from './units';
import { toExcelValidation } from './validation';

/** The format a date cell gets when the model gives none (Sheets always has one on a date cell). */
export const DEFAULT_DATE_FORMAT = 'dd/mm/yyyy';

export function buildWorkbook(data: SpreadsheetData): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.title = data.name;
  const fileNames = new Map<number, string>();
  excelSheetNames(data.sheets.map((s) => s.name)).forEach((name, i) => fileNames.set(data.sheets[i].id, name));
  const nonNative = new Map<number, SidecarSheet['validations']>();
  for (const sheet of data.sheets) nonNative.set(sheet.id, writeSheet(wb, sheet, fileNames.get(sheet.id)!, data.timeZone));
  writeDefinedNames(wb, data.namedRanges ?? [], fileNames);
  const side = wb.addWorksheet(SIDECAR_SHEET, { state: 'veryHidden' });
  encodeSidecar(sidecarOf(data, nonNative, fileNames)).forEach((chunk, i) => { side.getCell(i + 1, 1).value = chunk; });
  return wb;
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetData, fileName: string, timeZone: string): SidecarSheet['validations'] {
  const ws = wb.addWorksheet(fileName, {
    // Very hidden only while still hidden: the add-on's showSheet() shows it.
    state: sheet.hidden ? (sheet.veryHidden ? 'veryHidden' : 'hidden') : 'visible',
    properties: {
      defaultRowHeight: pxToPoints(DEFAULT_ROW_PX), defaultColWidth: pxToExcelWidth(DEFAULT_COLUMN_PX),
      ...(sheet.tabColor ? { tabColor: { argb: hexToArgb(sheet.tabColor) } } : {}),
    },
    views: [sheet.frozenRows || sheet.frozenColumns
      ? { state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }
      : { state: 'normal' }],
  });
  for (const [column, px] of sheet.columnWidths) ws.getColumn(column).width = pxToExcelWidth(px);
  for (const column of sheet.hiddenColumns.keys()) ws.getColumn(column).hidden = true;
  for (const [row, px] of sheet.rowHeights) ws.getRow(row).height = pxToPoints(px);
  const nonNative: SidecarSheet['validations'] = [];
  for (const [key, cell] of sheet.cells) {
    const { row, column } = splitKey(key);
    const target = ws.getCell(row, column);
    writeCell(target, cell, timeZone);
    if (cell.validation) {
      const dv = toExcelValidation(cell.validation, timeZone);
      if (dv) target.dataValidation = dv;
      else nonNative.push({ key, validation: cell.validation });
    }
  }
  for (const m of sheet.merges) {
    ws.mergeCellsWithoutStyle(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  if (sheet.print) writePageSetup(ws, sheet.print);
  writeOutline(ws, sheet);
  const f = sheet.filter;
  // The sheet's basic filter is Excel's autoFilter: same range, header row first.
  if (f) ws.autoFilter = `${columnLetters(f.column)}${f.row}:${columnLetters(f.column + f.numColumns - 1)}${f.row + f.numRows - 1}`;
  return nonNative;
}

function excelValue(value: CellData['value'], timeZone: string): ExcelJS.CellValue {
  if (value === '') return null;
  return value instanceof Date ? instantToWall(value, timeZone) : value;
}

function writeCell(target: ExcelJS.Cell, cell: CellData, timeZone: string): void {
  const style = toExcelStyle(cell);
  const isDate = cell.value instanceof Date;
  if (isDate && !style.numFmt) style.numFmt = DEFAULT_DATE_FORMAT;
  target.style = style;
  if (cell.formula) {
    const result = excelValue(cell.value, timeZone);
    target.value = {
      formula: cell.formula.replace(/^=/, ''),
      ...(result === null ? {} : { result: result as ExcelJS.CellFormulaValue['result'] }),
    };
  } else {
    target.value = excelValue(cell.value, timeZone);
  }
  if (cell.note) target.note = cell.note;
}

/**
 * The sheet's page setup as Excel's own: paper 9 is A4, fit to one page wide (any number tall),
 * print titles the rows repeated on every page, the print area. LibreOffice and Excel print from these.
 */
/**
 * Row groups as Excel's outline (each row's outline level is its depth; a folded group's rows hidden; the
 * toggle above the group when its control is BEFORE), so Excel and LibreOffice fold them as Sheets does.
 */
function writeOutline(ws: ExcelJS.Worksheet, sheet: SheetData): void {
  if (!sheet.rowGroups?.length) return;
  for (const g of sheet.rowGroups) {
    for (let r = g.start; r < g.start + g.count; r++) {
      const row = ws.getRow(r);
      row.outlineLevel = Math.max(row.outlineLevel ?? 0, g.depth);
      if (g.collapsed) row.hidden = true;
      // exceljs writes no row without a cell or a height: an empty cell keeps the row's outline in the file.
      if (row.cellCount === 0) ws.getCell(r, 1).value = null;
    }
  }
  ws.properties.outlineProperties = { summaryBelow: !sheet.rowGroupControlBefore, summaryRight: true };
}

function writePageSetup(ws: ExcelJS.Worksheet, p: NonNullable<SheetData['print']>): void {
  const a = p.area;
  ws.pageSetup = {
    ...ws.pageSetup,
    ...(p.paper === 'A4' ? { paperSize: 9 } : {}),
    orientation: p.landscape ? 'landscape' : 'portrait',
    ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
    ...(p.titleRows ? { printTitlesRow: `${p.titleRows.first}:${p.titleRows.last}` } : {}),
    ...(a ? { printArea: `${columnLetters(a.column)}${a.row}:${columnLetters(a.column + a.numColumns - 1)}${a.row + a.numRows - 1}` } : {}),
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true,
  };
  for (const r of p.rowBreaks ?? []) ws.getRow(r).addPageBreak();
  if (p.titleRows || p.area) ws.headerFooter = { ...ws.headerFooter, oddFooter: '&CTrang &P/&N' };
}
