/**
 * The conformance kit against the emulator: dist-conformance/Code.js loaded like the add-on's
 * bundle (a fresh node:vm holding only the emulator's globals), run as a bound script's owner.
 * Two passes, as on Google there are two contexts: a plain bound script (the kit's own project)
 * and an editor add-on (for the add-on trigger rules, which only the emulator can exercise here).
 */
import { Emulator, type EmulatorOptions } from '../emulator/emulator';
import { loadBundle } from '../sandbox';
import type { Outcome, Report, RunOptions } from '../../conformance/run';
import type { Harness } from '../../conformance/scenario';

export const CONFORMANCE_CODE = 'dist-conformance/Code.js';
const OWNER = 'kiemchung@quan3.example.vn';
/** A second editor of the scratch file, for the scenarios that need two users at once. */
const OTHER = 'phuong1@quan3.example.vn';

function pass(addon: boolean, opts: Partial<RunOptions>, codePath: string, platform: Partial<EmulatorOptions>): { emu: Emulator; report: Report } {
  const emu = new Emulator({ owner: OWNER, editors: [OTHER], addon, scriptId: 'conformance-kit', ...platform });
  const harness: Harness = { asOther: (fn) => emu.run(OTHER, fn) };
  const bundle = loadBundle(emu, codePath, { ConformanceHarness: harness });
  emu.attach(bundle);
  const report = emu.run(OWNER, () => bundle.invoke('runConformanceWith_', [{ ...opts, target: 'emulator', addon }])) as Report;
  return { emu, report };
}

/**
 * Every scenario on the emulator (timings too unless samples is 0); the plain pass's emulator is
 * returned for inspection. `platform` changes the emulated platform (a test of the kit's own failures).
 */
export function runOnEmulator(opts: Partial<RunOptions> = {}, codePath = CONFORMANCE_CODE, platform: Partial<EmulatorOptions> = {}): { emu: Emulator; outcomes: Outcome[]; report: Report } {
  const plain = pass(false, opts, codePath, platform);
  const addon = pass(true, { ...opts, samples: 0, write: false }, codePath, platform);
  return { emu: plain.emu, report: plain.report, outcomes: [...plain.report.outcomes, ...addon.report.outcomes] };
}
