/**
 * An emulator whose executions are recorded one by one: the service calls each made (by method),
 * its wall time and the part of it spent inside emulated services. Every way the bundle runs
 * (google.script.run via bundle.call, triggers via bundle.invoke) passes through here.
 */
import { performance } from 'node:perf_hooks';
import { Emulator, type EmulatorOptions } from '../emulator/emulator';
import type { Bundle } from '../sandbox';
import { cpuNow, ServiceTimer } from './service-timer';
import { modelledServiceMs } from './latency';

export interface Execution {
  /** The top-level function that ran. */
  fn: string;
  calls: Record<string, number>;
  wallMs: number;
  serviceMs: number;
  /** Our own JavaScript: CPU time minus CPU time inside emulated services (service-timer.ts: why not wall time). */
  cpuMs: number;
  error?: string;
}

export class RecordingEmulator extends Emulator {
  readonly timer = new ServiceTimer();
  executions: Execution[] = [];
  private nesting = 0;

  constructor(opts: EmulatorOptions) {
    super(opts);
  }

  /** Services as the bundle sees them: timed. Date stays the emulator's own (a constructor). */
  override globals(): Record<string, unknown> {
    const g = super.globals();
    return Object.fromEntries(Object.entries(g).map(([k, v]) => [k, k === 'Date' ? v : this.timer.wrap(v)]));
  }

  override load(codePath = 'dist/Code.js'): Bundle {
    const raw = super.load(codePath);
    const recorded: Bundle = {
      functionNames: () => raw.functionNames(),
      evaluate: (s) => raw.evaluate(s),
      invoke: (name, args) => this.record(name, () => raw.invoke(name, args.map((a) => this.timer.wrap(a)))),
      call: (name, ...args) => this.record(name, () => raw.call(name, ...args)),
    };
    this.attach(recorded);
    return recorded;
  }

  /** Forgets what was recorded (and the call counts) before a scenario starts. */
  startScenario(): void {
    this.executions = [];
    this.calls.reset();
  }

  private record<T>(fn: string, run: () => T): T {
    if (this.nesting > 0) return run();
    this.nesting++;
    this.calls.reset();
    this.timer.reset();
    const t0 = performance.now();
    const c0 = cpuNow();
    let error: string | undefined;
    try {
      return run();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      throw e;
    } finally {
      const wallMs = performance.now() - t0;
      const serviceMs = this.timer.serviceMs;
      const cpuMs = Math.max(0, cpuNow() - c0 - this.timer.serviceCpuMs);
      const calls = this.calls.snapshot();
      this.executions.push({ fn, calls, wallMs, serviceMs, cpuMs, ...(error ? { error } : {}) });
      // The emulator's clock moves by the execution's modelled time (its sleeps moved it already), so
      // per-minute quotas (Sheets API reads and writes) see executions as far apart as on Google.
      const { 'Utilities.sleep100ms': _slept, ...rest } = calls;
      this.clock.advance(modelledServiceMs(rest));
      this.calls.reset();
      this.nesting--;
    }
  }
}
