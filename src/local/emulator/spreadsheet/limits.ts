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

/**
 * Developer metadata: 30,000 characters for the spreadsheet and 30,000 for each sheet, every
 * character of metadataKey and metadataValue counted ("Metadata storage limits",
 * developers.google.com/workspace/sheets/api/guides/metadata). Row and column metadata is counted
 * with its sheet (the guide names only those two allocations: the stricter reading). The exception
 * text is not documented; this one says what was exceeded.
 */
export const MAX_METADATA_CHARS_PER_LOCATION = 30000;

type Meta = SpreadsheetData['developerMetadata'][number];

/** 'spreadsheet', or the sheet id a metadata's characters are counted against. */
export const metadataAllocation = (m: Pick<Meta, 'location'>): 'spreadsheet' | number =>
  m.location.type === 'SPREADSHEET' ? 'spreadsheet' : m.location.sheetId;

const charsOf = (m: Pick<Meta, 'key' | 'value'>) => m.key.length + (m.value?.length ?? 0);

/** Characters used at each allocation (the spreadsheet, each sheet id), for the benchmark's report. */
export function metadataUsage(data: SpreadsheetData): Map<'spreadsheet' | number, number> {
  const used = new Map<'spreadsheet' | number, number>();
  for (const m of data.developerMetadata) used.set(metadataAllocation(m), (used.get(metadataAllocation(m)) ?? 0) + charsOf(m));
  return used;
}

/** Throws when storing `next` (replacing `replacing`, if given) would take its location past 30,000 characters. */
export function assertMetadataFits(data: SpreadsheetData, next: Pick<Meta, 'key' | 'value' | 'location'>, replacing?: Meta): void {
  const at = metadataAllocation(next);
  const used = data.developerMetadata.filter((m) => m !== replacing && metadataAllocation(m) === at).reduce((n, m) => n + charsOf(m), 0);
  if (used + charsOf(next) > MAX_METADATA_CHARS_PER_LOCATION) {
    fail(`The developer metadata at this location would take ${used + charsOf(next)} characters, over the limit of ${MAX_METADATA_CHARS_PER_LOCATION}.`);
  }
}
