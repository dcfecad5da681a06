/**
 * `dvk summary FILE [--today] [--json]` on the sample workbook: writes Tổng hợp and Danh sách mô hình
 * into the .xlsx and prints one object per unit (counts per content and kind, shortfalls, status).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook } from '../../src/local/xlsx';

const CLI = path.resolve(__dirname, '../../dist/local/dvk.cjs');
const dvk = (...args: string[]) => execFileSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

test('writes both sheets into the workbook and prints the per-unit status table as JSON', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-summary-')), 'q3.xlsx');
  dvk('sample', file);
  const units = JSON.parse(dvk('summary', file, '--today', '2021-05-20', '--json')) as Record<string, unknown>[];
  expect(units).toHaveLength(32);
  const p2 = units.find((u) => u.unit === 'Phường 2')!;
  expect(p2).toMatchObject({ status: 'Đủ chỉ tiêu', total: 13, byContent: { 1: 11, 2: 1, 3: 1, 4: 0, 5: 0 }, shortfalls: [], errors: 0 });
  expect(Object.keys(p2.byKind as object)).toEqual(['tiep-tuc', 'nhan-rong', 'moi', 'unknown']);
  expect(units.find((u) => u.unit === 'Phường 1')).toMatchObject({ status: 'Chưa đăng ký', total: 0,
    shortfalls: [{ quota: 'viec-giup-dan', min: 10, missing: 10 }, { quota: 'cai-cach-hanh-chinh', missing: 1 }, { quota: 'mang-xanh', missing: 1 }] });

  const data = await readWorkbook(file, { owner: 'owner@example.org' });
  const names = data.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Tổng hợp', 'Danh sách mô hình']));
  const models = data.sheets.find((s) => s.name === 'Danh sách mô hình')!;
  expect(models.cells.get('1:4')?.value).toBe('Tên mô hình');
  const total = units.reduce((n, u) => n + (u.total as number), 0);
  expect(models.cells.get(`${total + 1}:1`)?.value).not.toBe('');
  expect(models.cells.get(`${total + 2}:1`)?.value ?? '').toBe('');

  // After the last registration deadline units not done are overdue: exit code 1 ("có vấn đề").
  const late = spawnSync(process.execPath, [CLI, 'summary', file, '--today', '2021-06-20'], { encoding: 'utf8' });
  expect(late.status).toBe(1);
  const text = late.stdout;
  expect(text).toMatch(/^Phường 2 · Đủ chỉ tiêu · 13 mô hình \(ND1: 11, ND2: 1, ND3: 1, ND4: 0, ND5: 0\)/m);
  expect(text).toMatch(/32 đơn vị: 14 đủ chỉ tiêu, 0 đang đăng ký, 0 chưa đăng ký, 18 quá hạn\./);
}, 60_000);
