/**
 * Replace a file all at once: write a temporary file beside it, then rename it over the target
 * (atomic on one file system), so a failure never leaves a half-written workbook behind.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function replaceFileAtomically(target: string, produce: () => Promise<Uint8Array>): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const bytes = await produce();
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, target);
  } catch (err) {
    await fs.rm(temp, { force: true });
    throw err;
  }
}
