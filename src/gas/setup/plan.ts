/**
 * What a setup run must do, decided from plain data (the configuration and what the metadata
 * says about each tab) before anything is changed. Pure: no Apps Script globals.
 */
import type { Campaign, Unit } from '../../core/campaign';
import { nameKey } from '../../core/names';
import { assignSheetNames, sanitizeSheetName } from '../../core/sheet-names';
import { normEmails } from './protect';
import type { SyncState } from './tracking';

export interface TabInfo {
  sheetId: number;
  name: string;
  unit: string;
  sync?: SyncState;
  /** An untracked tab core recognised from its form as this unit's: how it was matched. */
  recognised?: string;
  /** …still showing the template's placeholder name: a copy a dead run left untagged. */
  placeholder?: boolean;
}

export type Action =
  | { kind: 'none'; unit: Unit; tab: TabInfo; editors: string[] }
  /** markOnly: editors are as Cấu hình says; only the tab's named-range marker is missing. */
  | { kind: 'update'; unit: Unit; tab: TabInfo; editors: string[]; markOnly?: boolean }
  | { kind: 'finish'; unit: Unit; tab: TabInfo; editors: string[] }
  | { kind: 'adopt'; unit: Unit; tab: TabInfo; editors: string[] }
  /** A unit that may have an untracked tab no rule could pick: no tab is made for it. */
  | { kind: 'held'; unit: Unit; message: string }
  | { kind: 'create'; unit: Unit; sheetName: string; clash?: string; editors: string[];
      /** An untracked sheet with the unit's name: a copy a run died before tagging, if it still shows the placeholder. */
      orphan?: { sheetId: number; name: string } }
  | { kind: 'markRemoved'; tab: TabInfo }
  | { kind: 'removed'; tab: TabInfo }
  | { kind: 'duplicate'; unit: string; tab: TabInfo; of: TabInfo };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function desiredEditors(unit: Unit, c: Campaign): string[] {
  return normEmails([...unit.emails, ...c.coordinators]);
}

/**
 * @param sheets every sheet (id, name) in order; @param tabs the unit tabs the metadata names,
 * in sheet order; @param reserved ids of sheets that are never a unit's (Cấu hình, Mẫu đăng ký).
 */
export function planSetup(
  c: Campaign, sheets: readonly { sheetId: number; name: string }[], tabs: readonly TabInfo[], reserved: ReadonlySet<number>,
  held: ReadonlyMap<string, string> = new Map(),
): Action[] {
  const actions: Action[] = [];
  const claimed = new Map<string, TabInfo>();
  const duplicates: Action[] = [];
  for (const t of tabs) {
    const k = nameKey(t.unit);
    const first = claimed.get(k);
    if (first) duplicates.push({ kind: 'duplicate', unit: t.unit, tab: t, of: first });
    else claimed.set(k, t);
  }
  const tracked = new Set(tabs.map((t) => t.sheetId));
  const untracked = sheets.filter((s) => !tracked.has(s.sheetId) && !reserved.has(s.sheetId));
  const toCreate = c.units.filter((u) => !claimed.has(nameKey(u.name)) && !held.has(u.name));
  const orphans = new Map(untracked.map((s) => [nameKey(s.name), s]));
  const adoptable = new Map<string, { sheetId: number; name: string }>();
  for (const u of toCreate) {
    const o = orphans.get(nameKey(sanitizeSheetName(u.name)));
    if (o && ![...adoptable.values()].includes(o)) adoptable.set(nameKey(u.name), o);
  }
  const names = assignSheetNames(toCreate.map((u) => u.name), sheets.map((s) => s.name));
  const nameOf = new Map(names.map((n) => [nameKey(n.unit), n]));

  for (const unit of c.units) {
    const editors = desiredEditors(unit, c);
    const tab = claimed.get(nameKey(unit.name));
    const hold = held.get(unit.name);
    if (!tab && hold) actions.push({ kind: 'held', unit, message: hold });
    else if (!tab) {
      const n = nameOf.get(nameKey(unit.name))!;
      const orphan = adoptable.get(nameKey(unit.name));
      actions.push({ kind: 'create', unit, sheetName: n.sheetName, editors, ...(n.clash ? { clash: n.clash } : {}), ...(orphan ? { orphan } : {}) });
    } else if (tab.recognised) actions.push({ kind: 'adopt', unit, tab, editors });
    else if (!tab.sync) actions.push({ kind: 'finish', unit, tab, editors });
    else if (tab.sync.removed || !sameList(tab.sync.editors, editors)) actions.push({ kind: 'update', unit, tab, editors });
    else if (!tab.sync.marked) actions.push({ kind: 'update', unit, tab, editors, markOnly: true });
    else actions.push({ kind: 'none', unit, tab, editors });
  }
  const inConfig = new Set(c.units.map((u) => nameKey(u.name)));
  for (const tab of claimed.values()) {
    if (inConfig.has(nameKey(tab.unit))) continue;
    actions.push({ kind: tab.sync?.removed ? 'removed' : 'markRemoved', tab });
  }
  return [...actions, ...duplicates];
}
