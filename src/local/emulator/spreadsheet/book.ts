/**
 * What every emulated object of one spreadsheet shares: the context (data, acting user, call
 * counter), the UI log, and which sheet/range is active. Active selection lives here (keyed by
 * the data) so two SpreadsheetApp instances over the same workbook agree on it. A book opened
 * on another file (openById, create) sees the execution's live context (who acts, auth, calls)
 * with `data` pinned to that file.
 */
import type { EmulatorContext } from '../context';
import type { GridRange, SheetData, SpreadsheetData } from '../model';
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

export function makeBook(ctx: EmulatorContext, ui: UiLog, data: SpreadsheetData = ctx.data): Book {
  let selection = selections.get(data);
  if (!selection) {
    selection = { sheetId: data.sheets[0]?.id ?? 0 };
    selections.set(data, selection);
  }
  return { ctx: pinnedTo(ctx, data), ui, selection };
}

/** `ctx` as seen from one file: every field read through live, `data` fixed to that file. */
export function pinnedTo(ctx: EmulatorContext, data: SpreadsheetData): EmulatorContext {
  return Object.create(ctx, { data: { value: data, enumerable: true } }) as EmulatorContext;
}

/** The files of the emulated Drive (ctx.data alone when the context has no registry). */
export function filesOf(ctx: EmulatorContext): Map<string, SpreadsheetData> {
  return ctx.files ?? new Map([[ctx.data.id, ctx.data]]);
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
