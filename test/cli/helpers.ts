/** Runs the built CLI as a user would (`node bin/dvk.js …`) in a temporary directory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SpreadsheetData } from '../../src/local/emulator/model';

export const ROOT = path.resolve(__dirname, '../..');
export const DVK = path.join(ROOT, 'bin', 'dvk.js');

export interface Run { code: number | null; stdout: string; stderr: string }

export function dvk(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [DVK, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'dvk-cli-'));

/** The lines a command printed on stderr. */
export const stderrLines = (r: Run): string[] => r.stderr.split('\n').filter(Boolean);

/** Every cell of every unit tab (not Cấu hình / Mẫu đăng ký), by tab name. */
export function unitCells(data: SpreadsheetData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of data.sheets) {
    if (['Cấu hình', 'Mẫu đăng ký', 'Trang tính1'].includes(s.name)) continue;
    out[s.name] = { rows: s.maxRows, cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)) };
  }
  return JSON.parse(JSON.stringify(out));
}
