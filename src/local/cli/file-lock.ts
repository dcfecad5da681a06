/**
 * What LockService's document lock gives on Google, for a workbook file: one dvk process at a time
 * holds FILE for its whole load–run–save, so two terminals (or `remind` beside `check`) never both
 * send the day's reminders or save over each other's log. The lock is a file beside the workbook,
 * made with O_EXCL, holding who took it (pid, host, time, command); one whose process is gone
 * (same host, pid not alive) or older than STALE_MS is taken over. A second process waits up to
 * `waitMs`, then gives up with a UsageError (exit 2) naming the holder.
 */
import { closeSync, existsSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { UsageError } from './args';
import { isAlive } from '../xlsx/atomic-file';

interface Holder { pid: number; host: string; time: string; command: string }

/** A lock held longer than any dvk run takes (the largest sample runs in seconds) is a crash's leftover. */
const STALE_MS = 30 * 60_000;
export const LOCK_WAIT_MS = 60_000;
const POLL_MS = 100;

/** The workbook's real path (through a symlink), so two names of one file share one lock. */
const realTarget = (file: string): string => {
  try { return realpathSync(file); } catch { return path.resolve(file); }
};
export const lockFileOf = (file: string): string => {
  const real = realTarget(file);
  return path.join(path.dirname(real), `.${path.basename(real)}.dvk-lock`);
};

function readHolder(lock: string): Holder | null {
  try { return JSON.parse(readFileSync(lock, 'utf8')) as Holder; } catch { return null; }
}

function isStale(h: Holder | null, now: number): boolean {
  if (!h) return true; // unreadable: a process died between creating and writing it
  if (h.host === hostname() && !isAlive(h.pid)) return true;
  return now - Date.parse(h.time) > STALE_MS;
}

function tryTake(lock: string, command: string): boolean {
  try {
    const fd = openSync(lock, 'wx', 0o600);
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), command } satisfies Holder));
    closeSync(fd);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new UsageError(`không tạo được tệp khoá ${lock} (${(e as Error).message})`);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `fn` holding FILE's lock (and `also`'s, for --out); released however `fn` ends. */
export async function withFileLock<T>(files: readonly string[], command: string, fn: () => Promise<T>, waitMs = LOCK_WAIT_MS): Promise<T> {
  // A file in a folder that does not exist has nothing to lock (the command says what is wrong).
  const locks = [...new Set(files.filter((f) => existsSync(path.dirname(path.resolve(f)))).map(lockFileOf))].sort();
  const taken: string[] = [];
  try {
    for (const lock of locks) {
      await take(lock, command, waitMs);
      taken.push(lock);
    }
    return await fn();
  } finally {
    for (const lock of taken) rmSync(lock, { force: true });
  }
}

async function take(lock: string, command: string, waitMs: number): Promise<void> {
  const until = Date.now() + waitMs;
  for (;;) {
    if (tryTake(lock, command)) return;
    const h = readHolder(lock);
    if (isStale(h, Date.now())) {
      rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() >= until) {
      throw new UsageError(`tệp đang được một lệnh dvk khác dùng (${h!.command}, tiến trình ${h!.pid} trên máy ${h!.host}, từ ${h!.time}); hãy chờ lệnh đó xong rồi chạy lại`);
    }
    await sleep(POLL_MS);
  }
}
