/**
 * Finding (by spreadsheet-level developer metadata, so a renamed Tổng hợp is still found) and
 * making the two summary sheets, and making sure a grid fits before one setValues writes it.
 */
import { MODELS_SHEET_NAME, REPLICATION_SHEET_NAME, SUMMARY_SHEET_NAME } from '../../core/summary';
import { KEY, createRoleSheet, isUnitTab } from '../setup/tracking';
import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SUMMARY_KEY = { summary: 'dvk.summary', models: 'dvk.models', replication: 'dvk.replication' } as const;
export type SummaryRole = keyof typeof SUMMARY_KEY;
const NAMES: Record<SummaryRole, string> = { summary: SUMMARY_SHEET_NAME, models: MODELS_SHEET_NAME, replication: REPLICATION_SHEET_NAME };

/** The role sheets' ids from the file's layout (no call): existing sheets that are no unit's tab. */
export function summarySheetIds(layout: FileLayout): Partial<Record<SummaryRole, number>> {
  const found: Partial<Record<SummaryRole, number>> = {};
  const tabs = new Set(layout.metadata.filter((m) => m.key === KEY.tab && m.on !== undefined).map((m) => m.on));
  for (const m of layout.metadata) {
    const role = (Object.keys(SUMMARY_KEY) as SummaryRole[]).find((r) => SUMMARY_KEY[r] === m.key);
    if (!role || m.on !== undefined || found[role] !== undefined) continue;
    const id = Number(m.value);
    if (/^\d+$/.test(m.value) && layout.sheets.some((s) => s.sheetId === id) && !tabs.has(id)) found[role] = id;
  }
  return found;
}

/** One getDeveloperMetadata on the spreadsheet (none given the file's layout): the sheets of both roles that still exist. */
export function findSummarySheets(ss: Spreadsheet, layout?: FileLayout | null): Partial<Record<SummaryRole, Sheet>> {
  if (layout) {
    const ids = summarySheetIds(layout);
    return Object.fromEntries((Object.keys(ids) as SummaryRole[]).map((r) => [r, layout.sheet(ids[r]!)]).filter(([, s]) => s)) as Partial<Record<SummaryRole, Sheet>>;
  }
  const found: Partial<Record<SummaryRole, Sheet>> = {};
  for (const m of ss.getDeveloperMetadata()) {
    const role = (Object.keys(SUMMARY_KEY) as SummaryRole[]).find((r) => SUMMARY_KEY[r] === m.getKey());
    if (!role || found[role]) continue;
    const sheet = ss.getSheetById(Number(m.getValue()));
    if (sheet && !isUnitTab(sheet)) found[role] = sheet;
  }
  return found;
}

/** Creates a missing role sheet; a sheet that merely has its name (a unit's renamed tab) is never taken over. */
export function ensureSummarySheet(ss: Spreadsheet, role: SummaryRole, existing: Sheet | undefined, index: number): { sheet: Sheet; created: boolean; note?: string } {
  if (existing) return { sheet: existing, created: false };
  return { ...createRoleSheet(ss, SUMMARY_KEY[role], NAMES[role], index), created: true };
}

/** Grows the sheet so rows × columns fit (setValues outside the grid throws). */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** A grid padded with '' to at least rows × columns, so one setValues also clears what was there. */
export function padGrid(grid: (string | number)[][], rows: number, columns: number): (string | number)[][] {
  const width = Math.max(columns, ...grid.map((r) => r.length));
  const out = grid.map((r) => [...r, ...Array(width - r.length).fill('')]);
  while (out.length < rows) out.push(Array(width).fill(''));
  return out;
}
