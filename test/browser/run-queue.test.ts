/**
 * run.ts against a stand-in google.script.run (no browser): Apps Script runs at most 10 calls at
 * once (https://developers.google.com/apps-script/guides/html/communication), so we queue the rest.
 */
import { call, hasServerFunction, MAX_CONCURRENT_CALLS, MissingServerFunctionError } from '../../src/sidebar/run';

type Handlers = { ok?: (v: unknown) => void; fail?: (e: unknown) => void };

/** A runner whose `echo` answers only when the test releases it; records how many run at once. */
function installRunner() {
  const pending: Array<() => void> = [];
  let running = 0;
  let maxRunning = 0;
  const make = (h: Handlers): Record<string, unknown> => ({
    withSuccessHandler: (ok: Handlers['ok']) => make({ ...h, ok }),
    withFailureHandler: (fail: Handlers['fail']) => make({ ...h, fail }),
    echo: (value: unknown) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      pending.push(() => { running--; h.ok?.(value); });
    },
    boom: () => { setTimeout(() => h.fail?.(new Error('Lỗi máy chủ: hết hạn mức')), 0); },
  });
  (globalThis as Record<string, unknown>).google = { script: { run: make({}) } };
  return { pending, maxRunning: () => maxRunning };
}

afterEach(() => { delete (globalThis as Record<string, unknown>).google; });

const tick = () => new Promise((r) => setTimeout(r, 0));

test('no more than 10 calls run at once; the rest wait their turn and all get their own answer', async () => {
  const runner = installRunner();
  const results = Array.from({ length: 25 }, (_, i) => call<number>('echo', i));
  await tick();
  expect(runner.pending).toHaveLength(MAX_CONCURRENT_CALLS);
  while (runner.pending.length) {
    runner.pending.shift()!();
    await tick();
  }
  expect(await Promise.all(results)).toEqual(Array.from({ length: 25 }, (_, i) => i));
  expect(runner.maxRunning()).toBe(10);
});

test('a server exception rejects with its message; a missing function rejects without a call', async () => {
  installRunner();
  await expect(call('boom')).rejects.toThrow('Lỗi máy chủ: hết hạn mức');
  expect(hasServerFunction('checkUnits')).toBe(false);
  await expect(call('checkUnits')).rejects.toBeInstanceOf(MissingServerFunctionError);
});
