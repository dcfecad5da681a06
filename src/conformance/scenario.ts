/**
 * The conformance kit's scenario API. A scenario states one documented platform behaviour the add-on
 * relies on, cites where it is documented, gives the value the emulator produces (`expected`) and
 * observes what the platform it runs on does. The same scenarios run in jest against the emulator
 * (test/conformance) and on a real account as the separate Apps Script project built into
 * dist-conformance/ (scripts/build-conformance.mjs), whose runConformance() compares the two.
 *
 * Scenarios use only the Apps Script globals, so nothing here is part of the add-on's bundle.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What an observation may be: it is compared as JSON and printed in the results sheet. */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** The scratch spreadsheet a scenario works in; everything made through it is undone afterwards. */
export interface Scratch {
  ss: Spreadsheet;
  /** The e-mail of the user the script runs as. */
  me: string;
  /** A new sheet with a name no other scenario uses, deleted when the scenario ends. */
  sheet(label?: string): Sheet;
  /** Runs when the scenario ends, passed or failed (last registered first). */
  defer(undo: () => void): void;
  /** A detail worth reading in the results sheet but not compared (Google's exact wording of an error). */
  record(text: string): void;
  /**
   * Runs `fn` as another editor of the file, in an execution of its own while this one goes on.
   * Only the emulator's harness can (a real run has one user): present for emulator-only scenarios.
   */
  asOther?<T>(fn: () => T): T;
}

/** What the local harness puts beside the Apps Script globals (absent on Google). */
export interface Harness { asOther<T>(fn: () => T): T }

export interface Scenario {
  id: string;
  /** The behaviour, in one line. */
  behaviour: string;
  /** The reference page (or, where Google publishes none, the public write-up, saying so). */
  source: string;
  /** What the emulator does. */
  expected: Json;
  observe(s: Scratch): Json;
  /**
   * Why this cannot be observed on a real account (it would need several users, an add-on
   * deployment, or would exhaust a quota): the emulator still runs it, Google's run lists it as skipped.
   */
  emulatorOnly?: string;
  /** Needs the editor add-on rules (the emulator's `addon` mode): a bound test script is not an add-on. */
  addon?: boolean;
}

/**
 * One timed method: `call` is timed `n` times (each sample `batch` calls); `before` runs untimed
 * ahead of each sample (its result is handed to `call`), `undo` untimed after it.
 */
export interface Timing {
  /** The 'Class.method' the benchmark's latency table prices (src/local/bench/latency.ts). */
  method: string;
  n?: number;
  batch?: number;
  note?: string;
  prepare(s: Scratch): { before?(i: number): unknown; call(i: number, ready: unknown): unknown; undo?(result: unknown, i: number): void };
}

/** The message a call throws, or 'no error': how scenarios observe refusals. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
}

/** Whether a call throws, for refusals whose wording Google localises or rephrases. */
export const throws = (fn: () => unknown): boolean => errorOf(fn) !== 'no error';

/** A Date as the ISO string JSON would give, so observations compare across realms. */
export function iso(v: unknown): Json {
  return Object.prototype.toString.call(v) === '[object Date]' ? `Date ${(v as Date).toISOString()}` : (v as Json);
}

/** A grid of cell values with Dates made comparable. */
export const cells = (rows: unknown[][]): Json => rows.map((r) => r.map(iso));

/** Runs `fn` with the spreadsheet in vi_VN on Asia/Ho_Chi_Minh (the campaign's file), then puts both back. */
export function inVietnamese<T>(ss: Spreadsheet, fn: () => T): T {
  const locale = ss.getSpreadsheetLocale();
  const zone = ss.getSpreadsheetTimeZone();
  ss.setSpreadsheetLocale('vi_VN');
  ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  try {
    return fn();
  } finally {
    ss.setSpreadsheetLocale(locale);
    ss.setSpreadsheetTimeZone(zone);
  }
}
