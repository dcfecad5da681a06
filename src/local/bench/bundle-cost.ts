/**
 * What every Apps Script execution pays before our first line runs: the bundle is compiled and
 * its top level evaluated in a fresh context. Measured here in a fresh node:vm context each time
 * (V8 in both places; Google's machines may be slower).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';

export interface BundleCost {
  bytes: number;
  /** Median milliseconds to compile and evaluate the bundle in a fresh context. */
  compileMs: number;
}

export function measureBundle(codePath = 'dist/Code.js', repeats = 7): BundleCost {
  const code = readFileSync(codePath, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    const ctx = vm.createContext({});
    new vm.Script(code, { filename: `Code-${i}.js` }).runInContext(ctx);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { bytes: Buffer.byteLength(code), compileMs: times[Math.floor(times.length / 2)] };
}
