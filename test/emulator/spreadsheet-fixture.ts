/** A fresh workbook and SpreadsheetApp for the spreadsheet emulator's tests. */
import { CallCounter, type EmulatorContext } from '../../src/local/emulator/context';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { createSpreadsheetApp, UiLog } from '../../src/local/emulator/spreadsheet';

export const OWNER = 'bandanvan@quan3.example.vn';
export const EDITOR = 'phuong1@quan3.example.vn';
export const OTHER = 'phuong2@quan3.example.vn';

export function setup(opts: { user?: string; editors?: string[]; hasUi?: boolean } = {}) {
  const data = newSpreadsheetData({ id: 'sheet-123', name: 'Dân vận khéo 2021', owner: OWNER });
  data.editors.push(...(opts.editors ?? [EDITOR, OTHER]));
  const ctx: EmulatorContext = {
    data, now: () => Date.UTC(2021, 2, 1), activeUser: opts.user ?? OWNER, effectiveUser: opts.user ?? OWNER,
    authMode: 'FULL', calls: new CallCounter(), hasUi: opts.hasUi,
  };
  const ui = new UiLog('Dân vận khéo');
  const app = createSpreadsheetApp(ctx, ui);
  return { data, ctx, ui, app, ss: app.getActiveSpreadsheet() };
}

/** Runs `f` as another user over the same workbook (a second execution). */
export function as(ctx: EmulatorContext, user: string) {
  const other: EmulatorContext = { ...ctx, activeUser: user, effectiveUser: user };
  return createSpreadsheetApp(other, new UiLog()).getActiveSpreadsheet();
}
