/**
 * Local workbooks: .xlsx files ⇄ the emulator's SpreadsheetData, through exceljs.
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
