/**
 * Reads the conformance kit's results sheet as downloaded from Google Sheets: File → Download →
 * Microsoft Excel (.xlsx) or Comma-separated values (.csv, RFC 4180 quoting).
 */
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { RESULT_HEADER, RESULTS_SHEET } from '../../conformance/run';

export type ResultRow = Record<(typeof RESULT_HEADER)[number], string>;

/** RFC 4180: fields separated by commas, quoted with "…" when they hold commas, quotes or line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function xlsxRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(RESULTS_SHEET) ?? wb.worksheets[0];
  if (!ws) throw new Error(`${file}: the workbook has no sheet`);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (r) => {
    rows.push(RESULT_HEADER.map((_, j) => r.getCell(j + 1).text ?? ''));
  });
  return rows;
}

/** The rows under the header, keyed by the header's names; refuses a file that is not a results sheet. */
export async function readResults(file: string): Promise<ResultRow[]> {
  const grid = /\.xlsx$/i.test(file) ? await xlsxRows(file) : parseCsv(await readFile(file, 'utf8'));
  const header = (grid[0] ?? []).map((h) => h.trim());
  if (RESULT_HEADER.some((h, j) => header[j] !== h)) {
    throw new Error(`${file}: not a conformance results sheet (expected the header ${RESULT_HEADER.join(', ')})`);
  }
  return grid.slice(1).filter((r) => r.some((c) => c !== '')).map((r) =>
    Object.fromEntries(RESULT_HEADER.map((h, j) => [h, r[j] ?? ''])) as ResultRow);
}
