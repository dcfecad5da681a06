/**
 * Which sheet is what, by developer metadata rather than by name, so a tab renamed by hand is
 * still found. Spreadsheet-level keys point at the Cấu hình and Mẫu đăng ký sheets (sheet-level
 * keys there could be copied onto every tab made from the template); a unit tab carries its unit's
 * name as soon as it exists and its sync state only once it is complete.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

export const KEY = {
  config: 'dvk.config',
  template: 'dvk.template',
  unit: 'dvk.unit',
  /** JSON SyncState; present only on a completed tab (written last). */
  sync: 'dvk.sync',
} as const;

export interface SyncState {
  /** Protection editors last applied, sorted, lower case (besides the owner). */
  editors: string[];
  /** Set while the unit is no longer in the configuration. */
  removed?: boolean;
  /** The tab's name when the add-on last completed or updated it: a different name now means renamed by hand. */
  name?: string;
}

export interface TrackedTab {
  sheet: Sheet;
  sheetId: number;
  name: string;
  /** Index among the sheets, to keep tabs in a stable order. */
  index: number;
  unit: string;
  sync?: SyncState;
  syncMeta?: Meta;
}

export interface Tracking {
  sheets: { sheet: Sheet; sheetId: number; name: string }[];
  config?: Sheet;
  template?: Sheet;
  /** Tabs claiming a unit, in sheet order (a duplicated tab may claim the same unit twice). */
  unitTabs: TrackedTab[];
}

const parseSync = (v: string | null): SyncState | undefined => {
  try {
    const s = JSON.parse(v ?? '');
    return s && Array.isArray(s.editors) ? s : undefined;
  } catch {
    return undefined;
  }
};

/** One finder over the whole spreadsheet plus one getSheets: every tracked sheet, whatever its name. */
export function readTracking(ss: Spreadsheet): Tracking {
  const sheets = ss.getSheets().map((sheet) => ({ sheet, sheetId: sheet.getSheetId(), name: sheet.getName() }));
  const byId = new Map(sheets.map((s, index) => [s.sheetId, { ...s, index }]));
  const tracking: Tracking = { sheets, unitTabs: [] };
  const units = new Map<number, TrackedTab>();
  const syncs = new Map<number, Meta>();
  for (const m of ss.createDeveloperMetadataFinder().find()) {
    const key = m.getKey();
    if (!key.startsWith('dvk.')) continue;
    if (key === KEY.config || key === KEY.template) {
      const s = byId.get(Number(m.getValue()));
      if (s) tracking[key === KEY.config ? 'config' : 'template'] = s.sheet;
      continue;
    }
    const located = m.getLocation().getSheet();
    const s = located ? byId.get(located.getSheetId()) : undefined;
    if (!s) continue;
    if (key === KEY.unit) units.set(s.sheetId, { ...s, unit: m.getValue() ?? '' });
    if (key === KEY.sync) syncs.set(s.sheetId, m);
  }
  for (const [id, meta] of syncs) {
    const t = units.get(id);
    if (t) { t.syncMeta = meta; t.sync = parseSync(meta.getValue()); }
  }
  tracking.unitTabs = [...units.values()].sort((a, b) => a.index - b.index);
  return tracking;
}

/** Finds the Cấu hình / Mẫu đăng ký sheet by metadata, else by its name (then adopts it). */
export function findRoleSheet(ss: Spreadsheet, role: 'config' | 'template', name: string): Sheet | null {
  for (const m of ss.getDeveloperMetadata()) {
    if (m.getKey() !== KEY[role]) continue;
    const s = ss.getSheetById(Number(m.getValue()));
    if (s) return s;
  }
  const byName = ss.getSheetByName(name);
  if (byName) ss.addDeveloperMetadata(KEY[role], String(byName.getSheetId()));
  return byName;
}

export function setSync(tab: { sheet: Sheet; syncMeta?: Meta }, sync: SyncState): void {
  const value = JSON.stringify(sync);
  if (tab.syncMeta) tab.syncMeta.setValue(value);
  else tab.sheet.addDeveloperMetadata(KEY.sync, value);
}
