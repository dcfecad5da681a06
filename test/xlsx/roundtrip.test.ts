/**
 * .xlsx round trip: a workbook written by writeWorkbook reads back as the same SpreadsheetData.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readWorkbook, readWorkbookBuffer, SIDECAR_SHEET, writeWorkbook, writeWorkbookBuffer } from '../../src/local/xlsx';
import { everyPropertyWorkbook, vn } from './fixture';
import { emailListFormula } from '../../src/core/config-sheet';
import { Emulator } from '../../src/local/emulator/emulator';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-xlsx-'));

describe('round trip through .xlsx', () => {
  it('reads back every property it wrote', async () => {
    const data = everyPropertyWorkbook();
    const file = path.join(dir, 'every.xlsx');
    await writeWorkbook(data, file);
    const back = await readWorkbook(file);
    expect(back).toEqual(data);
    expect(back.sheets.map((s) => s.name)).toEqual(['BẢNG ĐĂNG KÝ', 'P1 - Phường 1', 'Cấu hình']);
  });

  it("keeps a formula's cached value, and keeps a formula whose value the emulator never knew unknown (listed in __dvk), so reading it still throws", async () => {
    const data = everyPropertyWorkbook();
    const emu = new Emulator({ owner: data.owner, data });
    const tab = () => emu.run(data.owner, () => (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('BẢNG ĐĂNG KÝ')!);
    emu.run(data.owner, () => tab().getRange('H20').setValue('=SUM(C7:C8)'));
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(data));
    const again = new Emulator({ owner: back.owner, data: back });
    again.run(back.owner, () => {
      const sheet = (again.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet().getSheetByName('BẢNG ĐĂNG KÝ')!;
      expect(sheet.getRange('C7').getValue()).toBe(7.5); // =SUM(A7:B7), cached in the file
      expect(sheet.getRange('H20').getFormula()).toBe('=SUM(C7:C8)');
      expect(() => sheet.getRange('H20').getValue()).toThrow(/^Emulator: cannot read the value of 'BẢNG ĐĂNG KÝ'!H20, the formula =SUM\(C7:C8\)/);
    });
  });

  it('is stable: a second write/read gives the same model', async () => {
    const once = await readWorkbookBuffer(await writeWorkbookBuffer(everyPropertyWorkbook()));
    const twice = await readWorkbookBuffer(await writeWorkbookBuffer(once));
    expect(twice).toEqual(once);
  });

  it('keeps 18/05/2021 as that local midnight in Asia/Ho_Chi_Minh, and as serial 44334 in the file', async () => {
    const bytes = await writeWorkbookBuffer(everyPropertyWorkbook());
    const back = await readWorkbookBuffer(bytes);
    const value = back.sheets[0].cells.get('3:2')?.value as Date;
    expect(value.toISOString()).toBe('2021-05-17T17:00:00.000Z');
    expect(value.getTime()).toBe(new Date('2021-05-18T00:00:00+07:00').getTime());
    // The file holds the wall-clock serial, as Excel/LibreOffice show it: 44334 = 18/05/2021.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const raw = wb.getWorksheet('BẢNG ĐĂNG KÝ')!.getCell('B3').value as Date;
    expect(raw.toISOString()).toBe('2021-05-18T00:00:00.000Z');
    expect(raw.getTime() / 86400000 + 25569).toBe(44334);
    const timed = wb.getWorksheet('BẢNG ĐĂNG KÝ')!.getCell('C3').value as Date;
    expect(timed.toISOString()).toBe('2021-06-30T17:30:00.000Z');
  });

  it('hides the add-on data in one very hidden sheet that does not appear in the model', async () => {
    const bytes = await writeWorkbookBuffer(everyPropertyWorkbook());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['BẢNG ĐĂNG KÝ', 'visible'], ['P1 - Phường 1', 'visible'], ['Cấu hình', 'hidden'], [SIDECAR_SHEET, 'veryHidden'],
    ]);
    const back = await readWorkbookBuffer(bytes);
    expect(back.sheets.some((s) => s.name === SIDECAR_SHEET)).toBe(false);
  });

  it('splits add-on data larger than an Excel cell over several cells', async () => {
    const data = everyPropertyWorkbook();
    const long = 'Mô tả dài 🌟 '.repeat(8000); // ≈ 100,000 characters, surrogate pairs included
    data.developerMetadata.push({ id: 40, key: 'dvk.long', value: long, visibility: 'PROJECT', location: { type: 'SPREADSHEET' } });
    const bytes = await writeWorkbookBuffer(data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const side = wb.getWorksheet(SIDECAR_SHEET)!;
    expect(side.rowCount).toBeGreaterThan(3);
    for (let r = 1; r <= side.rowCount; r++) expect(String(side.getCell(r, 1).value).length).toBeLessThanOrEqual(32767);
    const back = (await readWorkbookBuffer(bytes)).developerMetadata.at(-1)?.value ?? '';
    expect(back.length).toBe(long.length);
    expect(back === long).toBe(true);
  });

  it('writes list and date validations natively, with stop or warning errors and the help text as prompt', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(everyPropertyWorkbook())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('BẢNG ĐĂNG KÝ')!;
    expect(ws.getCell('B4').dataValidation).toMatchObject({
      type: 'list', formulae: ['"Kinh tế,Văn hóa - xã hội,Quốc phòng - an ninh,Xây dựng hệ thống chính trị"'],
      showErrorMessage: true, errorStyle: 'warning',
    });
    expect(ws.getCell('B3').dataValidation).toMatchObject({
      type: 'date', operator: 'between', showErrorMessage: true, prompt: 'Nhập ngày dạng dd/MM/yyyy', showInputMessage: true,
    });
    expect((ws.getCell('B3').dataValidation.formulae as Date[]).map((d) => d.toISOString()))
      .toEqual(['2021-01-01T00:00:00.000Z', '2021-12-31T00:00:00.000Z']);
    expect(ws.getCell('B6').dataValidation).toBeFalsy(); // carried by __dvk: its item holds a comma
  });

  it('keeps a formula rule of Google-only functions (Cấu hình’s e-mail list check) out of Excel’s validations, and reads it back', async () => {
    const data = everyPropertyWorkbook();
    const rule = { criteria: 'CUSTOM_FORMULA', args: [emailListFormula('C7')], allowInvalid: true, helpText: 'E-mail' };
    data.sheets[0].cells.set('7:3', { value: 'p1@q3.gov.vn, p1b@q3.gov.vn', validation: rule });
    const bytes = await writeWorkbookBuffer(data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    // REGEXMATCH is an error in Excel and LibreOffice: written there, it would refuse or warn on every address.
    expect(wb.getWorksheet(data.sheets[0].name)!.getCell('C7').dataValidation).toBeFalsy();
    expect((await readWorkbookBuffer(bytes)).sheets[0].cells.get('7:3')!.validation).toEqual(rule);
  });

  it('writes row groups as Excel’s outline (levels, folded rows hidden, toggle above), so Excel and LibreOffice fold them too', async () => {
    const data = everyPropertyWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(data)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(data.sheets[0].name)!;
    expect([19, 20, 22, 29, 30].map((r) => [r, ws.getRow(r).outlineLevel ?? 0, ws.getRow(r).hidden])).toEqual([
      [19, 0, false], [20, 1, true], [22, 2, true], [29, 1, true], [30, 0, false]]);
    expect(ws.properties.outlineProperties).toMatchObject({ summaryBelow: false });
  });

  it('writes a sheet\'s filter as its native autoFilter (filter buttons in Excel and Sheets) and reads it back', async () => {
    const data = everyPropertyWorkbook();
    data.sheets[1].filter = { row: 2, column: 1, numRows: 9, numColumns: 8 };
    const bytes = await writeWorkbookBuffer(data);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('P1 - Phường 1')!.autoFilter).toBe('A2:H10');
    expect(wb.getWorksheet('BẢNG ĐĂNG KÝ')!.autoFilter).toBeFalsy();
    const back = await readWorkbookBuffer(bytes);
    expect(back.sheets[1].filter).toEqual({ row: 2, column: 1, numRows: 9, numColumns: 8 });
    expect(back.sheets[0].filter).toBeUndefined();
    expect(back).toEqual(data);
  });

  it('converts column pixels to Excel widths as Google does (100 px = 14.43) and rows to points', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbookBuffer(everyPropertyWorkbook())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('BẢNG ĐĂNG KÝ')!;
    expect(ws.getColumn(1).width).toBe(25.86); // (180 + 1) / 7
    expect(ws.properties.defaultColWidth).toBe(14.43);
    expect(ws.getRow(1).height).toBe(36); // 48 px × 0.75
  });
});

it('uses the 2021 campaign dates as Vietnam midnights', () => {
  expect(vn('2021-05-18T00:00:00').toISOString()).toBe('2021-05-17T17:00:00.000Z');
});
