/**
 * Separates our own JavaScript time from the emulator's: every service object the bundle gets is
 * wrapped so the time spent inside service methods (the emulator standing in for Google's
 * servers, which the latency table models instead) is added up and subtracted from the
 * execution's. What remains is the bundle's own CPU time, plus this wrapper's small cost.
 *
 * Both are counted twice: in wall time, and in this process's CPU time (cpuNow). Our JavaScript is
 * reported from CPU time: on a machine shared with other work, wall time grows with everyone
 * else's load (the same run read 0.9 s or 4.8 s), CPU time with our own work only.
 */
import { performance } from 'node:perf_hooks';

/** CPU time this process has used (user + system, every thread: garbage collection included), in ms. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

type Fn = (...args: unknown[]) => unknown;

/** Built-in values pass unwrapped: their methods check their receiver, a Proxy would fail them. */
const BUILTINS = [Date, Error, Map, Set, WeakMap, WeakSet, RegExp, Promise, ArrayBuffer];

const isWrappable = (v: unknown): v is object =>
  v !== null && (typeof v === 'object' || typeof v === 'function') && !Array.isArray(v) && !ArrayBuffer.isView(v)
  && !BUILTINS.some((B) => v instanceof B) && !isPlainData(v);

/**
 * A plain object holding no service (a Sheets API response, a cache's getAll): plain data the
 * script reads as JavaScript, as on Google; a Proxy on it would bill the benchmark's own overhead
 * to our CPU on every property read. An event object ({ range, source }) holds services: wrapped.
 * So is a plain object whose methods sit a few levels down: the Sheets advanced service is
 * { Spreadsheets: { get, Values: { batchGet } } }, and left bare its requests (the emulator's
 * work, priced by the latency table) were billed to our JavaScript. Arrays are not looked into:
 * responses hold their rows there, and scanning them would cost more than it saves.
 */
function isPlainData(v: object, depth = 0): boolean {
  if (!isPlainObject(v)) return false;
  return Object.values(v).every((x) => x === null || typeof x !== 'object' && typeof x !== 'function' || Array.isArray(x)
    || (typeof x === 'object' && depth < MAX_DEPTH && isPlainData(x, depth + 1)));
}

/** How deep a plain object's methods are looked for (the Sheets service's are at the third level). */
const MAX_DEPTH = 4;

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

export class ServiceTimer {
  /** Milliseconds spent inside service methods since the last reset: wall time, and CPU time. */
  serviceMs = 0;
  serviceCpuMs = 0;
  private depth = 0;
  private readonly wrappers = new WeakMap<object, object>();
  private readonly originals = new WeakMap<object, object>();

  reset(): void {
    this.serviceMs = 0;
    this.serviceCpuMs = 0;
  }

  wrap<T>(v: T): T {
    if (Array.isArray(v)) return (v.some(isWrappable) ? v.map((x) => this.wrap(x)) : v) as T;
    if (!isWrappable(v) || this.originals.has(v)) return v;
    const known = this.wrappers.get(v);
    if (known) return known as T;
    const proxy = typeof v === 'function' ? this.wrapFunction(v as Fn, undefined) : this.wrapObject(v);
    this.wrappers.set(v, proxy);
    this.originals.set(proxy, v);
    return proxy as T;
  }

  unwrap<T>(v: T): T {
    if (Array.isArray(v)) return v.map((x) => this.unwrap(x)) as T;
    if (v && typeof v === 'object' && this.originals.has(v)) return this.originals.get(v) as T;
    // A plain object from any realm (the bundle's node:vm context has its own Object.prototype):
    // options such as insertSheet's { template } carry service objects that must reach the emulator bare.
    if (v && typeof v === 'object' && isPlainObject(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, this.unwrap(x)])) as T;
    }
    return v;
  }

  private wrapObject(target: object): object {
    const methods = new Map<PropertyKey, unknown>();
    return new Proxy(target, {
      get: (obj, prop) => {
        const value = Reflect.get(obj, prop, obj);
        const d = Object.getOwnPropertyDescriptor(obj, prop);
        // A frozen property must be returned as is (a Proxy invariant).
        if (typeof prop === 'symbol' || (d && !d.configurable && !d.writable)) return value;
        if (typeof value !== 'function') return this.wrap(value);
        let m = methods.get(prop);
        if (!m) {
          m = this.wrapFunction(value as Fn, obj);
          methods.set(prop, m);
        }
        return m;
      },
    });
  }

  private wrapFunction(fn: Fn, self: object | undefined): Fn {
    const timer = this;
    return function timed(this: unknown, ...args: unknown[]) {
      const outer = timer.depth === 0;
      const t0 = outer ? performance.now() : 0;
      const c0 = outer ? cpuNow() : 0;
      timer.depth++;
      let result: unknown;
      try {
        result = fn.apply(self ?? timer.unwrap(this), args.map((a) => timer.unwrap(a)));
      } finally {
        timer.depth--;
        if (outer) {
          timer.serviceMs += performance.now() - t0;
          timer.serviceCpuMs += cpuNow() - c0;
        }
      }
      return timer.wrap(result);
    };
  }
}
