/**
 * dvk check over the sample workbook (made by `dvk sample`, typed by the units' own users) and over
 * a clean one: the bundle's checkUnits decides, the CLI prints `unit · sheet · A1 · severity · message`.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { readUnitTab } from '../../src/core/unit-tab/read';
import type { SheetData } from '../../src/local/emulator/model';
import { readWorkbook } from '../../src/local/xlsx';
import { dvk, stderrLines, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

interface CheckDoc {
  today: string; errors: number; warnings: number;
  units: { unit: string; sheetName: string; errors: number; warnings: number; problems: { a1?: string; severity: string; code: string; message: string }[] }[];
}

/** A tab's values as getValues returns them (sparse cells → a dense grid). */
function grid(sheet: SheetData): (string | number | boolean | Date)[][] {
  let rows = 0; let cols = 0;
  for (const k of sheet.cells.keys()) { const [r, c] = k.split(':').map(Number); rows = Math.max(rows, r); cols = Math.max(cols, c); }
  const g = Array.from({ length: rows }, () => Array.from({ length: cols }, () => '' as string | number | boolean | Date));
  for (const [k, cell] of sheet.cells) { const [r, c] = k.split(':').map(Number); g[r - 1][c - 1] = cell.value ?? ''; }
  return g;
}

beforeAll(() => {
  const r = dvk(dir, 'sample', 'sample.xlsx', '--json');
  expect(r.code).toBe(0);
});

describe('the sample workbook', () => {
  it('was typed by each unit’s own contact into its own tab, a coordinator for the unit with no e-mail', () => {
    const report = JSON.parse(dvk(dir, 'sample', 'sample.xlsx', '--force', '--json').stdout);
    expect(report.filled).toEqual(expect.arrayContaining([
      { unit: 'Phường 9', sheetName: 'Phường 9', by: 'phuong-9@example.org', rows: 13 },
      { unit: 'Thanh tra Quận 3', sheetName: 'Thanh tra Quận 3', by: 'tonghop.q3@example.org', rows: 3 },
    ]));
    expect(report.contacts['Thanh tra Quận 3']).toBe('');
  });

  it('has a complete ward (10 + 1 + 1 under contents 1–3, rows inserted beyond the 5 printed) and an untouched one', async () => {
    const data = await readWorkbook(file('sample.xlsx'));
    const campaign = parseCampaign(QUAN3_2021);
    const read = (name: string) => readUnitTab(grid(data.sheets.find((s) => s.name === name)!), campaign);
    const p10 = read('Phường 10');
    expect(p10.problems).toEqual([]);
    expect([1, 2, 3].map((c) => p10.entries.filter((e) => e.content === c).length)).toEqual([10, 1, 1]);
    expect(read('Phường 1').entries).toEqual([]);
  });

  it('check exits 1 and prints each problem as unit · sheet · A1 · severity · message', () => {
    const r = dvk(dir, 'check', 'sample.xlsx', '--today', '2021-05-20');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Phường 14 · Phường 14 · D\d+ · lỗi · .*32\/5\/2021/m);
    expect(r.stdout).toMatch(/^Phường 14 · Phường 14 · D\d+ · lỗi · .*ngoài thời gian thi đua/m);
    expect(r.stdout).toMatch(/^Phường 4 · Phường 4 · F\d+ · lỗi · .*Ghi chú: còn trống/m);
    expect(r.stdout).toMatch(/^Phường 4 · Phường 4 · F\d+ · lỗi · .*“đang làm”/m);
    expect(r.stdout).toMatch(/^Phường 11 · Phường 11 · A\d+ · cảnh báo · Còn thiếu 4\/10 công trình/m);
    expect(r.stdout).not.toMatch(/^Phường 10 · /m);
    expect(r.stdout).toMatch(/^32 đơn vị \(tính đến ngày 20\/05\/2021\): [1-9]\d* lỗi/m);
  });

  it('--json prints the server’s result as one document', () => {
    const r = dvk(dir, 'check', 'sample.xlsx', '--today', '2021-05-20', '--json');
    expect(r.code).toBe(1);
    const doc: CheckDoc = JSON.parse(r.stdout);
    expect(doc.today).toBe('20/05/2021');
    expect(doc.units).toHaveLength(32);
    expect(doc.errors).toBe(doc.units.reduce((n, u) => n + u.errors, 0));
    expect(doc.units.find((u) => u.unit === 'Phường 9')).toMatchObject({ errors: 0, warnings: 0, problems: [] });
  });

  it('--unit checks one unit only; after the deadline a shortfall is an error', () => {
    const r = dvk(dir, 'check', 'sample.xlsx', '--unit', 'Quận Đoàn 3', '--today', '2021-06-11', '--json');
    expect(r.code).toBe(1);
    const doc: CheckDoc = JSON.parse(r.stdout);
    expect(doc.units.map((u) => u.unit)).toEqual(['Quận Đoàn 3']);
    expect(doc.units[0].problems).toEqual([expect.objectContaining({ severity: 'error', code: 'quota' })]);
  });

  it('a unit not in Cấu hình is refused with the server’s message', () => {
    const r = dvk(dir, 'check', 'sample.xlsx', '--unit', 'Phường 99');
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual(['dvk: Không có đơn vị “Phường 99” trong Cấu hình.']);
  });

  it('--as a unit user is refused (check marks every unit’s tab), the file untouched', () => {
    const before = readFileSync(file('sample.xlsx'));
    const r = dvk(dir, 'check', 'sample.xlsx', '--as', 'phuong-9@example.org');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phuong-9@example.org không phải người tổng hợp');
    expect(readFileSync(file('sample.xlsx')).equals(before)).toBe(true);
  });
});

test('a clean workbook (tabs made, nothing due yet) → exit 0 with warnings only', async () => {
  expect(dvk(dir, 'init', 'clean.xlsx').code).toBe(0);
  expect(dvk(dir, 'setup', 'clean.xlsx').code).toBe(0);
  const r = dvk(dir, 'check', 'clean.xlsx', '--today', '2021-05-10', '--json');
  const doc: CheckDoc = JSON.parse(r.stdout);
  expect(doc.errors).toBe(0);
  expect(doc.warnings).toBeGreaterThan(0);
  expect(r.code).toBe(0);
});
