/**
 * `npm start` (scripts/start.mjs): the README's first command — makes the sample once, checks it,
 * then serves the playground until stopped. The test stops it once the page answers.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir } from './helpers';

interface Started { stdout: string; pageStatus: number; pageText: string }

/** Runs start.mjs until it prints the playground's URL, fetches the page, then stops it. */
function startUntilServing(sample: string): Promise<Started> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT, env: { ...process.env, DVK_SAMPLE: sample, PORT: '0' }, detached: true,
    });
    let stdout = '';
    const stop = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
    const timer = setTimeout(() => { stop(); reject(new Error(`npm start never served:\n${stdout}`)); }, 90_000);
    child.stdout.on('data', async (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /Mở (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      if (!url || child.killed) return;
      child.stdout.removeAllListeners('data');
      try {
        const res = await fetch(url);
        const pageText = await res.text();
        clearTimeout(timer);
        resolve({ stdout, pageStatus: res.status, pageText });
      } catch (err) {
        reject(err);
      } finally {
        stop();
      }
    });
    child.on('exit', (code) => {
      if (!/Mở http/.test(stdout)) { clearTimeout(timer); reject(new Error(`npm start exited ${code} before serving:\n${stdout}`)); }
    });
  });
}

test('creates the sample once, prints the check report, then serves the playground on 127.0.0.1', async () => {
  const sample = path.join(tempDir(), 'sample', 'quan3-2021.xlsx');
  const first = await startUntilServing(sample);
  expect(first.stdout).toContain('Đã tạo sổ tính mẫu');
  expect(first.stdout).toMatch(/^Phường 14 · Phường 14 · D\d+ · lỗi · /m);
  expect(first.stdout).toMatch(/^32 đơn vị \(tính đến ngày 20\/05\/2021\): [1-9]\d* lỗi/m);
  expect(first.pageStatus).toBe(200);
  expect(first.pageText).toContain('Dân vận khéo');

  const second = await startUntilServing(sample);
  expect(second.stdout).not.toContain('Đã tạo sổ tính mẫu');
  expect(second.stdout).toMatch(/^32 đơn vị/m);
  expect(statSync(sample).isFile()).toBe(true);
}, 180_000);
