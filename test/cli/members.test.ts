/**
 * dvk over a campaign larger than one spreadsheet (issue 13): `dvk setup` on a 450-unit Cấu hình
 * writes the hub and its member workbooks as .xlsx files side by side; `dvk check`, `dvk summary`
 * and `dvk remind` then read the whole set (each member opened from its own file).
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createEmulator } from '../../src/local/emulator/emulator';
import { readWorkbookBuffer, writeWorkbook } from '../../src/local/xlsx';
import { dvk, ROOT, tempDir } from './helpers';

const UNITS = 450;
jest.setTimeout(600_000);

describe(`dvk on ${UNITS} units: hub + members as files`, () => {
  const dir = tempDir();
  const hub = path.join(dir, 'chien-dich.xlsx');
  let setup: { counts: Record<string, number> };

  beforeAll(async () => {
    expect(dvk(dir, 'init', 'chien-dich.xlsx', '--owner', 'bdv@q3.gov.vn').code).toBe(0);
    const data = await readWorkbookBuffer(readFileSync(hub), { owner: 'bdv@q3.gov.vn', name: 'chien-dich' });
    const emu = createEmulator({ owner: data.owner, data, htmlDir: path.join(ROOT, 'dist') });
    const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    emu.run(data.owner, () => {
      const config = app.getActiveSpreadsheet().getSheetByName('Cấu hình')!;
      const values = config.getDataRange().getValues();
      const first = values.findIndex((r) => r[0] === 'Đơn vị' && r.slice(1).every((v) => v === '')) + 3;
      // Rows for more units go inside the Đơn vị table, above the next table's heading.
      config.insertRowsBefore(values.findIndex((r) => r[0] === 'Chiến dịch' && r.slice(1).every((v) => v === '')) + 1, UNITS);
      config.getRange(first, 1, UNITS, 3).setValues(Array.from({ length: UNITS }, (_, i) => [`Chi bộ Khu phố ${i + 1}`, 'chi-bo-co-so', `kp${i + 1}@q3.gov.vn`]));
    });
    await writeWorkbook(data, hub);
    const r = dvk(dir, 'setup', 'chien-dich.xlsx', '--json');
    expect(r.stderr).toBe('');
    setup = JSON.parse(r.stdout);
  });

  it('setup writes the hub and member files beside it, every unit with a tab', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.xlsx')).sort();
    const members = files.filter((f) => f.startsWith('Sổ đăng ký – '));
    expect(files).toContain('chien-dich.xlsx');
    // 450 Chi bộ cơ sở at 150 a file (Số tab đơn vị tối đa mỗi tệp's default).
    expect(members.filter((f) => f.includes('Chi bộ cơ sở'))).toHaveLength(3);
    expect(setup.counts.created).toBe(UNITS);
    expect(setup.counts.problem ?? 0).toBe(0);
  });

  it('check and summary read every member: all units have their tab', () => {
    const check = dvk(dir, 'check', 'chien-dich.xlsx', '--json');
    const report = JSON.parse(check.stdout) as { units: { unit: string; sheetId: number | null }[] };
    expect(report.units).toHaveLength(UNITS);
    expect(report.units.filter((u) => u.sheetId === null)).toEqual([]);
    const summary = JSON.parse(dvk(dir, 'summary', 'chien-dich.xlsx', '--json').stdout) as { unit: string; sheetName: string | null }[] | { units: { sheetName: string | null }[] };
    const rows = Array.isArray(summary) ? summary : summary.units;
    expect(rows.filter((u) => u.sheetName === null)).toEqual([]);
  });

  it('remind plans a mail for every unit wherever its tab is, and sends within the consumer quota', () => {
    const plan = JSON.parse(dvk(dir, 'remind', 'chien-dich.xlsx', '--today', '2021-05-15', '--dry-run', '--json').stdout) as { sent: { to: string[] }[]; postponed: unknown[] };
    expect(plan.sent.length + plan.postponed.length).toBe(UNITS);
    const outbox = path.join(dir, 'outbox');
    const r = dvk(dir, 'remind', 'chien-dich.xlsx', '--today', '2021-05-15', '--outbox', outbox);
    expect(r.code).toBe(0);
    const to = readdirSync(outbox).map((f) => /^To: (.*)$/m.exec(readFileSync(path.join(outbox, f), 'utf8'))?.[1] ?? '');
    // 100 recipients a day on a consumer account: 99 units and the coordinators' digest; the rest wait for tomorrow.
    expect(to.filter((t) => /^kp\d+@q3\.gov\.vn$/.test(t))).toHaveLength(99);
  });
});

