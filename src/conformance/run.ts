/**
 * Runs the scenarios and timings in the active (scratch) spreadsheet, undoes what each one made,
 * and writes the results sheet that `npm run conformance:import` reads back.
 */
import type { Harness, Json, Scenario, Scratch, Timing } from './scenario';
import { SCENARIOS } from './scenarios';
import { TIMINGS } from './timings';

export const RESULTS_SHEET = 'Conformance results';
export const RESULT_HEADER = ['kind', 'id', 'behaviour', 'source', 'expected', 'observed', 'result', 'median ms', 'samples', 'note'];

export interface RunOptions {
  /** 'google' skips the emulator-only scenarios (listed as skipped); 'emulator' runs them. */
  target: 'google' | 'emulator';
  /** The emulator's add-on mode: run only the scenarios that need it. */
  addon?: boolean;
  ids?: string[];
  /** Samples per timed method (0: no timings). */
  samples?: number;
  /** Write the results sheet (default true). */
  write?: boolean;
  /** Timings start only this long into the execution (default TIME_BUDGET_MS). */
  timeBudgetMs?: number;
}

export interface Outcome {
  id: string;
  behaviour: string;
  source: string;
  expected: string;
  observed: string;
  result: 'pass' | 'fail' | 'skip';
  /** Why a scenario failed besides its observation (clean-up), or why it was skipped. */
  note: string;
  /** What the scenario recorded for the reader, not compared. */
  detail: string;
}

export interface Measured { method: string; medianMs: number | null; samples: number; note: string }

export interface Report { outcomes: Outcome[]; timings: Measured[] }

declare const ConformanceHarness: Harness | undefined;

const MAX_CELL = 5000;
/** Timings start only this long into the execution, leaving time to clean up and write the results. */
const TIME_BUDGET_MS = 270_000;
const clip = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s);
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A scratch context whose sheets and deferred undos are all run by `finish`. */
function scratch(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, me: string, token: string): { s: Scratch; finish(): string[]; details: string[] } {
  const undos: (() => void)[] = [];
  const details: string[] = [];
  let made = 0;
  const s: Scratch = {
    ss, me,
    sheet(label = 's') {
      const sh = ss.insertSheet(`${label} conf${token}.${++made}`);
      undos.push(() => ss.deleteSheet(sh));
      return sh;
    },
    defer: (undo) => { undos.push(undo); },
    record: (text) => { details.push(text); },
    ...(typeof ConformanceHarness === 'undefined' ? {} : { asOther: ConformanceHarness.asOther }),
  };
  const finish = (): string[] => {
    const errors: string[] = [];
    for (const undo of undos.reverse()) {
      try { undo(); } catch (e) { errors.push(message(e)); }
    }
    return errors;
  };
  return { s, finish, details };
}

function applies(sc: Scenario, opts: RunOptions): boolean {
  if (opts.ids && !opts.ids.includes(sc.id)) return false;
  if (opts.target === 'emulator') return !!sc.addon === !!opts.addon;
  return !opts.addon;
}

function runScenario(sc: Scenario, opts: RunOptions, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, me: string, token: string): Outcome {
  const expected = JSON.stringify(sc.expected);
  const base = { id: sc.id, behaviour: sc.behaviour, source: sc.source, expected };
  if (opts.target === 'google' && sc.emulatorOnly) return { ...base, observed: '', result: 'skip', note: `emulator only: ${sc.emulatorOnly}`, detail: '' };
  const sheetsBefore = ss.getSheets().length;
  const { s, finish, details } = scratch(ss, me, token);
  let observed: string;
  let note = '';
  try {
    observed = JSON.stringify(sc.observe(s) as Json);
  } catch (e) {
    observed = `threw: ${message(e)}`;
  }
  const undoErrors = finish();
  if (undoErrors.length) note = `clean-up failed: ${undoErrors.join('; ')}`;
  const left = ss.getSheets().length - sheetsBefore;
  if (left !== 0) note = `${note ? `${note}; ` : ''}left ${left} sheet(s) behind`;
  const result = observed === expected && !note ? 'pass' : 'fail';
  return { ...base, observed, result, note, detail: details.join('; ') };
}

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function runTiming(t: Timing, samples: number, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, me: string, token: string): Measured {
  const n = t.n ?? samples;
  const batch = t.batch ?? 1;
  const { s, finish } = scratch(ss, me, token);
  const times: number[] = [];
  let note = t.note ?? '';
  try {
    const p = t.prepare(s);
    for (let i = 0; i < n; i++) {
      const ready = p.before?.(i);
      const t0 = Date.now();
      let r: unknown;
      for (let k = 0; k < batch; k++) r = p.call(i, ready);
      times.push((Date.now() - t0) / batch);
      p.undo?.(r, i);
    }
  } catch (e) {
    note = `threw: ${message(e)}`;
  }
  const undoErrors = finish();
  if (undoErrors.length) note = `${note ? `${note}; ` : ''}clean-up failed: ${undoErrors.join('; ')}`;
  return { method: t.method, medianMs: times.length === n && n > 0 ? median(times) : null, samples: times.length, note };
}

function writeResults(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, report: Report, opts: RunOptions): void {
  const rows: (string | number)[][] = [RESULT_HEADER,
    ['run', 'target', '', '', '', opts.target, '', '', '', ''],
    ['run', 'started', '', '', '', new Date().toISOString(), '', '', '', ''],
    ['run', 'spreadsheet', '', '', '', `${ss.getSpreadsheetLocale()} ${ss.getSpreadsheetTimeZone()}`, '', '', '', ''],
    ...report.outcomes.map((o) => ['behaviour', o.id, o.behaviour, o.source, clip(o.expected), clip(o.observed), o.result, '', '', clip([o.note, o.detail].filter(Boolean).join('; '))]),
    ...report.timings.map((t) => ['latency', t.method, '', '', '', '', t.medianMs === null ? 'error' : 'measured', t.medianMs ?? '', t.samples, clip(t.note)]),
  ];
  const sheet = ss.getSheetByName(RESULTS_SHEET) ?? ss.insertSheet(RESULTS_SHEET);
  sheet.clear();
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows.length, RESULT_HEADER.length);
  // Text stays text: setValues parses strings as if typed ("18/05/2021", "=…", "12%"), so the
  // plain-text format goes on before the values; the latency figures stay numbers.
  range.setNumberFormat('@');
  sheet.getRange(1, 8, rows.length, 2).setNumberFormat('0.###');
  range.setValues(rows);
  sheet.setFrozenRows(1);
}

export function runAll(opts: RunOptions): Report {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('The conformance kit must run bound to a scratch spreadsheet (Extensions → Apps Script from that file).');
  const me = Session.getEffectiveUser().getEmail();
  const started = Date.now();
  const token = String(started % 100000);
  const outcomes = SCENARIOS.filter((sc) => applies(sc, opts)).map((sc) => runScenario(sc, opts, ss, me, token));
  const samples = opts.samples ?? 5;
  const timings: Measured[] = [];
  if (samples > 0 && !opts.addon && !opts.ids) {
    for (const t of TIMINGS) {
      // One execution may run 6 minutes: the timings left when time runs short are listed, not run.
      timings.push(Date.now() - started > (opts.timeBudgetMs ?? TIME_BUDGET_MS)
        ? { method: t.method, medianMs: null, samples: 0, note: 'not run: the execution was near its 6-minute limit (run again for these)' }
        : runTiming(t, samples, ss, me, token));
    }
  }
  const report = { outcomes, timings };
  if (opts.write !== false) writeResults(ss, report, opts);
  return report;
}
