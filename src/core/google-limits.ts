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

/**
 * Characters of a GET request's URL. A batchGet (and a Spreadsheets.get with ranges) carries every
 * range in its query string; 100 ranges of realistic Vietnamese tab names come to ≈ 12 KB encoded.
 * Google publishes no figure: the best public source is a report that Google API GET URLs stop at
 * 8,192 characters (github.com/googleapis/google-api-nodejs-client/issues/972, answered by a Google
 * client maintainer: "web servers generally stop responding after 8k characters"). Third-party, so
 * the stricter figure is taken.
 */
export const URL_CHARS = 8192;

/** The length of the URL a GET with these ranges and other query parameters sends (percent-encoded). */
export function getUrlLength(path: string, ranges: readonly string[], params: Readonly<Record<string, string>>): number {
  const q = ranges.map((r) => `ranges=${encodeURIComponent(r)}`)
    .concat(Object.keys(params).map((k) => `${k}=${encodeURIComponent(params[k])}`));
  return `https://sheets.googleapis.com/v4/spreadsheets/${path}?${q.join('&')}`.length;
}
