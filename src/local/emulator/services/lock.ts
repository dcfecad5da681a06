/**
 * LockService in a single-threaded emulator. Contention comes from `LockTable.hold`, which says
 * "another execution holds this lock until t"; waiting advances the fake clock by the time waited.
 * https://developers.google.com/apps-script/reference/lock/lock
 * https://developers.google.com/apps-script/reference/lock/lock-service
 */
import type { EmulatorContext } from '../context';
import type { FakeClock } from '../clock';

export type LockKind = 'document' | 'script' | 'user';

type Holder = { by: 'other'; until: number } | { by: 'execution'; id: number };

export class LockTable {
  private readonly holders = new Map<string, Holder>();

  /** A user lock is that user's; a document lock is that file's (`fileId`, the file the add-on runs in). */
  static key(kind: LockKind, user: string, fileId = ''): string {
    return kind === 'user' ? `user:${user}` : kind === 'document' ? `document:${fileId}` : kind;
  }

  /** Another (imagined) execution holds the lock until `untilMs`. */
  hold(key: string, untilMs: number): void {
    this.holders.set(key, { by: 'other', until: untilMs });
  }

  holder(key: string, now: number): Holder | undefined {
    const h = this.holders.get(key);
    if (h && h.by === 'other' && h.until <= now) {
      this.holders.delete(key);
      return undefined;
    }
    return h;
  }

  take(key: string, id: number): void {
    this.holders.set(key, { by: 'execution', id });
  }

  release(key: string, id: number): void {
    const h = this.holders.get(key);
    if (h && h.by === 'execution' && h.id === id) this.holders.delete(key);
  }

  /** Locks are released when an execution ends. */
  releaseExecution(id: number): void {
    for (const [k, h] of this.holders) if (h.by === 'execution' && h.id === id) this.holders.delete(k);
  }
}

export interface LockDeps {
  ctx: EmulatorContext;
  clock: FakeClock;
  table: LockTable;
  /** The running execution's id. */
  execution(): number;
}

function createLock(deps: LockDeps, key: string): GoogleAppsScript.Lock.Lock {
  const { ctx, clock, table } = deps;
  const rec = (m: string): void => ctx.calls.record(`Lock.${m}`);
  const mine = (): boolean => {
    const h = table.holder(key, clock.now());
    return h !== undefined && h.by === 'execution' && h.id === deps.execution();
  };
  const acquire = (timeoutInMillis: number): boolean => {
    const h = table.holder(key, clock.now());
    if (h === undefined || mine()) {
      table.take(key, deps.execution());
      return true;
    }
    const wait = h.by === 'other' ? h.until - clock.now() : Infinity;
    if (wait <= timeoutInMillis) {
      clock.advance(wait);
      table.take(key, deps.execution());
      return true;
    }
    clock.advance(Math.max(0, timeoutInMillis));
    return false;
  };
  return {
    tryLock(timeoutInMillis: number) {
      rec('tryLock');
      return acquire(timeoutInMillis);
    },
    waitLock(timeoutInMillis: number) {
      rec('waitLock');
      if (!acquire(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
    },
    releaseLock() {
      rec('releaseLock');
      table.release(key, deps.execution());
    },
    hasLock() {
      rec('hasLock');
      return mine();
    },
  } satisfies GoogleAppsScript.Lock.Lock;
}

export function createLockService(deps: LockDeps): GoogleAppsScript.Lock.LockService {
  const get = (kind: LockKind, method: string): GoogleAppsScript.Lock.Lock => {
    deps.ctx.calls.record(`LockService.${method}`);
    return createLock(deps, LockTable.key(kind, deps.ctx.effectiveUser, deps.ctx.data.id));
  };
  return {
    // "If this method is called outside of the context of a containing document … null is returned."
    getDocumentLock: () => (deps.ctx.activeDocument === false
      ? (deps.ctx.calls.record('LockService.getDocumentLock'), null as unknown as GoogleAppsScript.Lock.Lock)
      : get('document', 'getDocumentLock')),
    getScriptLock: () => get('script', 'getScriptLock'),
    getUserLock: () => get('user', 'getUserLock'),
  } satisfies GoogleAppsScript.Lock.LockService;
}
