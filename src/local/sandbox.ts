/**
 * Runs the built dist/Code.js the way Apps Script does: in a fresh V8 context holding only the
 * JavaScript builtins and the emulator's service globals (no require, module, process, Buffer,
 * setTimeout), then calls its top-level functions by name.
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import type { Emulator } from './emulator/emulator';

export interface Bundle {
  /** The top-level functions the bundle declares (menu items, triggers, google.script.run targets). */
  functionNames(): string[];
  /** Calls a top-level function inside the current execution, with no conversion (the emulator's dispatch). */
  invoke(name: string, args: unknown[]): unknown;
  /**
   * One execution of a top-level function as the emulator's current user (FULL auth, with UI), with
   * arguments and result passed as google.script.run passes them.
   */
  call(name: string, ...args: unknown[]): unknown;
  /** Evaluates an expression in the bundle's global scope (tests inspect the sandbox with it). */
  evaluate(source: string): unknown;
}

/**
 * google.script.run: "Legal parameters are JavaScript primitives … objects and arrays that are composed
 * of primitives, objects, and arrays … Requests fail if you attempt to pass a Date, Function, DOM element";
 * return values follow the same rules. What reaches the client when a server function returns a Date
 * anywhere in its result is null (tanaikech's measurements, gist 9927dc5c12ebca118ff8f3f4d539c95d).
 * https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...)
 */
export function illegalForClient(v: unknown, seen = new Set<unknown>()): string | undefined {
  if (typeof v === 'function') return 'Function';
  if (Object.prototype.toString.call(v) === '[object Date]') return 'Date';
  if (typeof v !== 'object' || v === null) return undefined;
  if (seen.has(v)) return 'circular reference';
  seen.add(v);
  for (const x of Object.values(v)) {
    const bad = illegalForClient(x, seen);
    if (bad) return bad;
  }
  seen.delete(v);
  return undefined;
}

/** A copy of a legal value as the other side receives it: undefined in arrays becomes null. */
function copyAcross(v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : copyAcross(x)));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = copyAcross(x);
    return out;
  }
  return v;
}

export function toClient(result: unknown): unknown {
  return illegalForClient(result) ? null : copyAcross(result);
}

/**
 * The services live in Node's realm, so the Errors they throw and the arrays they return fail the
 * bundle's `instanceof Error` / `instanceof Array` (in Apps Script they pass). Make those two checks
 * realm-blind, only for Error and Array themselves (subclasses such as TypeError keep the normal check).
 */
const CROSS_REALM_INSTANCEOF = `(function () {
  var ordinary = Function.prototype[Symbol.hasInstance];
  var tag = Object.prototype.toString;
  Object.defineProperty(Error, Symbol.hasInstance, { value: function (v) {
    return this === Error ? tag.call(v) === '[object Error]' : ordinary.call(this, v);
  } });
  Object.defineProperty(Array, Symbol.hasInstance, { value: function (v) {
    return this === Array ? Array.isArray(v) : ordinary.call(this, v);
  } });
})();`;

/** `extra`: globals beside the emulator's services (the conformance harness's hooks); never the add-on's. */
export function loadBundle(emu: Emulator, codePath = 'dist/Code.js', extra: Record<string, unknown> = {}): Bundle {
  const code = readFileSync(codePath, 'utf8');
  const injected = { ...emu.globals(), ...extra };
  const sandbox = vm.createContext({ ...injected }, { name: 'Apps Script', codeGeneration: { strings: true, wasm: false } });
  vm.runInContext(CROSS_REALM_INSTANCEOF, sandbox);
  vm.runInContext(code, sandbox, { filename: codePath });
  const global = sandbox as Record<string, unknown>;
  const names = Object.keys(global).filter((k) => !(k in injected) && typeof global[k] === 'function').sort();

  const invoke = (name: string, args: unknown[]): unknown => {
    const fn = names.includes(name) ? (global[name] as (...a: unknown[]) => unknown) : undefined;
    if (!fn) throw new Error(`Script function not found: ${name}`);
    return fn.apply(global, args);
  };

  return {
    functionNames: () => [...names],
    invoke,
    call(name: string, ...args: unknown[]) {
      // A name ending in "_" is private: google.script.run cannot reach it.
      if (name.endsWith('_')) throw new Error(`Script function not found: ${name}`);
      const bad = illegalForClient(args);
      if (bad) throw new Error(`Failed due to illegal value in argument: ${bad}`);
      const copied = copyAcross(args) as unknown[];
      return toClient(emu.run(emu.user, () => invoke(name, copied), { authMode: 'FULL', hasUi: true }));
    },
    evaluate: (source: string) => vm.runInContext(source, sandbox),
  };
}
