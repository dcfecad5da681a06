/**
 * The local engine under careless use (issue 18, breaks 3, 4, 6 and 7's exit code), as a user runs
 * dvk (node bin/dvk.js): two processes on one file, a save that fails after the mail was "sent",
 * file modes and symlinks, a crashed run's leftovers, an invalid Cấu hình.
 */
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { cellKey } from '../../src/local/emulator/model';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import ExcelJS from 'exceljs';
import { DVK, dvk, stderrLines, tempDir, type Run } from './helpers';

const dir = tempDir();
const sample = path.join(dir, 'sample.xlsx');
const made = dvk(dir, 'sample', sample, '--today', '2021-05-10');
const fresh = (name: string): string => { const f = path.join(dir, name); copyFileSync(sample, f); return f; };
const emls = (outbox: string) => (existsSync(outbox) ? readdirSync(outbox).filter((f) => f.endsWith('.eml')) : []);

function dvkAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [DVK, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('the sample is made', () => expect(made.code).toBe(0));

describe('two dvk processes on one workbook', () => {
  it('two `dvk remind` started together send each reminder once (the second waits for the first)', async () => {
    const file = fresh('two.xlsx');
    const outbox = path.join(dir, 'two-outbox');
    const runs = await Promise.all([1, 2].map(() => dvkAsync('remind', file, '--today', '2021-05-11', '--outbox', outbox, '--json')));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const reports = runs.map((r) => JSON.parse(r.stdout) as { sent: unknown[]; alreadySent: number });
    const sent = reports.map((r) => r.sent.length).sort((a, b) => a - b);
    expect(sent[0]).toBe(0);
    expect(sent[1]).toBeGreaterThan(0);
    expect(emls(outbox)).toHaveLength(sent[1] + 1); // the reminders and one digest, once
    expect(existsSync(path.join(dir, '.two.xlsx.dvk-lock'))).toBe(false);
  }, 120_000);

  it('a lock held by a live process past the wait is exit 2 naming who holds it', () => {
    const file = fresh('held.xlsx');
    writeFileSync(path.join(dir, '.held.xlsx.dvk-lock'), JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), command: 'dvk remind' }));
    const r = dvk(dir, 'check', file, '--today', '2021-05-11', '--wait', '0');
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual([expect.stringMatching(new RegExp(`^dvk: tệp đang được một lệnh dvk khác dùng \\(dvk remind, tiến trình ${process.pid} trên máy `))]);
  });

  it('a lock left by a crashed run (its process gone) is taken over', () => {
    const file = fresh('stale.xlsx');
    writeFileSync(path.join(dir, '.stale.xlsx.dvk-lock'), JSON.stringify({ pid: 2 ** 22 + 17, host: hostname(), time: new Date().toISOString(), command: 'dvk check' }));
    const r = dvk(dir, 'check', file, '--today', '2021-05-11');
    expect(stderrLines(r)).toEqual([]);
    expect(existsSync(path.join(dir, '.stale.xlsx.dvk-lock'))).toBe(false);
  });
});

test('a failed save leaves no .eml behind, and the re-run sends the same mail once', () => {
  const file = fresh('fail.xlsx');
  const outbox = path.join(dir, 'fail-outbox');
  const failed = dvk(dir, 'remind', file, '--today', '2021-05-11', '--outbox', outbox, '--out', path.join(dir, 'no-such-folder', 'x.xlsx'));
  expect(failed.code).toBe(2);
  expect(stderrLines(failed)).toEqual([expect.stringMatching(/^dvk: không ghi được .*x\.xlsx/)]);
  expect(existsSync(outbox) ? readdirSync(outbox) : []).toEqual([]);
  const again = dvk(dir, 'remind', file, '--today', '2021-05-11', '--outbox', outbox, '--json');
  expect(again.code).toBe(0);
  expect(emls(outbox)).toHaveLength((JSON.parse(again.stdout) as { sent: unknown[] }).sent.length + 1);
});

describe('file modes and links', () => {
  it('a 0600 workbook stays 0600 after a write', () => {
    const file = fresh('private.xlsx');
    chmodSync(file, 0o600);
    expect(dvk(dir, 'check', file, '--today', '2021-05-11').code).toBe(1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a read-only workbook is refused with a clear message, unless --out writes elsewhere', () => {
    const file = fresh('readonly.xlsx');
    chmodSync(file, 0o444);
    const before = readFileSync(file);
    const r = dvk(dir, 'summary', file, '--today', '2021-05-11');
    expect(r.code).toBe(2);
    expect(stderrLines(r)).toEqual([expect.stringMatching(/^dvk: tệp .*readonly\.xlsx chỉ đọc .*dùng --out TỆP_MỚI/)]);
    expect(readFileSync(file).equals(before)).toBe(true);
    const out = path.join(dir, 'readonly-out.xlsx');
    expect(dvk(dir, 'summary', file, '--today', '2021-05-11', '--out', out).code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });

  it('a symlinked workbook stays a link; the file it points to is the one written', () => {
    const real = fresh('real.xlsx');
    const link = path.join(dir, 'link.xlsx');
    symlinkSync(real, link);
    const before = readFileSync(real);
    expect(dvk(dir, 'summary', link, '--today', '2021-05-11').code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).equals(before)).toBe(false);
  });

  it('a crashed run’s hidden temporary file is cleaned by the next run; none is left by a good one', () => {
    const sub = path.join(dir, 'crash');
    mkdirSync(sub);
    const file = path.join(sub, 'book.xlsx');
    copyFileSync(sample, file);
    writeFileSync(path.join(sub, `.book.xlsx.${2 ** 22 + 19}.1700000000000.tmp`), 'half a workbook');
    expect(dvk(sub, 'summary', file, '--today', '2021-05-11').code).toBe(0);
    expect(readdirSync(sub)).toEqual(['book.xlsx']);
  });
});

test('dvk remind on an invalid Cấu hình exits 2 naming the cell, and sends nothing', async () => {
  const file = fresh('bad.xlsx');
  // The year of Chiến dịch typed as words (as a person might in Excel): readable, but not a campaign.
  const data = await readWorkbook(file);
  const config = data.sheets.find((s) => s.name === 'Cấu hình')!;
  const [key] = [...config.cells.entries()].find(([, c]) => c.value === 'Năm')!;
  const row = Number(key.split(':')[0]);
  config.cells.set(cellKey(row, 2), { ...config.cells.get(cellKey(row, 2)), value: 'hai không hai mốt' });
  await writeWorkbook(data, file);
  const outbox = path.join(dir, 'bad-outbox');
  const r = dvk(dir, 'remind', file, '--today', '2021-05-11', '--outbox', outbox);
  expect(r.code).toBe(2);
  expect(stderrLines(r)).toEqual([expect.stringMatching(new RegExp(`^dvk: Cấu hình có lỗi, chưa nhắc hạn: - Cấu hình!B${row}: `))]);
  expect(emls(outbox)).toEqual([]);
});

test('a neutralised formula is stored in the .xlsx as a text cell, with no visible apostrophe', async () => {
  const file = fresh('formula.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Phường 1')!;
  let row = 0;
  ws.eachRow((r, i) => { if (!row && /^1\.?$/.test(String(r.getCell(1).value))) row = i; });
  // Text that reads as a formula (what Google's download holds for such a cell).
  ws.getCell(row, 2).value = '=HYPERLINK("http://evil.example","Bấm vào đây")';
  await wb.xlsx.writeFile(file);
  const r = dvk(dir, 'check', file, '--today', '2021-05-20');
  expect(r.stdout).toMatch(new RegExp(`^Phường 1 · Phường 1 · B${row} · lỗi · .*đã được chuyển thành văn bản`, 'm'));
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(file);
  const cell = after.getWorksheet('Phường 1')!.getCell(row, 2);
  expect(cell.type).toBe(ExcelJS.ValueType.String);
  expect(cell.value).toBe('=HYPERLINK("http://evil.example","Bấm vào đây")');
});
