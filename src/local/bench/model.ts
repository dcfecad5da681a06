/**
 * From recorded executions to the numbers the benchmark reports: calls by method, round trips
 * against the floor, modelled time (latency table + our CPU + the bundle's compile time, per
 * execution), the limit that applies and the headroom factor.
 */
import { LIMITS, modelledServiceMs, roundTrips, serviceCalls } from './latency';
import type { Execution } from './recorder';
import type { ScenarioRun, SizeRun } from './scenarios';

export interface ExecutionModel {
  fn: string;
  calls: number;
  roundTrips: number;
  serviceMs: number;
  cpuMs: number;
  modelledMs: number;
  limitMs: number;
  headroom: number;
  error?: string;
}

export interface ScenarioModel {
  id: string;
  title: string;
  units: number;
  executions: ExecutionModel[];
  callsByMethod: Record<string, number>;
  calls: number;
  roundTrips: number;
  floor: number;
  floorWhy: string;
  /** Round trips / floor. */
  ratio: number;
  modelledMs: number;
  /** The latency table's part of modelledMs (Google's side). */
  serviceMs: number;
  /** Our own JavaScript (CPU time minus CPU time inside emulated services: service-timer.ts). */
  cpuMs: number;
  /** The slowest execution against its own limit. */
  worstHeadroom: number;
  limitName: string;
  notes: string[];
  /** An edit's: the edited tab in the hub or in a member workbook. */
  file?: 'hub' | 'member';
  error?: string;
}

/** Simple triggers (onOpen, onEdit) stop at 30 s; everything else at 6 min. */
export function limitFor(fn: string): number {
  return fn === 'onEdit' || fn === 'onOpen' ? LIMITS.simpleTriggerMs : LIMITS.executionMs;
}

export function modelExecution(e: Execution, compileMs: number): ExecutionModel {
  const serviceMs = modelledServiceMs(e.calls);
  const modelledMs = serviceMs + e.cpuMs + compileMs;
  const limitMs = limitFor(e.fn);
  return {
    fn: e.fn, calls: serviceCalls(e.calls), roundTrips: roundTrips(e.calls), serviceMs, cpuMs: e.cpuMs,
    modelledMs, limitMs, headroom: limitMs / Math.max(modelledMs, 1e-9), ...(e.error ? { error: e.error } : {}),
  };
}

export function sumCalls(executions: readonly Execution[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of executions) for (const [m, n] of Object.entries(e.calls)) out[m] = (out[m] ?? 0) + n;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

export function modelScenario(s: ScenarioRun, units: number, compileMs: number): ScenarioModel {
  const executions = s.executions.map((e) => modelExecution(e, compileMs));
  const callsByMethod = sumCalls(s.executions);
  const trips = roundTrips(callsByMethod);
  const worst = executions.reduce((w, e) => Math.min(w, e.headroom), Infinity);
  const limits = [...new Set(executions.map((e) => (e.limitMs === LIMITS.simpleTriggerMs ? '30 s simple trigger' : '6 min')))];
  return {
    id: s.id, title: s.title, units, executions, callsByMethod,
    calls: serviceCalls(callsByMethod), roundTrips: trips,
    floor: s.floor.calls, floorWhy: s.floor.why, ratio: s.floor.calls ? trips / s.floor.calls : NaN,
    modelledMs: executions.reduce((t, e) => t + e.modelledMs, 0), serviceMs: executions.reduce((t, e) => t + e.serviceMs, 0), cpuMs: executions.reduce((t, e) => t + e.cpuMs, 0),
    worstHeadroom: worst, limitName: limits.join(' / ') || '—', notes: s.notes, ...(s.file ? { file: s.file } : {}), ...(s.error ? { error: s.error } : {}),
  };
}

export function modelSize(r: SizeRun, compileMs: number): ScenarioModel[] {
  return r.scenarios.map((s) => modelScenario(s, r.units, compileMs));
}
