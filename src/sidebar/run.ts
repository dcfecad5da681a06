/**
 * A promise wrapper over google.script.run. Apps Script runs at most 10 calls from one page at
 * once (https://developers.google.com/apps-script/guides/html/communication); we queue beyond
 * that ourselves so a burst of calls cannot stall behind the platform's own delay.
 */

/** The client-side runner HtmlService injects: one method per public server function. */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [fnName: string]: unknown;
}

export const MAX_CONCURRENT_CALLS = 10;

/** Thrown when the server has no such public function (a feature not deployed yet). */
export class MissingServerFunctionError extends Error {
  constructor(readonly fnName: string) {
    super(`Máy chủ chưa có chức năng "${fnName}".`);
    this.name = 'MissingServerFunctionError';
  }
}

function runner(): ScriptRunner | undefined {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}

/** True when the deployed server exposes `fnName` to the sidebar. */
export function hasServerFunction(fnName: string): boolean {
  const run = runner();
  return !!run && typeof run[fnName] === 'function';
}

let running = 0;
const waiting: Array<() => void> = [];

function release(): void {
  running--;
  const next = waiting.shift();
  if (next) next();
}

function acquire(): Promise<void> {
  if (running < MAX_CONCURRENT_CALLS) {
    running++;
    return Promise.resolve();
  }
  // The slot is handed over directly by release(), so `running` stays at the cap meanwhile.
  return new Promise((resolve) => waiting.push(() => { running++; resolve(); }));
}

/** Turns whatever the failure handler received into an Error with a readable message. */
function toError(reason: unknown): Error {
  if (reason instanceof Error) return reason;
  if (reason && typeof reason === 'object' && 'message' in reason) return new Error(String((reason as { message: unknown }).message));
  return new Error(String(reason));
}

function invoke<T>(fnName: string, args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = runner();
    if (!run || typeof run[fnName] !== 'function') {
      reject(new MissingServerFunctionError(fnName));
      return;
    }
    const configured = run
      .withSuccessHandler((value) => resolve(value as T))
      .withFailureHandler((error) => reject(toError(error)));
    (configured[fnName] as (...a: unknown[]) => void)(...args);
  });
}

/** Calls the server function `fnName`; resolves with its return value, rejects with its error. */
export async function call<T>(fnName: string, ...args: unknown[]): Promise<T> {
  if (!hasServerFunction(fnName)) throw new MissingServerFunctionError(fnName);
  await acquire();
  try {
    return await invoke<T>(fnName, args);
  } finally {
    release();
  }
}
