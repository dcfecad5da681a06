/**
 * Opens dist/Sidebar.html in headless Debian Chromium with a google.script.run shim whose calls
 * are answered in Node by a pluggable handler: a fake server in a test, or the built bundle
 * running against the emulator.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '..', '..');
export const SIDEBAR_HTML = path.join(ROOT, 'dist', 'Sidebar.html');
export const OUTPUT_DIR = path.join(ROOT, 'test-output');
/** The width Google Sheets gives an add-on sidebar. */
export const SIDEBAR_WIDTH = 300;

const BRIDGE = '__dvkServerCall';
const SHIM_SOURCE = readFileSync(path.join(__dirname, 'shim', 'google-script-run.js'), 'utf8');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Answers one google.script.run call; a throw reaches the sidebar's failure handler. */
export type ServerHandler = (fn: string, args: unknown[]) => unknown;

export interface OpenSidebarOptions {
  handle: ServerHandler;
  /** The public server functions: google.script.run has a method for these and no others. */
  functions: readonly string[];
  /** The page to show, e.g. what the emulated Ui.showSidebar received; dist/Sidebar.html by default. */
  html?: string;
  height?: number;
  /** Default /usr/bin/chromium (Debian's package, which CI installs with apt). */
  chromiumPath?: string;
}

export interface ServerCall {
  fn: string;
  args: unknown[];
}

export interface SidebarSession {
  page: Page;
  /** Every call the sidebar made, in order. */
  calls: ServerCall[];
  /** Non-file URLs the page tried to load (all blocked): the sidebar must need none. */
  externalRequests: string[];
  /** Uncaught page errors and console.error output. */
  pageErrors: string[];
  /** The most calls the server was running at the same moment. */
  maxConcurrentCalls(): number;
  /** Resolves with the first call of `fn` (waiting for it if needed). */
  waitForCall(fn: string, timeoutMs?: number): Promise<ServerCall>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

type Reply = { ok: true; value: unknown } | { ok: false; message: string; name: string };

async function launch(chromiumPath: string): Promise<{ context: BrowserContext; userDataDir: string }> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: apt-get install chromium`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'dvk-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: SIDEBAR_WIDTH, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  return { context, userDataDir };
}

export async function openSidebar(options: OpenSidebarOptions): Promise<SidebarSession> {
  if (options.html === undefined && !existsSync(SIDEBAR_HTML)) {
    throw new Error(`${SIDEBAR_HTML} is missing: run node scripts/build.mjs`);
  }
  const { context, userDataDir } = await launch(options.chromiumPath ?? CHROMIUM_PATH);
  // A file: URL either way, so the page's origin and the request filter behave the same.
  const pageFile = options.html === undefined ? SIDEBAR_HTML : path.join(userDataDir, 'Sidebar.html');
  if (options.html !== undefined) writeFileSync(pageFile, options.html);
  const page = context.pages()[0] ?? (await context.newPage());
  if (options.height) await page.setViewportSize({ width: SIDEBAR_WIDTH, height: options.height });

  const calls: ServerCall[] = [];
  const externalRequests: string[] = [];
  const pageErrors: string[] = [];
  let running = 0;
  let maxRunning = 0;

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));

  await page.exposeFunction(BRIDGE, async (fn: string, args: unknown[]): Promise<Reply> => {
    calls.push({ fn, args });
    running++;
    maxRunning = Math.max(maxRunning, running);
    try {
      const value = await options.handle(fn, args);
      // Apps Script hands the client a copy; undefined stays undefined.
      return { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      // Errors thrown inside the bundle's vm context are not instances of this realm's Error.
      const e = error as { message?: unknown; name?: unknown } | null;
      if (e && typeof e === 'object' && typeof e.message === 'string') {
        return { ok: false, message: e.message, name: typeof e.name === 'string' ? e.name : 'Error' };
      }
      return { ok: false, message: String(error), name: 'Error' };
    } finally {
      running--;
    }
  });
  await page.addInitScript(`(${SHIM_SOURCE})(${JSON.stringify({ bridge: BRIDGE, functions: options.functions })});`);
  await page.goto(`file://${pageFile}`);

  return {
    page,
    calls,
    externalRequests,
    pageErrors,
    maxConcurrentCalls: () => maxRunning,
    async waitForCall(fn, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = calls.find((c) => c.fn === fn);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`the sidebar never called ${fn}; calls: ${calls.map((c) => c.fn).join(', ')}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async screenshot(name) {
      await mkdir(OUTPUT_DIR, { recursive: true });
      const file = path.join(OUTPUT_DIR, name);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The standard handler once the bundle runs in the sandbox: errors become failure-handler calls. */
export function bundleHandler(bundle: { call(name: string, ...args: unknown[]): unknown }): ServerHandler {
  return (fn, args) => bundle.call(fn, ...args);
}
