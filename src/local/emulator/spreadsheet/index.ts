/** The SpreadsheetApp emulator: an in-memory Apps Script Spreadsheet service over SpreadsheetData. */
export { createSpreadsheetApp } from './app';
export { UiLog } from './ui-log';
export type { MenuLog, MenuEntry, HtmlShown, AlertLog, ToastLog } from './ui-log';
export { ERR as SPREADSHEET_ERRORS } from './errors';
export { columnToLetters, lettersToColumn, parseA1, gridToA1 } from './a1';
export { formatDate, displayValue } from './display';
export { MAX_SHEETS_PER_SPREADSHEET, assertRoomForSheets } from './limits';
