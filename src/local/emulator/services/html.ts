/**
 * HtmlService: HTML outputs built from a string or from a file of the built project (dist/ by
 * default, where scripts/build.mjs writes Sidebar.html), and templates built from a string.
 * https://developers.google.com/apps-script/reference/html/html-service
 * https://developers.google.com/apps-script/reference/html/html-output
 * https://developers.google.com/apps-script/guides/html/templates (scriptlets)
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

/**
 * What a printing scriptlet (<?= ?>) does to a value in HTML text: Google's guide promises
 * "contextual escaping" without listing the entities; these five are the ones that matter there
 * (the conformance kit's html.template-escaping records Google's own). Attribute, URL and script
 * contexts are not told apart: the add-on uses no templates, so only text is modelled.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };
const printed = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

export function escapeHtmlText(v: unknown): string {
  return printed(v).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** <? code ?>, <?= printed, escaped ?>, <?!= printed as is ?>, the rest literal; the template's properties are its variables. */
function renderTemplate(source: string, vars: Record<string, unknown>): string {
  let body = 'var __out = "";\n';
  let last = 0;
  for (const m of source.matchAll(/<\?(!=|=)?([\s\S]*?)\?>/g)) {
    body += `__out += ${JSON.stringify(source.slice(last, m.index))};\n`;
    if (m[1] === '=') body += `__out += __esc(${m[2]});\n`;
    else if (m[1] === '!=') body += `__out += __raw(${m[2]});\n`;
    else body += `${m[2]}\n`;
    last = m.index! + m[0].length;
  }
  body += `__out += ${JSON.stringify(source.slice(last))};\nreturn __out;`;
  const names = Object.keys(vars);
  return new Function('__esc', '__raw', ...names, body)(escapeHtmlText, printed, ...names.map((n) => vars[n])) as string;
}

export function createHtmlTemplate(ctx: EmulatorContext, source: string): GoogleAppsScript.HTML.HtmlTemplate {
  const template: Record<string, unknown> = {};
  const methods = {
    evaluate() {
      ctx.calls.record('HtmlTemplate.evaluate');
      const vars = Object.fromEntries(Object.entries(template));
      return createHtmlOutput(ctx, renderTemplate(source, vars));
    },
    getRawContent() { ctx.calls.record('HtmlTemplate.getRawContent'); return source; },
  };
  // The methods are not template variables: only what the script assigns is.
  for (const [k, f] of Object.entries(methods)) Object.defineProperty(template, k, { value: f, enumerable: false });
  return template as unknown as GoogleAppsScript.HTML.HtmlTemplate;
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
    /** From a string (files and Blobs are not emulated: the add-on uses no templates). */
    createTemplate(html: unknown) {
      ctx.calls.record('HtmlService.createTemplate');
      return createHtmlTemplate(ctx, String(html));
    },
  } satisfies Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate'>;
  return { SandboxMode, XFrameOptionsMode, ...methods } as unknown as GoogleAppsScript.HTML.HtmlService;
}
