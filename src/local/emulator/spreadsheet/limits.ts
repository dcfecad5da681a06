/**
 * Google's per-spreadsheet limits the emulator enforces, one constant per limit so an emulator of
 * several spreadsheets (a hub and member workbooks) applies the same figure to each file.
 *
 * 200 sheets per spreadsheet: no Google reference page states it; independent public write-ups of
 * Google Sheets' limits do (docs.squared.ai/guides/destinations/retl-destinations/productivity-tools/google-sheets
 * "There is a cap of 200 worksheets within a single Google Sheets spreadsheet";
 * thodigitals.com/en/limitations-of-google-sheets "A single workbook file cannot contain more than
 * 200 individual sheets (tabs)"). Google's exact exception text is not public: the message below is
 * worded after the documented cell-limit error ("This action would increase the number of cells in
 * the workbook above the limit of 10000000 cells.").
 */
import { SHEETS_PER_SPREADSHEET } from '../../../core/google-limits';
import type { SpreadsheetData } from '../model';
import { fail } from './errors';

/** The add-on's own design figure is the same one (src/core/google-limits); the emulator's test pins it at 200. */
export const MAX_SHEETS_PER_SPREADSHEET = SHEETS_PER_SPREADSHEET;

export const sheetLimitMessage = (): string =>
  `This action would increase the number of sheets in the workbook above the limit of ${MAX_SHEETS_PER_SPREADSHEET} sheets.`;

/** Throws as Apps Script does when `data` cannot take `adding` more sheets. */
export function assertRoomForSheets(data: SpreadsheetData, adding = 1): void {
  if (data.sheets.length + adding > MAX_SHEETS_PER_SPREADSHEET) fail(sheetLimitMessage());
}
