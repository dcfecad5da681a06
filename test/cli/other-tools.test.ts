/**
 * Files other programs saved: the sample after LibreOffice Calc saved it (`soffice --headless
 * --convert-to xlsx`), and a workbook exceljs wrote from scratch with none of dvk's extras (no
 * __dvk, no named ranges, a very hidden sheet of its own). Each loads, checks, summarises and saves
 * back keeping cells, formats and data validations. What LibreOffice changes on the way (measured
 * here): number formats' case (dd/MM/yyyy → dd/mm/yyyy, the same format), frozen panes dropped
 * (headless LibreOffice has no view), the very hidden __dvk sheet saved as merely hidden (dvk reads
 * it by name and writes it very hidden again).
 */
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { SpreadsheetData } from '../../src/local/emulator/model';
import { readWorkbook } from '../../src/local/xlsx';
import { dvk, tempDir, unitCells } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);
const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
const TODAY = ['--today', '2021-05-20'];

interface CheckDoc { errors: number; warnings: number; units: { unit: string; problems: { a1?: string; code: string; message: string }[] }[] }
const json = <T>(...args: string[]): T => JSON.parse(dvk(dir, ...args, '--json').stdout) as T;
const problemsOf = (d: CheckDoc) => d.units.map((u) => [u.unit, u.problems.map((p) => [p.a1, p.code, p.message])]);
const validations = (d: SpreadsheetData) => d.sheets.flatMap((s) => [...s.cells].filter(([, c]) => c.validation).map(([k, c]) => [s.name, k, c.validation]));

describe('a workbook LibreOffice Calc saved', () => {
  beforeAll(() => {
    expect(dvk(dir, 'sample', 'sample.xlsx').code).toBe(0);
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'lo'), file('sample.xlsx')], { stdio: 'pipe', timeout: 180_000 });
  }, 240_000);
  const lo = () => path.join(dir, 'lo', 'sample.xlsx');

  it('gives the same check results', () => {
    const before = json<CheckDoc>('check', 'sample.xlsx', ...TODAY);
    const after = json<CheckDoc>('check', lo(), ...TODAY);
    expect(problemsOf(after)).toEqual(problemsOf(before));
    expect([after.errors, after.warnings]).toEqual([before.errors, before.warnings]);
  }, 120_000);

  it('keeps cells, formats (but for the format case and frozen panes) and every data validation', async () => {
    const a = await readWorkbook(file('sample.xlsx'));
    const b = await readWorkbook(lo());
    for (const s of [...a.sheets, ...b.sheets]) {
      s.frozenRows = 0;
      for (const c of s.cells.values()) if (c.numberFormat) c.numberFormat = c.numberFormat.toLowerCase();
    }
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    expect(unitCells(b)).toEqual(unitCells(a));
    expect(validations(b)).toEqual(validations(a));
    expect(validations(a).length).toBeGreaterThan(0);
  });

  it('setup twice makes no tab and changes no unit cell; summary and save back keep the validations', async () => {
    const before = await readWorkbook(lo());
    for (let i = 0; i < 2; i++) expect(json<{ counts: Record<string, number> }>('setup', lo()).counts).toMatchObject({ created: 0, adopted: 0 });
    const afterSetup = await readWorkbook(lo());
    expect(afterSetup.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(unitCells(afterSetup)).toEqual(unitCells(before));
    expect(dvk(dir, 'summary', lo(), ...TODAY).code).toBe(0);
    const after = await readWorkbook(lo());
    const kept = new Set(before.sheets.map((s) => s.name));
    expect(validations(after).filter(([name]) => kept.has(name as string))).toEqual(validations(before));
  }, 180_000);
});

describe('a workbook exceljs wrote with none of dvk’s extras', () => {
  beforeAll(async () => {
    // The campaign's own Cấu hình and Mẫu đăng ký, retyped cell by cell into a new exceljs workbook.
    expect(dvk(dir, 'init', 'init.xlsx').code).toBe(0);
    const src = await readWorkbook(file('init.xlsx'));
    const wb = new ExcelJS.Workbook();
    for (const s of src.sheets.filter((x) => x.name !== 'Trang tính1')) {
      const ws = wb.addWorksheet(s.name);
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(':').map(Number);
        if (c.value !== '') ws.getCell(r, col).value = c.value as ExcelJS.CellValue;
      }
    }
    const tab = wb.addWorksheet('Phường 3');
    wb.getWorksheet('Mẫu đăng ký')!.eachRow((row, r) => row.eachCell((cell, col) => { tab.getCell(r, col).value = cell.value; }));
    tab.getCell('A2').value = 'Phường 3';
    tab.getCell('F13').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Tiếp tục,Mới"'] };
    tab.getCell('B13').value = 'Camera an ninh khu phố';
    wb.addWorksheet('Ghi chú nội bộ', { state: 'veryHidden' }).getCell('A1').value = 'Không in';
    await wb.xlsx.writeFile(file('exceljs.xlsx'));
  });

  it('setup recognises Cấu hình, Mẫu đăng ký and the unit tab, check reads the unit’s row, and the file keeps its validation and very hidden sheet', async () => {
    const r = json<{ counts: Record<string, number>; items: { unit: string; sheetName: string; status: string }[] }>('setup', 'exceljs.xlsx');
    expect(r.items.filter((i) => i.status === 'adopted').map((i) => i.sheetName)).toEqual(['Cấu hình', 'Mẫu đăng ký', 'Phường 3']);
    expect(r.counts).toMatchObject({ created: 31, problem: 0 });
    const d = json<CheckDoc>('check', 'exceljs.xlsx', ...TODAY);
    expect(d.units.find((u) => u.unit === 'Phường 3')!.problems.map((p) => p.a1)).toContain('C13');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file('exceljs.xlsx'));
    expect(wb.getWorksheet('Ghi chú nội bộ')!.state).toBe('veryHidden');
    expect(wb.getWorksheet('Phường 3')!.getCell('F13').dataValidation).toMatchObject({ type: 'list', formulae: ['"Tiếp tục,Mới"'] });
    expect(wb.getWorksheet('Phường 3')!.getCell('B13').value).toBe('Camera an ninh khu phố');
  }, 120_000);
});
