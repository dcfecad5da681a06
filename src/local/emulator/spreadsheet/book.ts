/**
 * What every emulated object of one spreadsheet shares: the context (data, acting user, call
 * counter), the UI log, and which sheet/range is active. Active selection lives here (keyed by
 * the data) so two SpreadsheetApp instances over the same workbook agree on it.
 */
import type { EmulatorContext } from '../context';
import type { GridRange, SheetData } from '../model';
import type { UiLog } from './ui-log';

export interface Selection {
  sheetId: number;
  range?: GridRange;
}

export interface Book {
  ctx: EmulatorContext;
  ui: UiLog;
  selection: Selection;
}

const selections = new WeakMap<object, Selection>();

export function makeBook(ctx: EmulatorContext, ui: UiLog): Book {
  let selection = selections.get(ctx.data);
  if (!selection) {
    selection = { sheetId: ctx.data.sheets[0]?.id ?? 0 };
    selections.set(ctx.data, selection);
  }
  return { ctx, ui, selection };
}

export function nextId(book: Book): number {
  return book.ctx.data.nextId++;
}

/** Sheet ids are unique in the workbook; the model seeds sheet 0, so hand out ids above all in use. */
export function nextSheetId(book: Book): number {
  const data = book.ctx.data;
  const used = Math.max(0, ...data.sheets.map((s) => s.id));
  if (data.nextId <= used) data.nextId = used + 1;
  return data.nextId++;
}

export function activeSheetData(book: Book): SheetData {
  const data = book.ctx.data;
  return data.sheets.find((s) => s.id === book.selection.sheetId) ?? data.sheets[0];
}
