/** `dvk next FILE --year 2022 --out NEW` on the sample, through the built CLI: a new workbook, this year's file untouched. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { readConfigGrid } from '../../src/core/config-sheet';
import { readWorkbook } from '../../src/local/xlsx';

const dvk = (...args: string[]) => spawnSync(process.execPath, ['dist/local/dvk.cjs', ...args], { encoding: 'utf8' });
const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

test('makes the 2022 workbook from the 2021 one and leaves the 2021 file byte-identical', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-next-'));
  const file = path.join(dir, 'q3-2021.xlsx');
  const next = path.join(dir, 'q3-2022.xlsx');
  expect(dvk('sample', file).status).toBe(0);
  const before = sha(file);
  const r = dvk('next', file, '--year', '2022', '--out', next, '--json');
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)).toMatchObject({ year: 2022, state: { initialized: true, campaign: { year: 2022, units: 32 } } });
  expect(sha(file)).toBe(before);
  const data = await readWorkbook(next);
  const config = data.sheets.find((s) => s.name === 'Cấu hình')!;
  const grid = Array.from({ length: config.maxRows }, (_, i) => Array.from({ length: 6 }, (_, j) => config.cells.get(`${i + 1}:${j + 1}`)?.value ?? ''));
  const c = readConfigGrid(grid).campaign!;
  expect(c.rounds.map((x) => x.reportDeadline)).toEqual(['2022-06-25', '2022-10-05']);
  expect(c.units.find((u) => u.name === 'Phường 9')!.emails).toEqual(['phuong-9@example.org']);
  expect(c.catalogue.length).toBeGreaterThanOrEqual(38);
  expect(c.catalogue.every((m) => m.continued)).toBe(true);
  expect(dvk('next', file, '--out', path.join(dir, 'x.xlsx')).stderr).toBe('dvk: dvk next cần --year NĂM (ví dụ --year 2022)\n');
});

test('--prefill: dvk setup of the new workbook fills each unit’s tab with its models of this year as “tiếp tục thực hiện” rows', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-next-prefill-'));
  const file = path.join(dir, 'q3-2021.xlsx');
  const next = path.join(dir, 'q3-2022.xlsx');
  expect(dvk('sample', file).status).toBe(0);
  const before = sha(file);
  const r = dvk('next', file, '--year', '2022', '--out', next, '--prefill', '--json');
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout).carried).toBeGreaterThan(50);
  expect(dvk('setup', next).stderr).toBe('');
  expect(sha(file)).toBe(before);
  const tab = (await readWorkbook(next)).sheets.find((s) => s.name === 'Phường 9')!;
  const rows = Array.from({ length: tab.maxRows }, (_, i) => [2, 6].map((j) => tab.cells.get(`${i + 1}:${j}`)?.value ?? ''));
  expect(rows).toContainEqual(['90 việc tốt giúp dân', 'tiếp tục thực hiện']);
});
