/** Sheet names: unique (case-insensitively, as Sheets compares them), non-empty, localised defaults. */
import type { SheetData, SpreadsheetData } from '../model';
import { ERR, fail } from './errors';

const taken = (data: SpreadsheetData, name: string, except?: SheetData) =>
  data.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());

export function validateSheetName(data: SpreadsheetData, name: unknown, except?: SheetData): string {
  const n = String(name ?? '');
  if (n.trim() === '' || n.length > 100) fail(ERR.invalidSheetName);
  if (taken(data, n, except)) fail(ERR.sheetExists(n));
  return n;
}

/** The name Sheets gives a new tab: "Trang tính3" in a vi_VN file, "Sheet3" in an English one. */
export function defaultSheetName(data: SpreadsheetData): string {
  const prefix = data.locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
  for (let k = data.sheets.length + 1; ; k++) if (!taken(data, `${prefix}${k}`)) return `${prefix}${k}`;
}

/**
 * "Copy of X", then "Copy of X 2"… when taken (Sheet.copyTo; the de-duplication as described in
 * googlesheets4's sheet_copy docs, rdrr.io/cran/googlesheets4/man/sheet_copy.html — unverified on Apps Script).
 */
export function copyName(data: SpreadsheetData, name: string): string {
  const base = `Copy of ${name}`;
  if (!taken(data, base)) return base;
  for (let k = 2; ; k++) if (!taken(data, `${base} ${k}`)) return `${base} ${k}`;
}
