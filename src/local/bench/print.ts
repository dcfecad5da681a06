/** The benchmark's report for a person: plain-text tables, the same numbers as the JSON. */
import type { BundleCost } from './bundle-cost';
import { LATENCY_RULES } from './latency';
import type { ScenarioModel } from './model';
import type { SizeModels, TargetCheck } from './targets';

const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(0)} s` : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);

function table(head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ');
  return [line(head), width.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function scenarioRow(s: ScenarioModel): string[] {
  if (s.error) return [s.title, '—', '—', '—', '—', '—', '—', '—', `FAILED: ${s.error}`];
  const worst = s.executions.reduce((m, e) => Math.max(m, e.modelledMs), 0);
  return [s.title, String(s.executions.length), String(s.calls), String(s.roundTrips), String(s.floor), s.ratio.toFixed(2),
    ms(s.modelledMs), ms(s.cpuMs), `${ms(worst)} vs ${s.limitName} (×${s.worstHeadroom.toFixed(1)})`];
}

function topMethods(s: ScenarioModel, n = 6): string {
  return Object.entries(s.callsByMethod).sort(([, a], [, b]) => b - a).slice(0, n).map(([m, c]) => `${m} ${c}`).join(', ');
}

export function formatReport(sizes: readonly SizeModels[], bundle: BundleCost, targets: readonly TargetCheck[], totalMs: number): string {
  const out: string[] = [];
  out.push(`Dân vận khéo benchmark — emulator, ${sizes.map((s) => s.units).join('/')} units × 40 filled rows`);
  out.push(`Bundle: ${(bundle.bytes / 1024).toFixed(1)} KB minified; compile + evaluate in a fresh node:vm ≈ ${ms(bundle.compileMs)} (paid by every execution, included below)\n`);
  for (const size of sizes) {
    out.push(`== ${size.units} units (${size.files && size.files > 1 ? `hub + ${size.files - 1} member workbooks, hub ` : ''}${(size.cells / 1e6).toFixed(2)} M cells) ==`);
    out.push(table(['scenario', 'runs', 'calls', 'round trips', 'floor', 'ratio', 'modelled', 'our CPU', 'longest run vs limit (headroom)'],
      size.scenarios.map(scenarioRow)));
    for (const s of size.scenarios) {
      if (s.error) continue;
      out.push(`  ${s.title}: ${topMethods(s)}${s.notes.length ? ` — ${s.notes.join('; ')}` : ''}`);
    }
    out.push('');
  }
  out.push('Floors (round trips the job cannot do without):');
  const seen = new Set<string>();
  for (const size of sizes.slice(-1)) for (const s of size.scenarios) if (!seen.has(s.id)) { seen.add(s.id); out.push(`  ${s.title}: ${s.floorWhy}`); }
  out.push('\nTargets (reported, never failing the build):');
  out.push(table(['target', 'value', 'goal', ''], targets.map((t) => [t.name, t.value, t.target, t.met ? 'met' : 'MISSED'])));
  out.push(`\nLatency table: src/local/bench/latency.ts (${LATENCY_RULES.length} rules; figures marked UNMEASURED are assumptions).`);
  out.push(`Benchmark wall time ${ms(totalMs)}.`);
  return out.join('\n');
}
