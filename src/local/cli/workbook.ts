/**
 * A workbook file opened in the emulator with the built bundle loaded: the CLI's only way to run
 * the add-on's rules, so a local run and a run in Google execute the same dist/Code.js.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createEmulator, type Emulator } from '../emulator/emulator';
import { newSpreadsheetData, type SpreadsheetData } from '../emulator/model';
import type { Bundle } from '../sandbox';
import { readWorkbookBuffer, writeWorkbook } from '../xlsx';
import { unreadableReason } from '../xlsx/sniff';
import { UsageError } from './args';
import { LOCAL_TIME_ZONE } from '../morning';
import { NOT_INITIALIZED } from '../../gas/setup/config-source';

/** 'owner@localhost' would be refused by the campaign's e-mail rule (z.email needs a dotted domain). */
export const DEFAULT_OWNER = 'owner@example.org';

export interface Session {
  emu: Emulator;
  bundle: Bundle;
  data: SpreadsheetData;
}

/**
 * dist/ beside the built CLI (dist/local/dvk.cjs), else the repository's dist/ when this runs from
 * source (tests importing the sample generator), else ./dist.
 */
export function distDir(): string {
  const candidates = [path.resolve(__dirname, '..'), path.resolve(__dirname, '../../../dist'), path.resolve('dist')];
  const found = candidates.find((d) => existsSync(path.join(d, 'Code.js')));
  if (!found) throw new UsageError('chưa build — chạy npm run build');
  return found;
}

/** Starts the emulator over `data` with the bundle loaded; the person at the keyboard is `user` (default: the owner). */
export function startSession(data: SpreadsheetData, opts: { now: Date; user?: string }): Session {
  const dist = distDir();
  const emu = createEmulator({ owner: data.owner, data, now: opts.now, htmlDir: dist, timeZone: LOCAL_TIME_ZONE });
  emu.user = opts.user ?? data.owner;
  const bundle = emu.load(path.join(dist, 'Code.js'));
  return { emu, bundle, data };
}

export function newWorkbookData(file: string, owner: string): SpreadsheetData {
  return newSpreadsheetData({ owner, name: path.basename(file, path.extname(file)) });
}

/** Reads FILE; any failure (missing, not an .xlsx, corrupt) is a one-line reason. */
export async function loadWorkbook(file: string): Promise<SpreadsheetData> {
  if (!existsSync(file)) throw new UsageError(`không tìm thấy tệp ${file}`);
  const bytes = await readFile(file);
  const reason = unreadableReason(bytes, file);
  if (reason) throw new UsageError(reason);
  try {
    return await readWorkbookBuffer(bytes, { owner: DEFAULT_OWNER, name: path.basename(file, path.extname(file)) });
  } catch (e) {
    throw new UsageError(`không đọc được ${file} như một tệp .xlsx (${firstLine(e)})`);
  }
}

export async function saveWorkbook(data: SpreadsheetData, file: string): Promise<void> {
  try {
    await writeWorkbook(data, file);
  } catch (e) {
    throw new UsageError(`không ghi được ${file} (${firstLine(e)})`);
  }
}

export const NO_CONFIG = 'tệp chưa có trang Cấu hình: chạy “dvk init TỆP” để thêm Cấu hình và Mẫu đăng ký vào tệp (các trang tính đang có được giữ nguyên), hoặc bấm “Khởi tạo chiến dịch” ở thanh bên trên Google Sheets';

/**
 * One google.script.run-like call. The server's refusal (not a coordinator, campaign not set up)
 * comes back as its own Vietnamese message on one line.
 */
export function callServer<T>(s: Session, name: string, ...args: unknown[]): T {
  if (!s.bundle.functionNames().includes(name)) throw new UsageError(`bản build chưa có hàm ${name} — chạy npm run build`);
  try {
    return s.bundle.call(name, ...args) as T;
  } catch (e) {
    // The sidebar's wording names its button; at the command line the file needs `dvk init`.
    if (oneLine(e) === NOT_INITIALIZED) throw new UsageError(NO_CONFIG);
    throw new UsageError(oneLine(e));
  }
}

function firstLine(e: unknown): string {
  return (e instanceof Error || (typeof e === 'object' && e && 'message' in e) ? String((e as Error).message) : String(e)).split('\n')[0];
}

/** Keeps every line of a multi-line server message (Cấu hình problems come one per line). */
export function oneLine(e: unknown): string {
  const msg = typeof e === 'object' && e && 'message' in e ? String((e as Error).message) : String(e);
  return msg.split('\n').map((l) => l.trim()).filter(Boolean).join(' ');
}
