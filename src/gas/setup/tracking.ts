/**
 * Which sheet is what, by developer metadata rather than by name, so a tab renamed by hand is
 * still found. Spreadsheet-level keys point at the Cấu hình and Mẫu đăng ký sheets (sheet-level
 * keys there could be copied onto every tab made from the template); a unit tab carries its unit's
 * name as soon as it exists and its sync state only once it is complete.
 */
import { nameKey } from '../../core/names';
import { freeSheetName } from '../../core/sheet-names';
import { CONFIG_SHEET_NAME } from '../../core/config-sheet/tables';
import { TEMPLATE_SHEET_NAME } from '../../core/template/template';
import { readLayout, type FileLayout, type LaidProtection } from './file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const KEY = {
  config: 'dvk.config',
  template: 'dvk.template',
  /** On a unit tab: JSON TabMeta. Added right after the copy is made; `sync` is set only once it is complete. */
  tab: 'dvk.tab',
} as const;

export interface SyncState {
  /** Protection editors last applied, sorted, lower case (besides the owner). */
  editors: string[];
  /** Set while the unit is no longer in the configuration. */
  removed?: boolean;
  /** The tab's name when the add-on made it: a different name now means renamed by hand. */
  name?: string;
  /** The unit's named range (setup/marker.ts) points at this tab. */
  marked?: boolean;
}

/** What a unit tab's metadata holds: whose tab it is and, once complete, its sync state. */
export interface TabMeta {
  unit: string;
  /** The sheet the metadata was put on (ids never change): saves reading each metadata's location. */
  sheetId: number;
  sync?: SyncState;
}

export interface TrackedTab {
  sheet: Sheet;
  sheetId: number;
  name: string;
  /** Index among the sheets, to keep tabs in a stable order. */
  index: number;
  unit: string;
  sync?: SyncState;
  meta?: Meta;
  /** The tracking entry's id (DeveloperMetadata.getId, the API's metadataId). */
  metaId?: number;
}

export interface Tracking {
  sheets: { sheet: Sheet; sheetId: number; name: string }[];
  config?: Sheet;
  template?: Sheet;
  /** Their ids: read these rather than the sheets' getSheetId (the sheets may be fetched only when used). */
  configId?: number;
  templateId?: number;
  /** Tabs claiming a unit, in sheet order (a duplicated tab may claim the same unit twice). */
  unitTabs: TrackedTab[];
  /** Spreadsheet-level keys whose value is the id of a sheet still in the file (Tổng hợp, Báo cáo…). */
  roleKeys: Set<string>;
  /** Sheets a spreadsheet-level key names (Cấu hình, Tổng hợp, Báo cáo…): never a unit's. */
  roleSheetIds: Set<number>;
  /** Each such key's sheet id (the first entry's). */
  roles: Map<string, number>;
  /** Its protections, when read with them (readLayout's withProtections); null: read with SpreadsheetApp. */
  protections?: LaidProtection[] | null;
}

export function parseTabMeta(v: string | null): TabMeta | undefined {
  try {
    const m = JSON.parse(v ?? '');
    if (!m || typeof m.unit !== 'string' || typeof m.sheetId !== 'number') return undefined;
    return m.sync && Array.isArray(m.sync.editors) ? { unit: m.unit, sheetId: m.sheetId, sync: m.sync } : { unit: m.unit, sheetId: m.sheetId };
  } catch {
    return undefined;
  }
}

/**
 * Every tracked sheet, whatever its name: from one Sheets API read of the file's layout
 * (file-layout.ts), or without the advanced service one finder over the whole spreadsheet plus one
 * getSheets. Pass `layout` when the caller has read it already (one read serves a whole job).
 */
export function readTracking(ss: Spreadsheet, layout: FileLayout | null = readLayout(ss)): Tracking {
  return layout ? trackingOf(layout) : readTrackingSlow(ss);
}

/**
 * A copy Sheets made of a tagged tab carries the original's entry (naming the original's id): the
 * entry on the sheet it names is the original's, believed before any copy's.
 */
function trackingOf(layout: FileLayout): Tracking {
  const sheets = layout.sheets.map((s) => lazy({ sheetId: s.sheetId, name: s.name }, 'sheet', () => layout.sheet(s.sheetId)!));
  const byId = new Map(sheets.map((s, index) => [s.sheetId, { s, index }]));
  const tracking: Tracking = { sheets, unitTabs: [], roleKeys: new Set(), roleSheetIds: new Set(), roles: new Map(), protections: layout.protections };
  const tabs = layout.metadata.filter((m) => m.key === KEY.tab).map((m) => ({ m, meta: parseTabMeta(m.value) }));
  tabs.sort((a, b) => Number(b.m.on === b.meta?.sheetId) - Number(a.m.on === a.meta?.sheetId));
  for (const { m, meta } of tabs) {
    const at = meta && byId.get(meta.sheetId);
    if (!at || !meta || tracking.unitTabs.some((t) => t.sheetId === meta.sheetId)) continue;
    const tab = lazy({ sheetId: meta.sheetId, name: at.s.name, index: at.index, unit: meta.unit, ...(meta.sync ? { sync: meta.sync } : {}), metaId: m.id }, 'sheet', () => at.s.sheet);
    tracking.unitTabs.push(lazy(tab, 'meta', () => layout.meta(m.id) ?? undefined));
  }
  const tabIds = new Set(tracking.unitTabs.map((t) => t.sheetId));
  for (const m of layout.metadata) {
    if (m.key === KEY.tab || !/^\d+$/.test(m.value) || !byId.has(Number(m.value))) continue;
    const id = Number(m.value);
    if (m.key === KEY.config || m.key === KEY.template) {
      // An entry pointing a role at a unit's tab (forged, or a tab id reused) is not believed.
      const role = m.key === KEY.config ? 'config' : 'template';
      if (!tabIds.has(id) && tracking[`${role}Id`] === undefined) {
        tracking[`${role}Id`] = id;
        lazy(tracking, role, () => byId.get(id)!.s.sheet);
      }
    } else {
      tracking.roleKeys.add(m.key);
      tracking.roleSheetIds.add(id);
      if (!tracking.roles.has(m.key)) tracking.roles.set(m.key, id);
    }
  }
  tracking.unitTabs.sort((a, b) => a.index - b.index);
  return tracking;
}

/** Defines `key` on `o` as computed on first read (then kept): an object or handle fetched only if used. */
function lazy<T extends object, K extends string, V>(o: T, key: K, get: () => V): T & { [P in K]: V } {
  let done = false;
  let value: V;
  return Object.defineProperty(o, key, { enumerable: true, configurable: true, get: () => (done ? value : ((done = true), (value = get()))) }) as T & { [P in K]: V };
}

/**
 * `base` with `extra`'s fields, keeping base's lazy fields lazy (a spread would read them, and
 * fetch every tab's Sheet object for nothing).
 */
export function extend<T extends object, U extends object>(base: T, extra: U): T & U {
  const out = Object.defineProperties({}, Object.getOwnPropertyDescriptors(base));
  return Object.defineProperties(out, Object.getOwnPropertyDescriptors(extra)) as T & U;
}

function readTrackingSlow(ss: Spreadsheet): Tracking {
  const sheets = ss.getSheets().map((sheet) => ({ sheet, sheetId: sheet.getSheetId(), name: sheet.getName() }));
  const byId = new Map(sheets.map((s, index) => [s.sheetId, { ...s, index }]));
  const tracking: Tracking = { sheets, unitTabs: [], roleKeys: new Set(), roleSheetIds: new Set(), roles: new Map(), protections: null };
  for (const m of ss.createDeveloperMetadataFinder().find()) {
    const key = m.getKey();
    if (key === KEY.config || key === KEY.template) {
      const s = byId.get(Number(m.getValue()));
      if (s) {
        tracking[key === KEY.config ? 'config' : 'template'] = s.sheet;
        tracking[key === KEY.config ? 'configId' : 'templateId'] = s.sheetId;
      }
    } else if (key === KEY.tab) {
      const meta = parseTabMeta(m.getValue());
      const s = meta && byId.get(meta.sheetId);
      // A second metadata naming the same sheet (a copy Sheets made of a tagged tab) is ignored.
      if (s && meta && !tracking.unitTabs.some((t) => t.sheetId === s.sheetId)) tracking.unitTabs.push({ ...s, unit: meta.unit, ...(meta.sync ? { sync: meta.sync } : {}), meta: m, metaId: m.getId() });
    } else if (/^\d+$/.test(m.getValue() ?? '') && byId.has(Number(m.getValue()))) {
      tracking.roleKeys.add(key);
      tracking.roleSheetIds.add(Number(m.getValue()));
      if (!tracking.roles.has(key)) tracking.roles.set(key, Number(m.getValue()));
    }
  }
  tracking.unitTabs.sort((a, b) => a.index - b.index);
  // An entry pointing a role at a unit's tab (forged, or a tab id reused) is not believed.
  for (const role of ['config', 'template'] as const) {
    if (tracking.unitTabs.some((t) => t.sheetId === tracking[`${role}Id`])) {
      delete tracking[role];
      delete tracking[`${role}Id`];
    }
  }
  return tracking;
}

/** The unit tabs the add-on tracks, for readers such as the summary: one read of the layout. */
export function listUnitTabs(ss: Spreadsheet): { sheet: Sheet; sheetId: number; name: string; unit: string; complete: boolean }[] {
  return readTracking(ss).unitTabs.map((t) => extend(pick(t, ['sheet', 'sheetId', 'name', 'unit']), { complete: Boolean(t.sync) }));
}

/** `keys` of `o`, lazy ones staying lazy. */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const all = Object.getOwnPropertyDescriptors(o) as Record<string, PropertyDescriptor>;
  return Object.defineProperties({}, Object.fromEntries(keys.map((k) => [k, all[k as string]]).filter(([, d]) => d))) as Pick<T, K>;
}

/** A unit's tab among tracked tabs, looked up by any spelling of the unit's name (canonical key). */
export interface TabsByUnit<T> { get(unit: string): T | undefined; values(): T[] }

/**
 * The tab setup tracks for each unit: the first claiming it (a copy Sheets made of a tagged tab may
 * claim it too), by canonical name; tabs marked removed are left out unless `withRemoved`.
 */
export function tabsByUnit<T extends { unit: string; sync?: SyncState }>(tabs: readonly T[], withRemoved = false): TabsByUnit<T> {
  const out = new Map<string, T>();
  for (const t of tabs) if (!out.has(nameKey(t.unit)) && (withRemoved || !t.sync?.removed)) out.set(nameKey(t.unit), t);
  return { get: (unit) => out.get(nameKey(unit)), values: () => [...out.values()] };
}

/** True when the sheet carries a unit's tracking (its own or, as a copy, another tab's): a unit's data, never a role sheet. */
export const isUnitTab = (sheet: Sheet): boolean => sheet.getDeveloperMetadata().some((m) => m.getKey() === KEY.tab);

/**
 * The sheet a spreadsheet-level metadata `key` names (its sheet id), so a renamed sheet is still
 * found; never a unit's tab, whatever an entry says. Role sheets are found this way only: a name
 * is something a unit can give its own tab.
 */
export function sheetByMetadata(ss: Spreadsheet, key: string, layout?: FileLayout | null): Sheet | null {
  return sheetsByMetadata(ss, [key], layout)[0];
}

/**
 * Several such sheets (Cấu hình and Mẫu đăng ký, read by every job): from the file's layout (one
 * Sheets API read, or the caller's), else one getDeveloperMetadata and a getSheetById each.
 */
export function sheetsByMetadata(ss: Spreadsheet, keys: readonly string[], layout: FileLayout | null = readLayout(ss)): (Sheet | null)[] {
  if (!layout) return sheetsByMetadataSlow(ss, keys);
  return idsByMetadata(layout, keys).map((id) => (id === null ? null : layout.sheet(id)));
}

/** The sheet ids sheetsByMetadata finds in a layout (no call; `props`: the document properties when the caller read them all). */
export function idsByMetadata(layout: FileLayout, keys: readonly string[], props?: Readonly<Record<string, string>>): (number | null)[] {
  const tabIds = new Set(layout.metadata.filter((m) => m.key === KEY.tab && m.on !== undefined).map((m) => m.on!));
  const usable = (id: number) => layout.sheets.some((s) => s.sheetId === id) && !tabIds.has(id);
  const found: (number | null)[] = keys.map(() => null);
  for (const m of layout.metadata) {
    const i = keys.indexOf(m.key);
    if (m.on !== undefined || i < 0 || found[i] !== null) continue;
    if (/^\d+$/.test(m.value) && usable(Number(m.value))) found[i] = Number(m.value);
  }
  const c = keys.indexOf(KEY.config);
  if (c >= 0) found[c] = anchoredConfigId(found[c], usable, props);
  return found;
}

function sheetsByMetadataSlow(ss: Spreadsheet, keys: readonly string[]): (Sheet | null)[] {
  const found: (Sheet | null)[] = keys.map(() => null);
  for (const m of ss.getDeveloperMetadata()) {
    const i = keys.indexOf(m.getKey());
    if (i < 0 || found[i]) continue;
    const s = ss.getSheetById(Number(m.getValue()));
    if (s && !isUnitTab(s)) found[i] = s;
  }
  const c = keys.indexOf(KEY.config);
  if (c < 0) return found;
  const id = anchoredConfigId(found[c]?.getSheetId() ?? null, (x) => { const s = ss.getSheetById(x); return Boolean(s && !isUnitTab(s)); });
  found[c] = id === null ? null : id === found[c]?.getSheetId() ? found[c] : ss.getSheetById(id);
  return found;
}

/** The document property holding Cấu hình's sheet id, written only by the add-on. */
export const CONFIG_ID_PROP = 'dvk.configSheetId';

/**
 * Developer metadata is no proof of which sheet is Cấu hình: DOCUMENT-visible metadata "is
 * accessible from any developer project with access to the document"
 * (developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility), so any
 * editor's own script may add, change or delete the add-on's entries. Document properties are
 * the add-on's own (no other project reads or writes them): the id recorded there is believed over
 * any entry. A file without the record (older than it) records the first one found; a run with no
 * document (time-driven) has no properties and goes by the entry. `usable`: the id is a sheet of
 * the file and no unit's tab.
 */
function anchoredConfigId(found: number | null, usable: (id: number) => boolean, all?: Readonly<Record<string, string>>): number | null {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return found;
  const recorded = all ? all[CONFIG_ID_PROP] ?? null : props.getProperty(CONFIG_ID_PROP);
  if (recorded === null) {
    if (found !== null) props.setProperty(CONFIG_ID_PROP, String(found));
    return found;
  }
  if (found !== null && String(found) === recorded) return found;
  return /^\d+$/.test(recorded) && usable(Number(recorded)) ? Number(recorded) : null;
}

/**
 * Finds the Cấu hình / Mẫu đăng ký sheet by its tracking. Only a file the add-on tracks nothing in
 * (no unit tab, no entry for the role: downloaded from Google, which keeps no developer metadata,
 * or typed by hand) has it recognised by name, then tagged; where the add-on tracks anything, a
 * name a unit could give its tab is never enough.
 */
export function findRoleSheet(ss: Spreadsheet, role: 'config' | 'template'): Sheet | null {
  return sheetByMetadata(ss, KEY[role]) ?? roleSheetByName(ss, role);
}

function roleSheetByName(ss: Spreadsheet, role: 'config' | 'template'): Sheet | null {
  if (ss.createDeveloperMetadataFinder().find().some((m) => m.getKey() === KEY.tab || m.getKey() === KEY[role])) return null;
  const byName = ss.getSheetByName(role === 'config' ? CONFIG_SHEET_NAME : TEMPLATE_SHEET_NAME);
  if (byName) ss.addDeveloperMetadata(KEY[role], String(byName.getSheetId()));
  return byName;
}

/**
 * Makes a role sheet tracked by `key`. A name already taken (a unit may have renamed its tab to
 * it) is never reused: the sheet gets the first free "name (2)", and `note` says so.
 */
export function createRoleSheet(ss: Spreadsheet, key: string, name: string, index?: number): { sheet: Sheet; note?: string } {
  const free = freeSheetName(name, ss.getSheets().map((s) => s.getName()));
  const sheet = index === undefined ? ss.insertSheet(free) : ss.insertSheet(free, Math.min(index, ss.getSheets().length));
  ss.addDeveloperMetadata(key, String(sheet.getSheetId()));
  return free === name ? { sheet } : { sheet, note: `Tên “${name}” đã có một trang tính khác dùng (không phải của tiện ích), nên đã tạo “${free}”; trang tính kia được giữ nguyên.` };
}

/** Tags a new copy with its unit: from now on it is that unit's tab, complete or not. */
export function tagUnitTab(sheet: Sheet, unit: string): void {
  sheet.addDeveloperMetadata(KEY.tab, JSON.stringify({ unit, sheetId: sheet.getSheetId() } satisfies TabMeta));
}

/** Marks the tab complete (or records new editors / removal). */
export function setSync(tab: { sheet: Sheet; sheetId: number; meta?: Meta }, unit: string, sync: SyncState): void {
  const value = JSON.stringify({ unit, sheetId: tab.sheetId, sync } satisfies TabMeta);
  const meta = tab.meta ?? tab.sheet.getDeveloperMetadata().find((m) => m.getKey() === KEY.tab);
  if (meta) meta.setValue(value);
  else tab.sheet.addDeveloperMetadata(KEY.tab, value);
}

/** The unit a tab belongs to, from its own metadata (a few calls, whatever the number of units). */
export function unitOfSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): string | null {
  const id = sheet.getSheetId();
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() !== KEY.tab) continue;
    const unit = unitOfTag(m.getValue(), id);
    if (unit) return unit;
  }
  return null;
}

/** The same from the sheet's metadata already read (the edit's Sheets API read). */
export function unitInTags(tags: readonly { key: string; value: string }[], sheetId: number): string | null {
  for (const t of tags) {
    const unit = t.key === KEY.tab ? unitOfTag(t.value, sheetId) : null;
    if (unit) return unit;
  }
  return null;
}

/** A copy of a unit tab carries the original's metadata, which names the original sheet: only an entry naming this sheet counts. */
function unitOfTag(value: string | null, sheetId: number): string | null {
  const meta = parseTabMeta(value);
  return meta && meta.sheetId === sheetId ? meta.unit : null;
}
