/**
 * Workbooks dvk did not write: the sample with its __dvk tracking sheet removed (what Google's
 * File → Download gives: developer metadata is not exported), a tab renamed by another program,
 * and a form typed by hand into plain tabs named after units. The bundle recognises each unit's
 * tab from the form (core/unit-tab/recognise.ts); setup adopts it and never makes a second one.
 */
import ExcelJS from 'exceljs';
import * as path from 'node:path';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { sectionHeading } from '../../src/core/template/template';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import { dvk, tempDir, unitCells } from './helpers';

jest.setTimeout(180_000); // each test runs the CLI several times over a 32-unit workbook
const dir = tempDir();
const file = (name: string) => path.join(dir, name);
const TODAY = ['--today', '2021-05-20'];
const c = parseCampaign(QUAN3_2021);

interface Problem { a1?: string; code: string; severity: string; message: string }
interface CheckDoc { errors: number; warnings: number; units: { unit: string; sheetName: string; sheetId: number | null; recognised?: string; problems: Problem[] }[] }
interface SetupDoc { counts: Record<string, number>; items: { unit: string; sheetName: string; status: string; message: string }[] }

async function editWorkbook(from: string, to: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file(from));
  edit(wb);
  await wb.xlsx.writeFile(file(to));
}

const dropTracking = (wb: ExcelJS.Workbook) => wb.removeWorksheet(wb.getWorksheet('__dvk')!.id);
const json = <T>(...args: string[]): T => JSON.parse(dvk(dir, ...args, '--json').stdout) as T;
/** What a coordinator compares: per unit, each problem's cell, code, severity and message. */
const problemsOf = (d: CheckDoc) => d.units.map((u) => ({ unit: u.unit, problems: u.problems.map((p) => [p.a1, p.code, p.severity, p.message]) }));

beforeAll(async () => {
  expect(dvk(dir, 'sample', 'sample.xlsx').code).toBe(0);
  await editWorkbook('sample.xlsx', 'downloaded.xlsx', dropTracking);
});

describe('the sample without its __dvk tracking sheet (as downloaded from Google)', () => {
  it('dvk check --json finds the same problems: same units, cells, codes and messages', () => {
    const tracked = json<CheckDoc>('check', 'sample.xlsx', ...TODAY);
    const downloaded = json<CheckDoc>('check', 'downloaded.xlsx', ...TODAY);
    expect(tracked.errors).toBeGreaterThan(0);
    expect(problemsOf(downloaded)).toEqual(problemsOf(tracked));
    expect([downloaded.errors, downloaded.warnings]).toEqual([tracked.errors, tracked.warnings]);
    expect(downloaded.units.flatMap((u) => u.problems).some((p) => p.code === 'no-tab')).toBe(false);
    // Each unit's tab is read as recognised by the named range setup gave it (exported as a defined name).
    expect(downloaded.units.find((u) => u.unit === 'Phường 14')?.recognised).toBe('nhận theo vùng được đặt tên của add-on');
    expect(tracked.units.every((u) => u.recognised === undefined)).toBe(true);
  });

  it('dvk summary --json gives the same figures per unit (tab names Excel cut to 31 characters aside)', () => {
    const strip = (rows: Record<string, unknown>[]) => rows.map(({ sheetName: _n, sheetId: _i, ...rest }) => rest);
    const tracked = json<Record<string, unknown>[]>('summary', 'sample.xlsx', ...TODAY, '--out', file('s1.xlsx'));
    const downloaded = json<Record<string, unknown>[]>('summary', 'downloaded.xlsx', ...TODAY, '--out', file('s2.xlsx'));
    expect(tracked).toHaveLength(32);
    expect(strip(downloaded)).toEqual(strip(tracked));
  });

  it('dvk setup adopts every unit tab ("đã nhận lại"), creates none, and leaves every cell as it was', async () => {
    const before = unitCells(await readWorkbook(file('downloaded.xlsx')));
    const r = json<SetupDoc>('setup', 'downloaded.xlsx', '--out', file('adopted.xlsx'));
    // 32 unit tabs, and Cấu hình and Mẫu đăng ký recognised by what they hold (no name is trusted for that).
    expect(r.counts).toMatchObject({ created: 0, adopted: 34 });
    expect(r.items.filter((i) => i.unit === '').map((i) => [i.sheetName, i.message])).toEqual([
      ['Cấu hình', 'Đã nhận “Cấu hình” là trang Cấu hình (theo nội dung).'],
      ['Mẫu đăng ký', 'Đã nhận “Mẫu đăng ký” là Mẫu đăng ký (theo nội dung).'],
    ]);
    expect(r.items.find((i) => i.unit === 'Phường 9')?.message).toMatch(/^Đã nhận lại trang tính “Phường 9” \(nhận theo vùng được đặt tên của add-on\)/);
    const after = await readWorkbook(file('adopted.xlsx'));
    expect(unitCells(after)).toEqual(before);
    // Tracked again: the next run finds every tab by its metadata.
    expect(json<SetupDoc>('setup', 'adopted.xlsx').counts).toMatchObject({ created: 0, adopted: 0, present: 32 });
  });
});

describe('Google → .xlsx → Google: only the named ranges survive (no developer metadata, no __dvk)', () => {
  beforeAll(async () => {
    const data = await readWorkbook(file('sample.xlsx'));
    // As Sheets imports the export: tabs, cells and named ranges; no metadata. One tab renamed, its header cleared.
    data.developerMetadata = [];
    const p14 = data.sheets.find((s) => s.name === 'Phường 14')!;
    p14.name = 'Tổ công tác';
    p14.cells.delete('2:1');
    await writeWorkbook(data, file('reimported.xlsx'));
  });

  it('every unit is found again by its marker, the renamed one too, with the same problems', () => {
    const tracked = json<CheckDoc>('check', 'sample.xlsx', ...TODAY);
    const back = json<CheckDoc>('check', 'reimported.xlsx', ...TODAY);
    expect(problemsOf(back)).toEqual(problemsOf(tracked));
    expect(back.units.find((u) => u.unit === 'Phường 14')).toMatchObject({ sheetName: 'Tổ công tác', recognised: 'nhận theo vùng được đặt tên của add-on' });
    expect(back.units.every((u) => u.recognised === 'nhận theo vùng được đặt tên của add-on')).toBe(true);
  });
});

describe('a tab renamed by exceljs (its __dvk data no longer matches it)', () => {
  beforeAll(() => editWorkbook('sample.xlsx', 'renamed.xlsx', (wb) => { wb.getWorksheet('Phường 14')!.name = 'P14 (bản cũ)'; }));

  it('dvk setup twice: no new tab, the renamed tab adopted by its header, the unit’s rows untouched', async () => {
    const before = await readWorkbook(file('renamed.xlsx'));
    const first = json<SetupDoc>('setup', 'renamed.xlsx');
    expect(first.counts).toMatchObject({ created: 0, adopted: 1, present: 31 });
    expect(first.items.find((i) => i.unit === 'Phường 14')).toMatchObject({ sheetName: 'P14 (bản cũ)', status: 'adopted' });
    expect(json<SetupDoc>('setup', 'renamed.xlsx').counts).toMatchObject({ created: 0, adopted: 0 });
    const after = await readWorkbook(file('renamed.xlsx'));
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    expect(unitCells(after)['P14 (bản cũ)']).toEqual(unitCells(before)['P14 (bản cũ)']);
  });
});

describe('a hand-made workbook: the form typed into plain tabs named after units, no add-on data', () => {
  const headers = c.columns.map((col) => col.header);
  /** The form as a person types it: own header block, folded or odd spellings, one entry under content 1. */
  function typeForm(ws: ExcelJS.Worksheet, headerName: string, headerCase: (s: string) => string): void {
    ws.addRow(['ĐẢNG BỘ QUẬN 3']);
    ws.addRow([headerName]);
    ws.addRow(['BẢNG ĐĂNG KÝ']);
    ws.addRow(headers.map(headerCase));
    for (const x of c.contents) {
      ws.addRow([sectionHeading(x.id, x.title)]);
      if (x.id === 1) ws.addRow([1, 'Tổ dân phố văn minh', 'Ban điều hành khu phố', 'Tháng 6/2021', 'Khu phố 2', 'Mô hình mới']);
    }
  }

  beforeAll(async () => {
    expect(dvk(dir, 'init', 'blank.xlsx').code).toBe(0);
    await editWorkbook('blank.xlsx', 'hand.xlsx', (wb) => {
      dropTracking(wb);
      typeForm(wb.addWorksheet('Phường 5'), 'Phường 5', (s) => s);
      // "P.04" for Phường 4, headers typed in capitals without diacritics.
      typeForm(wb.addWorksheet('P.04'), '', (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').toUpperCase());
      // Decomposed (NFD) unit name in the header, a tab name that says nothing.
      typeForm(wb.addWorksheet('Trang 3'), 'Đơn vị: Phường Võ Thị Sáu'.normalize('NFD'), (s) => `  ${s}  `);
      // Two tabs for one unit: listed, neither taken, and no third made.
      typeForm(wb.addWorksheet('Phường 9'), 'Phường 9', (s) => s);
      typeForm(wb.addWorksheet('Phường 9 mới'), 'Phường 9', (s) => s);
      // Name and header disagree: listed, not guessed.
      typeForm(wb.addWorksheet('Phường 10'), 'Phường 11', (s) => s);
    });
  });

  it('dvk setup adopts the recognisable tabs, lists the unclear ones, and makes no tab for the units they may belong to', async () => {
    const r = json<SetupDoc>('setup', 'hand.xlsx');
    const item = (unit: string) => r.items.filter((i) => i.unit === unit);
    expect(item('Phường 5')).toEqual([expect.objectContaining({ status: 'adopted', sheetName: 'Phường 5' })]);
    expect(item('Phường 4')).toEqual([expect.objectContaining({ status: 'adopted', sheetName: 'P.04', message: expect.stringContaining('nhận theo mẫu và tên trang tính') })]);
    expect(item('Phường Võ Thị Sáu')).toEqual([expect.objectContaining({ status: 'adopted', sheetName: 'Trang 3', message: expect.stringContaining('tên ở tiêu đề') })]);
    expect(item('Phường 9')).toEqual([expect.objectContaining({ status: 'problem', message: expect.stringContaining('2 trang tính giống trang tính của Phường 9 (“Phường 9”, “Phường 9 mới”)') })]);
    for (const u of ['Phường 10', 'Phường 11']) {
      expect(item(u)).toEqual([expect.objectContaining({ status: 'problem', message: expect.stringContaining('tên trang tính là Phường 10, tiêu đề ghi Phường 11') })]);
    }
    expect(r.counts).toMatchObject({ adopted: 3 + 2, created: 32 - 3 - 3 });
    const names = (await readWorkbook(file('hand.xlsx'))).sheets.map((s) => s.name);
    expect(names.filter((n) => /\(\d\)$/.test(n))).toEqual([]);
    expect(names.filter((n) => n.startsWith('Phường 9'))).toEqual(['Phường 9', 'Phường 9 mới']);
  });

  it('dvk check then reads each adopted tab as its unit’s', () => {
    const d = json<CheckDoc>('check', 'hand.xlsx', ...TODAY);
    const unit = (name: string) => d.units.find((u) => u.unit === name)!;
    for (const [name, sheet] of [['Phường 5', 'Phường 5'], ['Phường 4', 'P.04'], ['Phường Võ Thị Sáu', 'Trang 3']]) {
      expect(unit(name)).toMatchObject({ sheetName: sheet });
      expect(unit(name).problems.map((p) => p.code)).not.toContain('structure');
      expect(unit(name).recognised).toBeUndefined();
    }
    // The two look-alike tabs are still unclear: check says so rather than "no tab".
    expect(unit('Phường 9').problems.map((p) => [p.code, p.message])).toEqual([['no-tab', expect.stringContaining('2 trang tính giống trang tính của Phường 9')]]);
  });
});
