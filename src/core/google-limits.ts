/**
 * Google's limits the add-on is designed around and the local emulator enforces: one figure, one
 * place. Where Google publishes no page for a figure, the source is named and the stricter reading taken.
 */

/**
 * Sheets (tabs) one spreadsheet may hold. Not on a Google reference page; cited by independent
 * public write-ups of Google Sheets' limits (docs.squared.ai/guides/destinations/retl-destinations/
 * productivity-tools/google-sheets; thodigitals.com/en/limitations-of-google-sheets).
 */
export const SHEETS_PER_SPREADSHEET = 200;

/**
 * Characters one cell holds. Not on a Google reference page found; cited by independent public
 * write-ups (mojicnt.click/en/blog/spreadsheet-cell-limit.html; haeminway.com/en/notes/sheet-cell-json-limit).
 * Google refuses a longer write ("Your input contains more than the maximum of 50000 characters in a single cell").
 */
export const CHARS_PER_CELL = 50_000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${CHARS_PER_CELL} characters in a single cell.`;

/** What the add-on writes into a cell: text cut to fit, saying how much was left out (Vietnamese). */
export function fitCell(s: string): string {
  if (s.length <= CHARS_PER_CELL) return s;
  const note = (n: number) => ` … (đã cắt bớt ${n} ký tự: ô chỉ chứa tối đa ${CHARS_PER_CELL} ký tự)`;
  const keep = CHARS_PER_CELL - note(s.length).length; // the count has no more digits than s.length
  return s.slice(0, keep) + note(s.length - keep);
}
