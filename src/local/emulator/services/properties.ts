/**
 * PropertiesService: string key-value stores that outlive an execution, one per document, one per
 * script and one per user, with the documented size limits.
 * https://developers.google.com/apps-script/reference/properties/properties
 * https://developers.google.com/apps-script/guides/services/quotas (9 KB a value, 500 KB a store)
 */
import type { EmulatorContext } from '../context';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Every store of one emulator; survives executions as real properties do. */
export class PropertyStores {
  /** The document store of the first file (the one the emulator was made with). */
  readonly document = new Map<string, string>();
  private readonly documents = new Map<string, Map<string, string>>();
  readonly script = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();

  /** Each spreadsheet has its own document properties; the first file's store is `document`. */
  documentOf(fileId: string): Map<string, string> {
    if (this.documents.size === 0) this.documents.set(fileId, this.document);
    let m = this.documents.get(fileId);
    if (!m) this.documents.set(fileId, (m = new Map()));
    return m;
  }

  user(email: string): Map<string, string> {
    let m = this.users.get(email);
    if (!m) this.users.set(email, (m = new Map()));
    return m;
  }
}

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += bytes(k) + bytes(v);
  return n;
}

/** Applies all changes or none, as a failed setProperties leaves the store unchanged. */
function commit(store: Map<string, string>, entries: [string, string][], deleteAllOthers: boolean): void {
  const next = new Map(deleteAllOthers ? [] : store);
  for (const [k, v] of entries) {
    if (bytes(v) > VALUE_LIMIT_BYTES) throw new Error('Argument too large: value');
    next.set(k, v);
  }
  if (storeSize(next) > STORE_LIMIT_BYTES) {
    throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  store.clear();
  for (const [k, v] of next) store.set(k, v);
}

function createProperties(ctx: EmulatorContext, store: Map<string, string>): GoogleAppsScript.Properties.Properties {
  const rec = (m: string): void => ctx.calls.record(`Properties.${m}`);
  const props: GoogleAppsScript.Properties.Properties = {
    getProperty(key: string): string | null {
      rec('getProperty');
      return store.get(String(key)) ?? null;
    },
    setProperty(key: string, value: string) {
      rec('setProperty');
      commit(store, [[String(key), String(value)]], false);
      return props;
    },
    setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean) {
      rec('setProperties');
      commit(store, Object.entries(properties).map(([k, v]) => [k, String(v)]), deleteAllOthers === true);
      return props;
    },
    getProperties(): { [key: string]: string } {
      rec('getProperties');
      return Object.fromEntries(store);
    },
    getKeys(): string[] {
      rec('getKeys');
      return [...store.keys()];
    },
    deleteProperty(key: string) {
      rec('deleteProperty');
      store.delete(String(key));
      return props;
    },
    deleteAllProperties() {
      rec('deleteAllProperties');
      store.clear();
      return props;
    },
  };
  return props;
}

export function createPropertiesService(ctx: EmulatorContext, stores: PropertyStores): GoogleAppsScript.Properties.PropertiesService {
  return {
    /** Null without an active document (an add-on's time-driven trigger), as the reference says. */
    getDocumentProperties() {
      ctx.calls.record('PropertiesService.getDocumentProperties');
      if (ctx.activeDocument === false) return null as unknown as GoogleAppsScript.Properties.Properties;
      return createProperties(ctx, stores.documentOf(ctx.data.id));
    },
    getScriptProperties() {
      ctx.calls.record('PropertiesService.getScriptProperties');
      return createProperties(ctx, stores.script);
    },
    /** Per the effective user: an installable trigger sees its installer's store. */
    getUserProperties() {
      ctx.calls.record('PropertiesService.getUserProperties');
      return createProperties(ctx, stores.user(ctx.effectiveUser));
    },
  } satisfies GoogleAppsScript.Properties.PropertiesService;
}
