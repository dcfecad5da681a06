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
