/**
 * HtmlService: HTML outputs built from a string or from a file of the built project (dist/ by
 * default, where scripts/build.mjs writes Sidebar.html).
 * https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorContext } from '../context';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

/** What the emulator keeps of an HtmlOutput; UiLog and tests read it. */
export interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
}

const HTML_OUTPUTS = new WeakMap<object, HtmlOutputState>();

/** The state behind an HtmlOutput this service made, or undefined for anything else. */
export function htmlOutputState(output: unknown): HtmlOutputState | undefined {
  return typeof output === 'object' && output !== null ? HTML_OUTPUTS.get(output) : undefined;
}

export function createHtmlOutput(ctx: EmulatorContext, content: string): GoogleAppsScript.HTML.HtmlOutput {
  const st: HtmlOutputState = { content, title: '', width: 0, height: 0 };
  const rec = (m: string): void => ctx.calls.record(`HtmlOutput.${m}`);
  type Subset = Pick<GoogleAppsScript.HTML.HtmlOutput,
    'getContent' | 'setContent' | 'append' | 'clear' | 'getTitle' | 'setTitle' | 'getWidth' | 'setWidth'
    | 'getHeight' | 'setHeight' | 'setSandboxMode' | 'setXFrameOptionsMode'>;
  const self = (): GoogleAppsScript.HTML.HtmlOutput => out as unknown as GoogleAppsScript.HTML.HtmlOutput;
  const out: Subset = {
    getContent() { rec('getContent'); return st.content; },
    setContent(c: string) { rec('setContent'); st.content = String(c); return self(); },
    append(c: string) { rec('append'); st.content += String(c); return self(); },
    clear() { rec('clear'); st.content = ''; return self(); },
    getTitle() { rec('getTitle'); return st.title; },
    setTitle(t: string) { rec('setTitle'); st.title = String(t); return self(); },
    getWidth() { rec('getWidth'); return st.width; },
    setWidth(w: number) { rec('setWidth'); st.width = w; return self(); },
    getHeight() { rec('getHeight'); return st.height; },
    setHeight(h: number) { rec('setHeight'); st.height = h; return self(); },
    setSandboxMode() { rec('setSandboxMode'); return self(); },
    setXFrameOptionsMode() { rec('setXFrameOptionsMode'); return self(); },
  };
  HTML_OUTPUTS.set(out, st);
  return self();
}

export function createHtmlService(ctx: EmulatorContext, htmlDir: string): GoogleAppsScript.HTML.HtmlService {
  const methods = {
    /** From a string (a Blob source is not emulated). */
    createHtmlOutput(html?: unknown) {
      ctx.calls.record('HtmlService.createHtmlOutput');
      return createHtmlOutput(ctx, html === undefined ? '' : String(html));
    },
    /** Like the project's files: "Sidebar" and "Sidebar.html" name the same file. */
    createHtmlOutputFromFile(filename: string) {
      ctx.calls.record('HtmlService.createHtmlOutputFromFile');
      const base = String(filename).replace(/\.html$/, '');
      const file = path.join(htmlDir, `${base}.html`);
      if (!existsSync(file)) throw new Error(`No HTML file named ${base} was found.`);
      return createHtmlOutput(ctx, readFileSync(file, 'utf8'));
    },
  } satisfies Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile'>;
  return { SandboxMode, XFrameOptionsMode, ...methods } as unknown as GoogleAppsScript.HTML.HtmlService;
}
