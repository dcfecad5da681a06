/**
 * CacheService: short-lived string caches whose entries expire by the emulator's clock.
 * https://developers.google.com/apps-script/reference/cache/cache
 * (default expiry 600 s, at most 21600 s; keys up to 250 characters; values up to 100 KB)
 */
import type { EmulatorContext } from '../context';

export const DEFAULT_EXPIRY_S = 600;
export const MAX_EXPIRY_S = 21600;
const MAX_KEY_CHARS = 250;
const MAX_VALUE_BYTES = 100 * 1024;

type Entries = Map<string, { value: string; expiresAt: number }>;

export class CacheStores {
  /** Per spreadsheet, as the document cache is. */
  readonly documents = new Map<string, Entries>();
  readonly script: Entries = new Map();
  readonly users = new Map<string, Entries>();

  document(fileId: string): Entries {
    let m = this.documents.get(fileId);
    if (!m) this.documents.set(fileId, (m = new Map()));
    return m;
  }

  user(email: string): Entries {
    let m = this.users.get(email);
    if (!m) this.users.set(email, (m = new Map()));
    return m;
  }
}

function createCache(ctx: EmulatorContext, entries: Entries): GoogleAppsScript.Cache.Cache {
  const rec = (m: string): void => ctx.calls.record(`Cache.${m}`);
  const read = (key: string): string | null => {
    const e = entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= ctx.now()) {
      entries.delete(key);
      return null;
    }
    return e.value;
  };
  const write = (key: string, value: unknown, expirationInSeconds?: number): void => {
    const k = String(key);
    const v = String(value);
    if (k.length > MAX_KEY_CHARS) throw new Error('Argument too large: key');
    if (Buffer.byteLength(v, 'utf8') > MAX_VALUE_BYTES) throw new Error('Argument too large: value');
    // Google caps the expiry rather than rejecting a longer one.
    const seconds = Math.min(Math.max(expirationInSeconds ?? DEFAULT_EXPIRY_S, 1), MAX_EXPIRY_S);
    entries.set(k, { value: v, expiresAt: ctx.now() + seconds * 1000 });
  };
  return {
    get(key: string) {
      rec('get');
      return read(String(key));
    },
    getAll(keys: string[]) {
      rec('getAll');
      const out: Record<string, string> = {};
      for (const k of keys) {
        const v = read(String(k));
        if (v !== null) out[k] = v;
      }
      return out;
    },
    put(key: string, value: string, expirationInSeconds?: number) {
      rec('put');
      write(key, value, expirationInSeconds);
    },
    putAll(values: { [key: string]: unknown }, expirationInSeconds?: number) {
      rec('putAll');
      for (const [k, v] of Object.entries(values)) write(k, v, expirationInSeconds);
    },
    remove(key: string) {
      rec('remove');
      entries.delete(String(key));
    },
    removeAll(keys: string[]) {
      rec('removeAll');
      for (const k of keys) entries.delete(String(k));
    },
  } satisfies GoogleAppsScript.Cache.Cache;
}

export function createCacheService(ctx: EmulatorContext, stores: CacheStores): GoogleAppsScript.Cache.CacheService {
  return {
    /** Null without a containing document (an add-on's time-driven trigger), like document properties. */
    getDocumentCache() {
      ctx.calls.record('CacheService.getDocumentCache');
      if (ctx.activeDocument === false) return null as unknown as GoogleAppsScript.Cache.Cache;
      return createCache(ctx, stores.document(ctx.data.id));
    },
    getScriptCache() {
      ctx.calls.record('CacheService.getScriptCache');
      return createCache(ctx, stores.script);
    },
    getUserCache() {
      ctx.calls.record('CacheService.getUserCache');
      return createCache(ctx, stores.user(ctx.effectiveUser));
    },
  } satisfies GoogleAppsScript.Cache.CacheService;
}
