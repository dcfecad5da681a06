/** `npm start` (scripts/start.mjs): the README's first command — makes the sample once, then checks it. */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './helpers';

test('creates the sample workbook once and prints the check report, exit 0 although the sample has errors', () => {
  const sample = path.join(tempDir(), 'sample', 'quan3-2021.xlsx');
  const start = () => spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, DVK_SAMPLE: sample },
  });
  const first = start();
  expect(first.status).toBe(0);
  expect(first.stdout).toContain('Đã tạo sổ tính mẫu');
  expect(first.stdout).toMatch(/^Phường 14 · Phường 14 · D\d+ · lỗi · /m);
  expect(first.stdout).toMatch(/^32 đơn vị \(tính đến ngày 20\/05\/2021\): [1-9]\d* lỗi/m);

  const second = start();
  expect(second.status).toBe(0);
  expect(second.stdout).not.toContain('Đã tạo sổ tính mẫu');
  expect(second.stdout).toMatch(/^32 đơn vị/m);
  expect(statSync(sample).isFile()).toBe(true);
});
