/**
 * Replace a file all at once: write a temporary file beside it, then rename it over the target
 * (atomic on one file system), so a failure never leaves a half-written workbook behind. The
 * file keeps what the person gave it: its mode (a 0600 workbook stays 0600) and, when the name is
 * a symlink, the link (the file it points to is the one replaced). Temporary files a crashed run
 * left (their process gone) are removed on the next write, so none pile up beside the workbook.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** `.NAME.PID.TIME.tmp`: the pid tells a crashed run's leftover from a write under way. */
const TEMP = /^\.(.+)\.(\d+)\.\d+\.tmp$/;

/** Whether a process of this machine still runs (signal 0 checks without sending; EPERM: it runs as someone else). */
export const isAlive = (pid: number): boolean => {
  try { process.kill(pid, 0); return true; } catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
};

/** The file a write lands in: the symlink's target when `target` is one. */
async function realTarget(target: string): Promise<string> {
  try { return await fs.realpath(target); } catch { return path.resolve(target); }
}

async function removeStaleTemps(dir: string, base: string): Promise<void> {
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const m = TEMP.exec(name);
    if (m && m[1] === base && Number(m[2]) !== process.pid && !isAlive(Number(m[2]))) await fs.rm(path.join(dir, name), { force: true });
  }
}

export async function replaceFileAtomically(target: string, produce: () => Promise<Uint8Array>): Promise<void> {
  const real = await realTarget(target);
  const dir = path.dirname(real);
  const base = path.basename(real);
  const mode = await fs.stat(real).then((s) => s.mode & 0o7777, () => undefined);
  await removeStaleTemps(dir, base);
  const temp = path.join(dir, `.${base}.${process.pid}.${Date.now()}.tmp`);
  try {
    const bytes = await produce();
    await fs.writeFile(temp, bytes, mode === undefined ? {} : { mode });
    if (mode !== undefined) await fs.chmod(temp, mode); // writeFile's mode is filtered by the umask
    await fs.rename(temp, real);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
