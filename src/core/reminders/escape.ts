/** Every value that came from the sheet goes through this before it is put into HTML. */
export function escapeHtml(v: unknown): string {
  return String(v ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Links only to Google's own spreadsheet URLs: a hostile value can never become `javascript:`. */
export function safeSheetUrl(url: string): string {
  return /^https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit/.test(url) ? url : '';
}
