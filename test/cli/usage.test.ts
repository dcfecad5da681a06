/** How dvk fails: exit 2 and one line on stderr, never a stack trace. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { DVK, dvk, stderrLines, tempDir } from './helpers';

const dir = tempDir();

function expectOneLineFailure(args: string[], reason: RegExp): void {
  const r = dvk(dir, ...args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = stderrLines(r);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^dvk: /);
  expect(lines[0]).toMatch(reason);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

test('--help prints the usage with every command and convention, exit 0', () => {
  const r = dvk(dir, '--help');
  expect(r.code).toBe(0);
  for (const word of ['init', 'setup', 'check', 'sample', '--today', '--out', '--as', '--json', 'Mã thoát']) expect(r.stdout).toContain(word);
});

test.each([
  [[], /thiếu lệnh/],
  [['frobnicate', 'a.xlsx'], /lệnh không rõ: frobnicate/],
  [['setup'], /cần tên tệp/],
  [['setup', 'a.xlsx', '--colour', 'red'], /tùy chọn không rõ: --colour/],
  [['check', 'a.xlsx', '--today', '2021-02-30'], /--today: “2021-02-30” không phải ngày/],
  [['check', 'a.xlsx', '--today'], /--today cần một giá trị/],
  [['init', 'a.xlsx', '--unit', 'Phường 1'], /dvk init không dùng --unit/],
  [['init', 'a.xlsx', '--owner', 'not-an-email'], /không phải địa chỉ e-mail/],
  [['setup', 'a.xlsx', 'b.xlsx'], /thừa đối số: b.xlsx/],
])('bad usage %j → exit 2 with one line', (args, reason) => {
  expectOneLineFailure(args as string[], reason);
});

test('a missing file → exit 2 naming it', () => {
  expectOneLineFailure(['setup', 'missing.xlsx'], /không tìm thấy tệp missing\.xlsx/);
});

test('a file that is not an .xlsx → exit 2, no stack trace', () => {
  writeFileSync(path.join(dir, 'notes.xlsx'), 'plain text, not a zip');
  expectOneLineFailure(['check', 'notes.xlsx'], /notes\.xlsx không phải tệp \.xlsx/);
});

test('bin/dvk.js without a build says to run npm run build, exit 2', () => {
  const fresh = tempDir();
  mkdirSync(path.join(fresh, 'bin'));
  cpSync(DVK, path.join(fresh, 'bin', 'dvk.js'));
  const r = spawnSync(process.execPath, [path.join(fresh, 'bin', 'dvk.js'), 'init', 'x.xlsx'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('dvk: chưa build — chạy npm run build\n');
});
