/**
 * dvk print: a unit's BẢNG ĐĂNG KÝ as an official signs it. The .xlsx carries Excel's own page
 * setup (A4 = paperSize 9, landscape, one page wide, print titles = the column-header row only) and
 * a ruled table; LibreOffice (headless) prints the PDF from those: A4 landscape, the header row on
 * every page, no validation fill on paper. pdfinfo/pdftotext/pdftoppm come from poppler-utils.
 * Page 1 is saved as test-output/print/form-page1.png.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { dvk, ROOT, tempDir } from './helpers';

const dir = tempDir();
const sample = path.join(dir, 'quan3.xlsx');
const UNIT = 'Phường 14'; // the sample's unit with mistakes: its tab carries validation marks
const OUT = path.join(ROOT, 'test-output', 'print');

beforeAll(() => {
  expect(dvk(dir, 'sample', sample).code).toBe(0);
  expect(dvk(dir, 'check', sample, '--today', '2021-05-20').code).toBe(1); // marks written on the tabs
}, 180_000);

describe('the print copy as .xlsx', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const file = path.join(dir, 'p14.xlsx');
    const r = dvk(dir, 'print', sample, '--unit', UNIT, '--out', file, '--today', '2021-05-20');
    expect(r.stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    ws = wb.worksheets.find((w) => w.state === 'visible')!;
  }, 120_000);

  it('has A4 landscape, one page wide, the column-header row as print titles, the form as print area', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const header = Number(ws.pageSetup.printTitlesRow!.split(':')[0]);
    expect(ws.pageSetup.printTitlesRow).toBe(`${header}:${header}`);
    expect(ws.getCell(header, 1).value).toBe('STT');
    expect(ws.pageSetup.printArea).toMatch(/^A1:F\d+$/);
  });

  it('rules the table: header row and numbered rows bordered on every side, the letterhead not', () => {
    const header = Number(ws.pageSetup.printTitlesRow!.split(':')[0]);
    for (const [r, c] of [[header, 1], [header, 6], [header + 2, 2], [header + 2, 4]]) {
      expect(ws.getCell(r, c).border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    }
    expect(ws.getCell(1, 1).border?.top).toBeUndefined();
  });

  it('prints no validation mark: no pink or orange fill, no note', () => {
    const fills: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      if (fill?.fgColor?.argb) fills.push(fill.fgColor.argb);
      expect(cell.note).toBeUndefined();
    }));
    expect(fills.length).toBeGreaterThan(0); // the form's own header and section fills stay
    expect(fills.filter((f) => /F4CCCC|FCE5CD/i.test(f))).toEqual([]);
  });
});

describe('a row the unit inserted into the table (the sample’s Phường 2, content 1) prints as the printed rows do', () => {
  const SIDES = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  let tab: ExcelJS.Worksheet;
  let ws: ExcelJS.Worksheet;
  let inserted: number;
  beforeAll(async () => {
    const file = path.join(dir, 'p2.xlsx');
    expect(dvk(dir, 'print', sample, '--unit', 'Phường 2', '--out', file, '--today', '2021-05-20').stderr).toBe('');
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(sample);
    tab = source.getWorksheet('Phường 2')!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    ws = wb.worksheets.find((w) => w.state === 'visible')!;
    // On the unit's tab the inserted row is the numbered, filled row without a ruled STT cell.
    const header = Number(ws.pageSetup.printTitlesRow!.split(':')[0]);
    inserted = 0;
    for (let r = header + 1; r <= tab.rowCount && !inserted; r++) {
      if (/^\d+\.$/.test(String(tab.getCell(r, 1).value)) && tab.getCell(r, 2).value && !tab.getCell(r, 1).border?.top) inserted = r;
    }
  }, 120_000);

  it('is ruled on every side, its STT centred and its text wrapped like the printed row above it', () => {
    expect(inserted).toBeGreaterThan(0);
    const printed = inserted - 1;
    expect(String(ws.getCell(printed, 1).value)).toMatch(/^\d+\.$/);
    for (let c = 1; c <= 6; c++) {
      expect([c, ws.getCell(inserted, c).border]).toMatchObject([c, SIDES]);
      expect([c, ws.getCell(inserted, c).border]).toEqual([c, ws.getCell(printed, c).border]);
      expect([c, ws.getCell(inserted, c).alignment]).toEqual([c, ws.getCell(printed, c).alignment]);
    }
    expect(ws.getCell(inserted, 1).alignment).toMatchObject({ horizontal: 'center', vertical: 'top' });
    expect(ws.getCell(inserted, 3).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell(inserted, 4).alignment?.horizontal).toBe('center'); // Thời gian as on the printed rows
  });

  it('is as tall as its wrapped text, and keeps the unit’s values in their order', () => {
    // Hình thức thực hiện of that row takes several lines in its column: the row is taller than one line (21 px ≈ 15.75 pt).
    expect(ws.getRow(inserted).height).toBeGreaterThan(30);
    for (let r = 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= 6; c++) expect([r, c, ws.getCell(r, c).text]).toEqual([r, c, tab.getCell(r, c).text]);
    }
  });
});

describe('the PDF LibreOffice prints from it', () => {
  const pdf = path.join(dir, 'p14.pdf');
  beforeAll(() => {
    const r = dvk(dir, 'print', sample, '--unit', UNIT, '--out', pdf, '--today', '2021-05-20');
    expect(r.stderr).toBe('');
  }, 180_000);

  it('is A4 landscape, more than one page, with the column headers (not the letterhead) on page 2', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!.slice(1).map(Number);
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    expect(Number(info.match(/Pages:\s+(\d+)/)![1])).toBeGreaterThanOrEqual(2);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(page(1)).toContain('BẢNG ĐĂNG KÝ');
    expect(page(2)).toMatch(/STT\s+Tên mô hình\s+Hình thức thực hiện/);
    expect(page(2)).not.toContain('BẢNG ĐĂNG KÝ');
    expect(page(2)).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(page(2)).toContain('XÁC NHẬN CỦA CẤP ỦY');
  });

  it('has no mark colour on page 1 (pixels of the rendered page), and saves it as a PNG', () => {
    const base = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, base]); // binary PPM
    const ppm = readFileSync(`${base}.ppm`);
    const header = ppm.subarray(0, 20).toString('latin1').match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
    const pixels = ppm.subarray(header[0].length);
    const near = (i: number, [r, g, b]: number[]) => Math.abs(pixels[i] - r) < 6 && Math.abs(pixels[i + 1] - g) < 6 && Math.abs(pixels[i + 2] - b) < 6;
    let marks = 0; let headerFill = 0;
    for (let i = 0; i < pixels.length; i += 3) {
      if (near(i, [0xf4, 0xcc, 0xcc]) || near(i, [0xfc, 0xe5, 0xcd])) marks++;
      if (near(i, [0xd9, 0xe2, 0xf3])) headerFill++;
    }
    expect(headerFill).toBeGreaterThan(100); // the form's own header fill is drawn: the scan would see marks
    expect(marks).toBe(0);
    mkdirSync(OUT, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(OUT, 'form-page1')]);
    copyFileSync(pdf, path.join(OUT, 'form.pdf'));
  });
});

describe('Báo cáo on paper (dvk print --report, the sheet "Tạo báo cáo" writes)', () => {
  const xlsx = path.join(dir, 'bao-cao.xlsx');
  const pdf = path.join(dir, 'bao-cao.pdf');
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    expect(dvk(dir, 'report', sample, '--today', '2021-10-10').code).toBe(0);
    for (const out of [xlsx, pdf]) expect(dvk(dir, 'print', sample, '--report', '--out', out, '--today', '2021-10-10').stderr).toBe('');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    ws = wb.worksheets.find((w) => w.state === 'visible')!;
  }, 240_000);

  it('the .xlsx has A4 landscape one page wide, the used range as print area, page numbers, wrapped text and no checkbox rules', () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printArea).toMatch(/^A1:I\d+$/);
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
    expect(String(ws.getCell(1, 1).value)).toMatch(/^BÁO CÁO KẾT QUẢ THỰC HIỆN/);
    // The title reads across the page, not down column A.
    expect(ws.getCell(1, 9).isMerged).toBe(true);
    let rules = 0;
    ws.eachRow((row) => row.eachCell((cell) => { if (cell.dataValidation) rules++; }));
    expect(rules).toBe(0);
    expect(ws.getCell(6, 2).alignment?.wrapText).toBe(true);
  });

  it('prints through LibreOffice on A4 landscape with the report’s sections and a page number on every page', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [w, h] = info.match(/Page size:\s+([\d.]+) x ([\d.]+)/)!.slice(1).map(Number);
    expect([Math.round(w), Math.round(h)]).toEqual([842, 595]);
    const pages = Number(info.match(/Pages:\s+(\d+)/)![1]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA');
    expect(text).toMatch(/I\. Theo nội dung[\s\S]*II\. Theo loại đơn vị[\s\S]*III\. Báo cáo kết quả theo đợt/);
    for (let n = 1; n <= pages; n++) expect(text).toContain(`Trang ${n}/${pages}`);
    mkdirSync(OUT, { recursive: true });
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(OUT, 'report-page1')]);
  });
});
