/**
 * The conformance kit against the emulator: dist-conformance/Code.js loaded like the add-on's
 * bundle (a fresh node:vm holding only the emulator's globals), run as a bound script's owner.
 * Two passes, as on Google there are two contexts: a plain bound script (the kit's own project)
 * and an editor add-on (for the add-on trigger rules, which only the emulator can exercise here).
 */
import { Emulator } from '../emulator/emulator';
import type { Outcome, Report, RunOptions } from '../../conformance/run';

export const CONFORMANCE_CODE = 'dist-conformance/Code.js';
const OWNER = 'kiemchung@quan3.example.vn';

function pass(addon: boolean, opts: Partial<RunOptions>, codePath: string): { emu: Emulator; report: Report } {
  const emu = new Emulator({ owner: OWNER, addon, scriptId: 'conformance-kit' });
  const bundle = emu.load(codePath);
  const report = emu.run(OWNER, () => bundle.invoke('runConformanceWith_', [{ ...opts, target: 'emulator', addon }])) as Report;
  return { emu, report };
}

/** Every scenario on the emulator (timings too unless samples is 0); the plain pass's emulator is returned for inspection. */
export function runOnEmulator(opts: Partial<RunOptions> = {}, codePath = CONFORMANCE_CODE): { emu: Emulator; outcomes: Outcome[]; report: Report } {
  const plain = pass(false, opts, codePath);
  const addon = pass(true, { ...opts, samples: 0, write: false }, codePath);
  return { emu: plain.emu, report: plain.report, outcomes: [...plain.report.outcomes, ...addon.report.outcomes] };
}
