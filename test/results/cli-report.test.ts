/** `dvk report FILE [--json]` on the sample workbook, through the built CLI (dist/local/dvk.cjs). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import { firstRowOf } from './fixture';

const dvk = (...args: string[]) => spawnSync(process.execPath, ['dist/local/dvk.cjs', ...args], { encoding: 'utf8' });

describe('dvk report', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-report-'));
  const file = path.join(dir, 'q3.xlsx');
  const made = dvk('sample', file);
  const text = dvk('report', file, '--today', '2021-05-20');
  const json = JSON.parse(dvk('report', file, '--today', '2021-05-20', '--json').stdout);

  it('prints the figures and writes the Báo cáo sheet into the file', async () => {
    expect(made.status).toBe(0);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Theo nội dung:');
    expect(text.stdout).toContain(`Tổng cộng: ${json.report.total.registered} mô hình`);
    expect(text.stdout).toContain(`Chưa đăng ký (${json.report.notRegistered.length})`);
    const data = await readWorkbook(file);
    const sheet = data.sheets.find((s) => s.name === 'Báo cáo')!;
    const total = [...Array(sheet.maxRows).keys()].map((r) => sheet.cells.get(`${r + 1}:1`)?.value).indexOf('Tổng cộng') + 1;
    expect(sheet.cells.get(`${total}:2`)?.value).toBe(json.report.total.registered);
  });

  it('--json prints one JSON document whose figures add up', () => {
    const r = json.report;
    const sum = (k: string) => r.byContent.reduce((n: number, t: Record<string, number>) => n + t[k], 0);
    expect(sum('registered')).toBe(r.total.registered);
    expect(r.total.registered).toBeGreaterThan(0);
    expect(r.total.unreported).toBe(r.total.registered);
    expect(r.units.filter((u: { models: number }) => u.models === 0).map((u: { unit: string }) => u.unit)).toEqual(r.notRegistered);
  });

  it('--json names, per catalogue model, the units replicating it', () => {
    const byModel = new Map((json.report.replication.models as { model: { name: string; origin: string }; replicators: { unit: string }[] }[])
      .map((m) => [m.model.name, m.replicators.map((x) => x.unit).sort()]));
    expect(byModel.get('Ngày không hẹn')).toEqual(['Phường 10', 'Phường 11', 'Phường 2', 'Phường 5', 'Phường Võ Thị Sáu']);
    expect(byModel.get('90 việc tốt giúp dân')).toEqual(['Phường 2', 'Phường 5']);
    expect(byModel.get('Hội Tương tế')).toEqual([]);
  });

  it('remembers in the file what it saw: a unit registering after that run is "registered late"', async () => {
    const late = json.report.notRegistered[0] as string;
    const data = await readWorkbook(file);
    const sheet = data.sheets.find((s) => s.name === late)!;
    const row = firstRowOf(1);
    ['Mô hình mới đăng ký', 'Tổ chức tại địa bàn', 'Đợt 2', '50 hộ', 'mô hình mới'].forEach((v, i) => sheet.cells.set(`${row}:${i + 2}`, { value: v }));
    await writeWorkbook(data, file);
    const after = JSON.parse(dvk('report', file, '--today', '2021-05-25', '--json').stdout);
    expect(after.report.registeredLate).toEqual([late]);
  });
});
