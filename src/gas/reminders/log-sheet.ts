/**
 * The protected "Nhật ký nhắc hạn" sheet: found by developer metadata (a renamed sheet is still
 * the log), read with one getValues, appended and updated one block at a time.
 */
import { LOG_HEADERS, LOG_SHEET_NAME, RESULT_COLUMN, logRow, parseLog, RESULT_LABEL, type LogRecord, type LogResult } from '../../core/reminders';
import { protectSheet } from '../setup/protect';
import { asTyped } from '../sheets-write';
import { createRoleSheet, sheetByMetadata } from '../setup/tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const LOG_KEY = 'dvk.reminderLog';
export const LOG_PROTECTION = 'Nhật ký nhắc hạn: chỉ người tổng hợp và tiện ích Dân vận khéo ghi.';

/** By its tracking only: a unit's tab renamed "Nhật ký nhắc hạn" is not the log. */
export function findLogSheet(ss: Spreadsheet): Sheet | null {
  return sheetByMetadata(ss, LOG_KEY);
}

/** The log sheet, made (header, frozen row, protection) the first time reminders run. */
export function ensureLogSheet(ss: Spreadsheet, coordinators: readonly string[], who: { me: string; owner: string }): { sheet: Sheet; note?: string } {
  const found = findLogSheet(ss);
  if (found) return { sheet: found };
  const made = createRoleSheet(ss, LOG_KEY, LOG_SHEET_NAME);
  const sheet = made.sheet;
  sheet.getRange(1, 1, 1, LOG_HEADERS.length).setValues([[...LOG_HEADERS]]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  protectSheet(sheet, coordinators, LOG_PROTECTION, who);
  return made;
}

/** @param timeZone the campaign's: a Hạn that Sheets once read as a date is printed back in it. */
export function readLog(sheet: Sheet | null, timeZone: string): LogRecord[] {
  if (!sheet || sheet.getLastRow() < 2) return [];
  return parseLog(sheet.getDataRange().getValues(), timeZone);
}

/**
 * Appends records in one setValues; returns the first row written. Text goes behind an apostrophe
 * (asTyped): setValues parses strings as typed, and Hạn "18/05/2021" would become a date.
 */
export function appendLog(sheet: Sheet, records: readonly LogRecord[]): number {
  const first = sheet.getLastRow() + 1;
  // A new sheet has 1,000 rows and writing past them throws: a campaign's log outgrows that.
  const short = first + records.length - 1 - sheet.getMaxRows();
  if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  if (records.length) sheet.getRange(first, 1, records.length, LOG_HEADERS.length).setValues(records.map((r) => logRow(r).map((v) => (v instanceof Date ? v : asTyped(v)))));
  return first;
}

/** Rewrites Kết quả and Chi tiết of a block of rows written by appendLog, in one setValues. */
export function updateResults(sheet: Sheet, first: number, results: readonly { result: LogResult; detail: string }[]): void {
  if (!results.length) return;
  sheet.getRange(first, RESULT_COLUMN, results.length, 2).setValues(results.map((r) => [RESULT_LABEL[r.result], asTyped(r.detail)]));
}
