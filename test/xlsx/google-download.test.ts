/**
 * A workbook as Google Sheets' File → Download → .xlsx gives it: no __dvk sheet, dates as serials of
 * the spreadsheet's wall clock, widths in Excel characters (Sheets' 100 px default = 14.43).
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readWorkbook } from '../../src/local/xlsx';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-google-'));

async function googleLikeFile(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const form = wb.addWorksheet('BẢNG ĐĂNG KÝ', {
    properties: { defaultColWidth: 14.43, defaultRowHeight: 15.75, tabColor: { argb: 'FF38761D' } },
    views: [{ state: 'frozen', xSplit: 0, ySplit: 3 }],
  });
  form.getColumn(2).width = 22.29;
  form.getRow(1).height = 31.5;
  form.getCell('A1').value = 'BẢNG ĐĂNG KÝ MÔ HÌNH "DÂN VẬN KHÉO"';
  form.getCell('A1').style = { font: { name: 'Arial', size: 14, bold: true }, alignment: { horizontal: 'center' } };
  form.mergeCells('A1:D1');
  form.getCell('A4').value = 'Phường 1';
  form.getCell('A4').note = 'Đơn vị đăng ký';
  // 18/05/2021 is serial 44334; exceljs writes a Date's UTC wall time as the serial.
  form.getCell('B4').value = new Date(Date.UTC(2021, 4, 18));
  form.getCell('B4').numFmt = 'dd/mm/yyyy';
  form.getCell('C4').value = { formula: 'COUNTIF(A5:A9,"x")', result: 0 };
  form.getCell('D4').value = 'Kinh tế';
  form.getCell('D4').dataValidation = {
    type: 'list', allowBlank: true, formulae: ['"Kinh tế,Văn hóa - xã hội"'], showErrorMessage: true,
  };
  form.getCell('A5').value = { richText: [{ text: 'Mô hình ' }, { text: 'mới', font: { bold: true } }] };
  form.getCell('A6').value = { text: 'Trang web', hyperlink: 'https://example.com' };
  form.getCell('A7').value = { error: '#N/A' };
  const hidden = wb.addWorksheet('Danh mục', { state: 'hidden' });
  hidden.getCell('A1').value = 'Kinh tế';
  const file = path.join(dir, 'Dân vận khéo 2021.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('reading a file downloaded from Google Sheets', () => {
  let data: Awaited<ReturnType<typeof readWorkbook>>;
  beforeAll(async () => { data = await readWorkbook(await googleLikeFile(), { owner: 'bandanvan.q3@example.com' }); });

  it('takes the owner from the caller, the name from the file, and has no protections', () => {
    expect(data.owner).toBe('bandanvan.q3@example.com');
    expect(data.name).toBe('Dân vận khéo 2021');
    expect(data.protections).toEqual([]);
    expect(data.developerMetadata).toEqual([]);
    expect(data.timeZone).toBe('Asia/Ho_Chi_Minh');
  });

  it('assigns distinct sheet ids in sheet order and a next id past them', () => {
    expect(data.sheets.map((s) => [s.id, s.name, s.hidden])).toEqual([[0, 'BẢNG ĐĂNG KÝ', false], [1, 'Danh mục', true]]);
    expect(data.nextId).toBe(2);
    expect(data.sheets[0]).toMatchObject({ maxRows: 1000, maxColumns: 26 });
  });

  it('reads 18/05/2021 as midnight in Ho Chi Minh City', () => {
    const cell = data.sheets[0].cells.get('4:2');
    expect(cell).toEqual({ value: new Date('2021-05-18T00:00:00+07:00'), numberFormat: 'dd/mm/yyyy' });
  });

  it('keeps a formula with its cached 0, text of rich text and links, and error values', () => {
    const cells = data.sheets[0].cells;
    expect(cells.get('4:3')).toEqual({ value: 0, formula: '=COUNTIF(A5:A9,"x")' });
    expect(cells.get('5:1')?.value).toBe('Mô hình mới');
    expect(cells.get('6:1')?.value).toBe('Trang web');
    expect(cells.get('7:1')?.value).toBe('#N/A');
  });

  it('reads layout: merges, frozen rows, widths in pixels, heights, tab colour, notes, validations', () => {
    const sheet = data.sheets[0];
    expect(sheet.merges).toEqual([{ row: 1, column: 1, numRows: 1, numColumns: 4 }]);
    expect(sheet.cells.has('1:2')).toBe(false); // merged away
    expect(sheet.cells.get('1:1')).toMatchObject({ fontWeight: 'bold', fontSize: 14, horizontalAlignment: 'center' });
    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([3, 0]);
    expect(sheet.columnWidths.get(2)).toBe(155);
    expect(sheet.rowHeights.get(1)).toBe(42);
    expect(sheet.tabColor).toBe('#38761d');
    expect(sheet.cells.get('4:1')?.note).toBe('Đơn vị đăng ký');
    expect(sheet.cells.get('4:4')?.validation).toEqual({
      criteria: 'VALUE_IN_LIST', args: [['Kinh tế', 'Văn hóa - xã hội'], true], allowInvalid: false,
    });
  });
});
