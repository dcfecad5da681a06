/** Runs the built CLI as a user would (`node bin/dvk.js …`) in a temporary directory. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { SpreadsheetData } from '../../src/local/emulator/model';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';

export const ROOT = path.resolve(__dirname, '../..');
export const DVK = path.join(ROOT, 'bin', 'dvk.js');

export interface Run { code: number | null; stdout: string; stderr: string }

export function dvk(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [DVK, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const tempDir = (): string => mkdtempSync(path.join(tmpdir(), 'dvk-cli-'));

/** The lines a failing command printed on stderr, minus exceljs' own sheet-name warnings. */
export const stderrLines = (r: Run): string[] => r.stderr.split('\n').filter((l) => l && !l.startsWith('Worksheet name'));

/**
 * Excel caps a sheet name at 31 characters and the .xlsx layer does not map longer ones yet, so
 * workbooks that must survive several CLI runs use the abbreviations an office would write.
 */
export async function shortenLongUnitNames(file: string): Promise<void> {
  const data = await readWorkbook(file);
  const config = data.sheets.find((s) => s.name === 'Cấu hình')!;
  const short: Record<string, string> = {
    'Phòng Lao động - Thương binh và Xã hội': 'Phòng LĐ-TB và XH',
    'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3': 'Đảng bộ Công ty DVCI Quận 3',
  };
  for (const cell of config.cells.values()) if (typeof cell.value === 'string' && short[cell.value]) cell.value = short[cell.value];
  await writeWorkbook(data, file);
}

/** Every cell of every unit tab (not Cấu hình / Mẫu đăng ký), by tab name. */
export function unitCells(data: SpreadsheetData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of data.sheets) {
    if (['Cấu hình', 'Mẫu đăng ký', 'Trang tính1'].includes(s.name)) continue;
    out[s.name] = { rows: s.maxRows, cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)) };
  }
  return JSON.parse(JSON.stringify(out));
}
