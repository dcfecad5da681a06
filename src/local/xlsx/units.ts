/**
 * Sheets measures columns and rows in pixels; .xlsx in "characters" (columns) and points (rows).
 * Google's own export writes a 100 px column (Sheets' default) as defaultColWidth="14.43" and
 * every width as a multiple of 1/7 rounded to two decimals (e.g. 11.86, 22.29, 23.71), i.e.
 * width = (px + 1) / 7 with a 7 px digit; rows as px × 0.75 pt (21 px → 15.75 pt). Rounding to two
 * decimals loses at most 0.035 px, so the inverse rounds back to the same integer pixel count.
 */

/** Sheets' default column width and row height, in pixels. */
export const DEFAULT_COLUMN_PX = 100;
export const DEFAULT_ROW_PX = 21;

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function pxToExcelWidth(px: number): number {
  return round2((px + 1) / 7);
}

export function excelWidthToPx(width: number): number {
  return Math.max(0, Math.round(width * 7 - 1));
}

export function pxToPoints(px: number): number {
  return round2(px * 0.75);
}

export function pointsToPx(pt: number): number {
  return Math.round(pt / 0.75);
}
