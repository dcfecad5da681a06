/**
 * The emulator's fake clock: tests and the services (Utilities.sleep, waiting for a lock, time-driven
 * triggers) move it; nothing reads the machine's time, so runs are reproducible.
 */
export class FakeClock {
  private ms: number;

  constructor(start: Date | string | number = '2021-05-07T08:00:00+07:00') {
    this.ms = toMs(start);
  }

  /** Milliseconds since the epoch. */
  now(): number {
    return this.ms;
  }

  set(at: Date | string | number): void {
    this.ms = toMs(at);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`clock.advance: ${ms} is not a non-negative number of milliseconds`);
    this.ms += ms;
  }
}

function toMs(at: Date | string | number): number {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  if (Number.isNaN(ms)) throw new Error(`FakeClock: invalid date ${String(at)}`);
  return ms;
}

/**
 * A `Date` for a vm context whose `new Date()`, `Date()` and `Date.now()` read the fake clock; every
 * other form behaves as the real Date. A Proxy rather than a subclass so that `Date()` called without
 * `new` still returns a string and `x instanceof Date` holds for Dates the services hand back.
 */
export function clockDate(clock: FakeClock): DateConstructor {
  const now = (): number => clock.now();
  return new Proxy(Date, {
    construct(target, args: unknown[], newTarget) {
      return Reflect.construct(target, args.length === 0 ? [clock.now()] : args, newTarget);
    },
    apply() {
      return new Date(clock.now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return now;
      return Reflect.get(target, prop, receiver);
    },
  }) as DateConstructor;
}
