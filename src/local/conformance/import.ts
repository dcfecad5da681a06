/**
 * `npm run conformance:import FILE`: what a real run found. The differences between what the
 * emulator does (expected) and what Google did (observed), and the timed methods beside the
 * benchmark's latency table, with the rules to paste into src/local/bench/latency.ts so that a
 * measured figure replaces an UNMEASURED one.
 */
import { latencyOf } from '../bench/latency';
import { SCENARIOS } from '../../conformance/scenarios';
import type { ResultRow } from './results-file';

export interface Difference { id: string; behaviour: string; source: string; expected: string; observed: string; note: string }

export interface LatencyLine {
  method: string;
  /** The rule the benchmark applies to this method today. */
  rule: string;
  currentMs: number;
  currentSource: string;
  measuredMs: number | null;
  samples: number;
  note: string;
}

export interface ImportReport {
  run: Record<string, string>;
  passed: number;
  differences: Difference[];
  skipped: { id: string; note: string }[];
  /** Scenarios whose expectation in the file is not the kit's expectation today (the emulator changed since the run). */
  stale: string[];
  latency: LatencyLine[];
}

/** batchUpdate timings are per sub-request kind; the benchmark prices the request itself. */
const pricedAs = (method: string) => method.replace(/\[.*\]$/, '');

export function importResults(rows: ResultRow[]): ImportReport {
  const run = Object.fromEntries(rows.filter((r) => r.kind === 'run').map((r) => [r.id, r.observed]));
  const behaviours = rows.filter((r) => r.kind === 'behaviour');
  const now = new Map(SCENARIOS.map((s) => [s.id, JSON.stringify(s.expected)]));
  const latency = rows.filter((r) => r.kind === 'latency').map((r): LatencyLine => {
    const rule = latencyOf(pricedAs(r.id));
    const measured = r['median ms'] === '' ? null : Number(String(r['median ms']).replace(',', '.'));
    return {
      method: r.id, rule: String(rule.match), currentMs: rule.ms, currentSource: rule.source,
      measuredMs: measured === null || Number.isNaN(measured) ? null : measured, samples: Number(r.samples) || 0, note: r.note,
    };
  });
  return {
    run,
    passed: behaviours.filter((r) => r.result === 'pass').length,
    differences: behaviours.filter((r) => r.result === 'fail').map((r) => ({
      id: r.id, behaviour: r.behaviour, source: r.source, expected: r.expected, observed: r.observed, note: r.note,
    })),
    skipped: behaviours.filter((r) => r.result === 'skip').map((r) => ({ id: r.id, note: r.note })),
    stale: behaviours.filter((r) => now.has(r.id) && now.get(r.id) !== r.expected).map((r) => r.id),
    latency,
  };
}

const fmt = (ms: number) => (ms >= 10 ? String(Math.round(ms)) : String(Math.round(ms * 100) / 100));

/** A call this slow reached Google's servers (a cached or local call takes a few ms at most). */
const ROUND_TRIP_MS = 20;

/** A rule for latency.ts, or why there is none (no figure, or below the clock's resolution: nothing is priced at zero). */
export function proposedRule(l: LatencyLine, when: string): string {
  if (l.measuredMs === null) return `// ${l.method}: not measured (${l.note || 'no figure'})`;
  if (l.measuredMs <= 0) return `// ${l.method}: below the 1 ms clock resolution; keep ${l.currentMs} ms`;
  const kind = latencyOf(pricedAs(l.method)).kind;
  const source = `conformance kit on Google, median of ${l.samples}${l.note ? ` (${l.note})` : ''}, ${when}`;
  if (l.method !== pricedAs(l.method)) return `// ${l.method}: ${fmt(l.measuredMs)} ms a request (${source}); the benchmark prices ${pricedAs(l.method)} as one`;
  return `{ match: '${l.method}', kind: '${kind}', ms: ${fmt(l.measuredMs)}, roundTrip: ${latencyOf(l.method).roundTrip || l.measuredMs >= ROUND_TRIP_MS}, source: '${source.replace(/'/g, "\\'")}' },`;
}

export function printImport(r: ImportReport, line: (s?: string) => void): void {
  line(`Run: ${[r.run.target, r.run.started, r.run.spreadsheet].filter(Boolean).join(', ')}`);
  line(`${r.passed} behaviours as the emulator has them, ${r.differences.length} different, ${r.skipped.length} emulator only.`);
  for (const d of r.differences) {
    line();
    line(`DIFFERENT ${d.id}: ${d.behaviour}`);
    line(`  source:   ${d.source}`);
    line(`  emulator: ${d.expected}`);
    line(`  Google:   ${d.observed}${d.note ? `\n  note:     ${d.note}` : ''}`);
  }
  if (r.stale.length) line(`\nThe emulator's expectation changed since this run for: ${r.stale.join(', ')} (run the kit again).`);
  if (r.latency.length) {
    line('\nLatency (median ms a call): method | measured | latency.ts today (source)');
    for (const l of r.latency) {
      line(`  ${l.method} | ${l.measuredMs === null ? '—' : fmt(l.measuredMs)} | ${l.currentMs} (${l.currentSource})`);
    }
    const when = (r.run.started ?? '').slice(0, 10) || 'date unknown';
    line('\nRules for src/local/bench/latency.ts (put them above the general rules: the first match wins):');
    for (const l of r.latency) line(`  ${proposedRule(l, when)}`);
  }
}
