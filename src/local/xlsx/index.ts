/**
 * Local workbooks: .xlsx files ⇄ the emulator's SpreadsheetData, through exceljs (the best-kept
 * library that reads and writes styles, notes, validations, merges and views).
 *
 * Written natively, so Excel, LibreOffice and Google Sheets show them, and read back exactly:
 * - values: string, number, boolean, Date, '' (empty); formulas with their cached value (never
 *   evaluated here; a formula with value '' is written without a cached value; one whose value the
 *   emulator does not know is listed in __dvk and stays unknown when read back: reading its value throws);
 * - dates: a serial of the wall clock in data.timeZone, as Sheets' download writes it
 *   (18/05/2021 in a cell = new Date('2021-05-18T00:00:00+07:00') in the model = serial 44334);
 *   a Date with no numberFormat gets 'dd/mm/yyyy', since a date cell always has a format in Sheets;
 * - merges, notes, solid backgrounds, number formats (verbatim), bold, italic, font colour and
 *   size, horizontal/vertical alignment, wrap;
 * - column widths: px ⇄ Excel characters as Google's export does, width = (px + 1) / 7 rounded to
 *   2 decimals (100 px = 14.43); row heights: px × 0.75 pt; both round-trip to the same pixels;
 * - frozen rows/columns (sheet view), sheet order, hidden and very hidden sheets, tab colours;
 * - named ranges as the workbook's defined names (defined-names.ts), with or without __dvk;
 * - a sheet's basic filter (Range.createFilter) as the worksheet's autoFilter, range only;
 * - tab names over Excel's 31 characters (Sheets allows 100): the file holds a unique cut name
 *   ("…~2" when two cut alike), __dvk the full one, restored on read (sheet-names.ts);
 * - validations: VALUE_IN_LIST (an inline list), DATE_* (date rules; DATE_IS_VALID_DATE as
 *   "date after 30/12/1899"), NUMBER_*, CUSTOM_FORMULA; allowInvalid=false is a "stop" error,
 *   true a "warning"; helpText is the input prompt.
 *
 * Kept only in the very hidden "__dvk" sheet (JSON split under the 32,767-character cell limit),
 * read back and removed from the model: the spreadsheet's id, name, owner, editors, time zone,
 * locale and nextId; sheet ids and grid sizes; developer metadata; protections (with editors,
 * descriptions, unprotected ranges, warningOnly, domainEdit, editorsSet); conditional formats;
 * charts; print settings; validations Excel cannot express (a list item with a comma, a list over
 * 255 characters, a dropdown-less list, other criteria). None of these is written natively: other
 * programs do not show or enforce them. No native sheet protection is set either: the person with
 * the local file is the coordinator, whom Sheets lets edit every protected range.
 *
 * Not faithful (read as their nearest model value):
 * - Sheets' defaults read back as unset: font size 10 (or Excel's Calibri 11), normal weight and
 *   style, bottom alignment, a row as high as the sheet's default (21 px); an empty cell with no
 *   format, note or validation is no cell at all;
 * - rich text reads as its plain text, a hyperlink as its text, an error as its code ('#N/A');
 *   borders, fonts' names, hyperlinks' targets are not read or written;
 * - a file from Google (no "__dvk"): sheet ids are 0, 1, 2… in order, the owner is options.owner,
 *   the name the file's, no editors, protections or metadata, grids at least 1000 × 26, tab names
 *   as Google cut them to 31 characters;
 * - a sheet renamed outside the add-on loses its __dvk data (matched by name) and gets a new id
 *   (the add-on then finds the unit's tab by its named range or its form: core/unit-tab/recognise);
 * - headless LibreOffice drops frozen panes when it saves (it has no view), writes number formats in
 *   lower case (dd/mm/yyyy) and saves the very hidden __dvk as hidden (read by name all the same);
 * - exceljs 4.4 parses each XML part in 16K-character pieces and so garbles an emoji that straddles
 *   a piece boundary in a large sheet (Vietnamese letters are safe; __dvk escapes its emoji).
 */
import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { SpreadsheetData } from '../emulator/model';
import { replaceFileAtomically } from './atomic-file';
import { modelFromWorkbook, type ReadOptions } from './read';
import { buildWorkbook } from './write';

export type { ReadOptions } from './read';
export { SIDECAR_SHEET } from './sidecar';
export { excelWidthToPx, pxToExcelWidth, pointsToPx, pxToPoints } from './units';

export async function readWorkbookBuffer(bytes: Uint8Array, opts: ReadOptions = {}): Promise<SpreadsheetData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return modelFromWorkbook(wb, opts);
}

export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<SpreadsheetData> {
  const bytes = await fs.readFile(file);
  return readWorkbookBuffer(bytes, { name: path.basename(file, path.extname(file)), ...opts });
}

export async function writeWorkbookBuffer(data: SpreadsheetData): Promise<Uint8Array> {
  const buffer = await buildWorkbook(data).xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Writes beside the target and renames over it: a failure leaves the old file as it was. */
export async function writeWorkbook(data: SpreadsheetData, file: string): Promise<void> {
  await replaceFileAtomically(file, () => writeWorkbookBuffer(data));
}
