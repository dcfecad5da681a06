/**
 * Call counting for every emulated object: one Proxy mechanism instead of per-method bookkeeping.
 * Only calls made by the script itself count: while an emulated method runs, calls it makes on
 * other emulated objects are internal and not recorded (depth > 0), so counts mirror what
 * Apps Script would bill the add-on for.
 */
import type { EmulatorContext } from '../context';

// Keyed by the call counter, which every book of one execution shares (a book pins its own file
// over the context, so the context object itself differs between files).
const depthByCtx = new WeakMap<object, number>();
const RAW = Symbol('raw');

/** Wraps `target` so each method call records `${className}.${method}` into ctx.calls. */
export function counted<T extends object>(ctx: EmulatorContext, className: string, target: T): T {
  const wrappers = new Map<PropertyKey, unknown>();
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === RAW) return obj;
      const value = Reflect.get(obj, prop, receiver);
      // Apps Script objects print as their class name (String(range) === 'Range'); printing is not a service call.
      if (prop === 'toString') return value === Object.prototype.toString ? () => className : value;
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor' || prop.startsWith('_')) {
        return value;
      }
      let wrapper = wrappers.get(prop);
      if (!wrapper) {
        const method = `${className}.${prop}`;
        wrapper = function (this: unknown, ...args: unknown[]) {
          const depth = depthByCtx.get(ctx.calls) ?? 0;
          if (depth === 0) ctx.calls.record(method);
          depthByCtx.set(ctx.calls, depth + 1);
          try {
            const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
            // Chained setters return the raw object; hand the proxy back so chains stay counted.
            return result === obj ? proxy : result;
          } finally {
            depthByCtx.set(ctx.calls, depth);
          }
        };
        wrappers.set(prop, wrapper);
      }
      return wrapper;
    },
  });
  return proxy;
}

/** The object behind a counted proxy (or the value itself). */
export function unwrap<T>(value: T): T {
  if (value && typeof value === 'object' && (value as Record<symbol, unknown>)[RAW]) {
    return (value as Record<symbol, unknown>)[RAW] as T;
  }
  return value;
}
