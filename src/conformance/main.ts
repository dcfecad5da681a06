/**
 * The conformance project's entry points (dist-conformance/Code.js): every export becomes a
 * top-level function. runConformance is what a person runs from the Apps Script editor of a
 * throwaway script bound to a scratch spreadsheet; the names ending in "_" are for the local harness.
 */
import { runAll, type Report, type RunOptions } from './run';
import { SCENARIOS } from './scenarios';

/** Runs every scenario and timing on this account and writes the 'Conformance results' sheet. */
export function runConformance(): string {
  const { outcomes, timings } = runAll({ target: 'google' });
  const count = (r: string) => outcomes.filter((o) => o.result === r).length;
  const summary = `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} emulator only; ${timings.length} methods timed`;
  for (const o of outcomes) if (o.result === 'fail') console.log(`FAIL ${o.id}: expected ${o.expected}, observed ${o.observed} ${o.note}`);
  console.log(summary);
  return summary;
}

/** The local harness's entry: run with options, get the report back. */
export function runConformanceWith_(opts: RunOptions): Report {
  return runAll(opts);
}

/** Every scenario's id and whether it needs the add-on mode. */
export function conformanceScenarios_(): { id: string; addon: boolean; emulatorOnly: string }[] {
  return SCENARIOS.map((s) => ({ id: s.id, addon: !!s.addon, emulatorOnly: s.emulatorOnly ?? '' }));
}
