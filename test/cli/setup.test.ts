/** dvk setup: setupUnitTabs until finished, as the owner, saving in place or to --out. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/local/xlsx';
import { dvk, stderrLines, tempDir, unitCells } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

interface SetupDoc { runs: number; counts: Record<string, number>; items: { unit: string; sheetName: string; status: string; message: string }[]; calls: Record<string, number> }

beforeAll(() => {
  expect(dvk(dir, 'init', 'book.xlsx').code).toBe(0);
});

describe('run twice', () => {
  let first: SetupDoc;
  let second: SetupDoc;
  let afterFirst: Record<string, unknown>;
  let afterSecond: Record<string, unknown>;

  beforeAll(async () => {
    const r1 = dvk(dir, 'setup', 'book.xlsx', '--json');
    expect(r1.code).toBe(0);
    first = JSON.parse(r1.stdout);
    afterFirst = unitCells(await readWorkbook(file('book.xlsx')));
    const r2 = dvk(dir, 'setup', 'book.xlsx', '--json');
    expect(r2.code).toBe(0);
    second = JSON.parse(r2.stdout);
    afterSecond = unitCells(await readWorkbook(file('book.xlsx')));
  });

  it('first run creates a tab for each of the 32 units and reports the service calls it used', () => {
    expect(first.counts).toMatchObject({ created: 32, present: 0, problem: 0 });
    expect(Object.keys(afterFirst)).toHaveLength(32);
    expect(afterFirst).toHaveProperty(['Phường Võ Thị Sáu']);
    // Made through the Sheets API (one batchUpdate of many tabs), not one insertSheet each.
    expect(first.calls['SheetsApi.request.duplicateSheet']).toBe(32);
    expect(first.calls['Spreadsheet.insertSheet'] ?? 0).toBe(0);
  });

  it('second run reports every tab as already present and changes no unit cell', () => {
    expect(second.counts).toMatchObject({ created: 0, present: 32, problem: 0 });
    expect(second.items.every((i) => i.message.includes('đã có, giữ nguyên dữ liệu'))).toBe(true);
    expect(afterSecond).toEqual(afterFirst);
    expect(second.calls['Spreadsheet.insertSheet'] ?? 0).toBe(0);
  });

  it('keeps the default units’ names over Excel’s 31 characters as the tab names, run after run', () => {
    const long = ['Phòng Lao động - Thương binh và Xã hội', 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3'];
    for (const unit of long) {
      expect(afterSecond).toHaveProperty([unit]);
      expect(second.items.find((i) => i.unit === unit)).toMatchObject({ sheetName: unit, status: 'present' });
    }
  });
});

test('the text report groups tabs by outcome and counts the service calls', () => {
  const r = dvk(dir, 'setup', 'book.xlsx');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Đã có \(32\):$/m);
  expect(r.stdout).toMatch(/^ {2}- Phường 1 · Phường 1: Trang tính “Phường 1” đã có, giữ nguyên dữ liệu\./m);
  expect(r.stdout).toMatch(/1 lần chạy, \d+ lệnh gọi dịch vụ \(/);
});

test('--out writes the result elsewhere and leaves the input byte for byte as it was', async () => {
  expect(dvk(dir, 'init', 'fresh.xlsx').code).toBe(0);
  const before = readFileSync(file('fresh.xlsx'));
  const r = dvk(dir, 'setup', 'fresh.xlsx', '--out', 'with-tabs.xlsx');
  expect(r.code).toBe(0);
  expect(readFileSync(file('fresh.xlsx')).equals(before)).toBe(true);
  expect((await readWorkbook(file('fresh.xlsx'))).sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Mẫu đăng ký']);
  expect((await readWorkbook(file('with-tabs.xlsx'))).sheets).toHaveLength(2 + 32);
});

test('--as a unit user who is not a coordinator is refused with the server’s message, file untouched', () => {
  const before = readFileSync(file('book.xlsx'));
  const r = dvk(dir, 'setup', 'book.xlsx', '--as', 'phuong-1@example.org');
  expect(r.code).toBe(2);
  expect(stderrLines(r)).toHaveLength(1);
  expect(r.stderr).toContain('không phải người tổng hợp của chiến dịch nên không thể tạo/cập nhật trang tính đơn vị');
  expect(readFileSync(file('book.xlsx')).equals(before)).toBe(true);
});

test('setup before init is refused with the server’s message', async () => {
  // A workbook with only a blank sheet, as Google would download a new spreadsheet.
  const { writeWorkbook } = await import('../../src/local/xlsx');
  const { newSpreadsheetData } = await import('../../src/local/emulator/model');
  await writeWorkbook(newSpreadsheetData({ owner: 'owner@example.org' }), file('plain.xlsx'));
  const r = dvk(dir, 'setup', 'plain.xlsx');
  expect(r.code).toBe(2);
  expect(stderrLines(r)).toEqual([expect.stringMatching(/^dvk: tệp chưa có trang Cấu hình: chạy “dvk init TỆP”/)]);
});
