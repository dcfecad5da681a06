/**
 * Test helpers: a temp copy of the Quận 3 sample workbook, a playground over it, and headless
 * Debian Chromium pointed at it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';

export const ROOT = path.resolve(__dirname, '..', '..');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
const CHROMIUM_PATH = '/usr/bin/chromium';

/** A fresh sample workbook in its own temp directory (the generator runs the real bundle). */
export async function sampleCopy(): Promise<{ file: string; dispose(): void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dvk-playground-'));
  const file = path.join(dir, 'quan3-2021.xlsx');
  await buildSampleWorkbook(file);
  return { file, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install chromium`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, name);
  await page.screenshot({ path: file });
  return file;
}

/** Reads until `ok` holds (the page updates after a server round trip), returning the last value read. */
export async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}
