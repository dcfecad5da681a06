/**
 * Sheet.copyTo and insertSheet({template}): the copy carries data, formats, notes, validations,
 * merges, sizes, frozen lines, conditional formats, the filter and charts; protections and developer
 * metadata stay with the original (developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo).
 */
import { newSheetData, type SheetData } from '../model';
import { nextSheetId, type Book } from './book';
import { cloneCell } from './cells';
import { makeSheet } from './factory';
import { assertRoomForSheets } from './limits';
import { assertFileEditor } from './permissions';
import { copyName } from './sheet-names';

/** A deep copy of `src`'s content and layout under a new id and name. */
export function cloneSheetData(book: Book, src: SheetData, id: number, name: string): SheetData {
  const s = newSheetData(id, name, src.maxRows, src.maxColumns);
  for (const [k, c] of src.cells) s.cells.set(k, cloneCell(c));
  s.merges = src.merges.map((g) => ({ ...g }));
  s.frozenRows = src.frozenRows;
  s.frozenColumns = src.frozenColumns;
  s.columnWidths = new Map(src.columnWidths);
  s.rowHeights = new Map(src.rowHeights);
  s.hiddenColumns = new Map(src.hiddenColumns);
  s.tabColor = src.tabColor;
  s.conditionalFormats = src.conditionalFormats.map((r) => ({ ...r, ranges: r.ranges.map((g) => ({ ...g })), args: [...r.args] }));
  s.charts = src.charts.map((c) => ({ ...c, id: book.ctx.data.nextId++, ranges: c.ranges.map((g) => ({ ...g })), anchor: { ...c.anchor }, options: { ...c.options } }));
  if (src.filter) s.filter = { ...src.filter };
  if (src.rowGroups) s.rowGroups = src.rowGroups.map((g) => ({ ...g }));
  if (src.rowGroupControlBefore) s.rowGroupControlBefore = true;
  if (src.print) s.print = { ...src.print, area: src.print.area ? { ...src.print.area } : undefined };
  return s;
}

export function copySheetInto(book: Book, src: SheetData): GoogleAppsScript.Spreadsheet.Sheet {
  assertFileEditor(book);
  const data = book.ctx.data;
  assertRoomForSheets(data);
  const copy = cloneSheetData(book, src, nextSheetId(book), copyName(data, src.name));
  data.sheets.push(copy);
  return makeSheet(book, copy);
}
