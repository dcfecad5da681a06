/**
 * Sheet names longer than Excel's 31 characters. Sheets allows 100; Excel (and so .xlsx) allows 31,
 * unique case-insensitively (e.g. https://docs.devexpress.com/OfficeFileAPI/DevExpress.Spreadsheet.Worksheet.Name.property
 * lists Excel's constraints). The file gets a unique ≤31-character name; __dvk keeps the full one.
 */
import ExcelJS from 'exceljs';
import { newSheetData, newSpreadsheetData, type SpreadsheetData } from '../../src/local/emulator/model';
import { readWorkbookBuffer, SIDECAR_SHEET, writeWorkbookBuffer } from '../../src/local/xlsx';

// Both 31-character prefixes are "Phòng Lao động - Thương binh và".
const LONG_A = 'Phòng Lao động - Thương binh và Xã hội';
const LONG_B = 'Phòng Lao động - Thương binh và Xã hội (cũ)';
const LONG_C = 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3';

function longNamedWorkbook(): SpreadsheetData {
  const data = newSpreadsheetData({ owner: 'bandanvan.q3@example.org', name: 'Dân vận khéo 2021' });
  const names = [LONG_A, LONG_B, LONG_C];
  names.forEach((name, i) => {
    const sheet = newSheetData(10 + i, name, 60 + i, 8);
    sheet.cells.set('1:1', { value: name });
    // A validation with no Excel twin: only __dvk carries it, keyed by the tab.
    sheet.cells.set('2:2', { value: '', validation: { criteria: 'VALUE_IN_LIST', args: [['Có, đã làm', 'Chưa'], true], allowInvalid: false } });
    data.sheets.push(sheet);
    data.protections.push({
      id: 20 + i, type: 'SHEET', sheetId: 10 + i, unprotectedRanges: [], description: `Tab ${name}`,
      editors: [`unit${i}@example.org`], warningOnly: false, domainEdit: false, editorsSet: true,
    });
    data.developerMetadata.push({ id: 30 + i, key: 'dvk.unitTab', value: name, visibility: 'PROJECT', location: { type: 'SHEET', sheetId: 10 + i } });
  });
  data.nextId = 40;
  return data;
}

async function fileSheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name).filter((n) => n !== SIDECAR_SHEET);
}

describe('tab names longer than 31 characters', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => { warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined); });
  afterEach(() => warn.mockRestore());

  it('reads back the full names with their ids, grids, protections, metadata and __dvk-only validations', async () => {
    const data = longNamedWorkbook();
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(data));
    expect(back).toEqual(data);
    expect(back.sheets.map((s) => s.name)).toEqual(['Trang tính1', LONG_A, LONG_B, LONG_C]);
  });

  it('writes unique names of at most 31 characters in the file, the second of a shared prefix suffixed', async () => {
    const names = await fileSheetNames(await writeWorkbookBuffer(longNamedWorkbook()));
    expect(names).toEqual(['Trang tính1', LONG_A.slice(0, 31), `${LONG_A.slice(0, 29)}~2`, LONG_C.slice(0, 31)]);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('makes exceljs print no "exceeds 31 chars" warning', async () => {
    await writeWorkbookBuffer(longNamedWorkbook());
    expect(warn).not.toHaveBeenCalled();
  });

  it('is stable over a second write and read (what a second `dvk setup` does)', async () => {
    const once = await readWorkbookBuffer(await writeWorkbookBuffer(longNamedWorkbook()));
    const bytes = await writeWorkbookBuffer(once);
    expect(await readWorkbookBuffer(bytes)).toEqual(longNamedWorkbook());
    expect(await fileSheetNames(bytes)).toEqual(await fileSheetNames(await writeWorkbookBuffer(longNamedWorkbook())));
  });

  it('avoids, case-insensitively, a short tab already named like a truncated long one', async () => {
    const data = longNamedWorkbook();
    const taken = LONG_A.slice(0, 31).toUpperCase();
    data.sheets.splice(1, 0, newSheetData(9, taken));
    const bytes = await writeWorkbookBuffer(data);
    const names = await fileSheetNames(bytes);
    expect(names.slice(0, 4)).toEqual(['Trang tính1', taken, `${LONG_A.slice(0, 29)}~2`, `${LONG_A.slice(0, 29)}~3`]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect((await readWorkbookBuffer(bytes)).sheets.map((s) => s.name)).toEqual(['Trang tính1', taken, LONG_A, LONG_B, LONG_C]);
  });

  it('keeps a truncated name as it is in a file from Google (no __dvk)', async () => {
    // Google's File → Download cuts long tab names to 31 characters.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet(LONG_A.slice(0, 31)).getCell('A1').value = LONG_A;
    const back = await readWorkbookBuffer(new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer));
    expect(back.sheets.map((s) => s.name)).toEqual([LONG_A.slice(0, 31)]);
  });
});
