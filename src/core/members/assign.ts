/**
 * Where each unit's tab lives when a campaign spans a hub and member workbooks. Pure: decided from
 * the configuration, where tabs already are, and the members the hub records. A unit with a tab
 * stays where it is (moving is never automatic); a new unit goes to the hub while the whole
 * campaign fits in one file (tabsPerFile), otherwise to a member of its group with room, else to
 * a new member of that group.
 */
import type { Campaign, Unit } from '../campaign';
import { nameKey } from '../names';

/** A member workbook as the hub records it. */
export interface MemberRecord {
  /** The hub's state key of its record. */
  key: string;
  name: string;
  group: string;
  /** Empty while the file is being made (a run stopped between recording and creating it). */
  id: string;
  url: string;
  /** Units whose tabs the member holds, as last recorded. */
  units: string[];
}

export const HUB = 'hub';

export type Placement =
  | { kind: 'file'; file: string }
  | { kind: 'new'; group: string; seq: number }
  | { kind: 'blocked'; group: string };

/** The group a unit's tab goes with: its own from Cấu hình, else its unit type's name. */
export function groupOf(unit: Unit, c: Campaign): string {
  const own = unit.group?.trim();
  if (own) return own;
  return c.unitTypes.find((t) => t.id === unit.type)?.name ?? unit.type;
}

/** The title of a new member file. */
export function memberName(campaignTitle: string, group: string, seq: number): string {
  return `Sổ đăng ký – ${group}${seq > 1 ? ` (${seq})` : ''} – ${campaignTitle}`;
}

/**
 * @param placed unit name key → the file holding its tab (HUB or a member id), tabs first found
 * wherever they are; @returns the placement of every unit of `c`, by name key.
 */
export function assignUnits(c: Campaign, placed: ReadonlyMap<string, string>, members: readonly MemberRecord[]): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const spread = members.length > 0 || c.units.length > c.tabsPerFile;
  const load = new Map<string, number>();
  for (const f of placed.values()) load.set(f, (load.get(f) ?? 0) + 1);
  const fresh = new Map<string, { seq: number; count: number }>();
  const seqOf = new Map<string, number>();
  for (const m of members) seqOf.set(m.group, (seqOf.get(m.group) ?? 0) + 1);
  for (const unit of c.units) {
    const key = nameKey(unit.name);
    const at = placed.get(key);
    if (at) { out.set(key, { kind: 'file', file: at }); continue; }
    if (!spread) { out.set(key, { kind: 'file', file: HUB }); continue; }
    const group = groupOf(unit, c);
    const same = members.filter((m) => m.group === group);
    if (same.some((m) => !m.id)) { out.set(key, { kind: 'blocked', group }); continue; }
    const room = same.find((m) => (load.get(m.id) ?? 0) < c.tabsPerFile);
    if (room) {
      load.set(room.id, (load.get(room.id) ?? 0) + 1);
      out.set(key, { kind: 'file', file: room.id });
      continue;
    }
    let next = fresh.get(group);
    if (!next || next.count >= c.tabsPerFile) {
      const seq = (seqOf.get(group) ?? 0) + 1;
      seqOf.set(group, seq);
      next = { seq, count: 0 };
      fresh.set(group, next);
    }
    next.count++;
    out.set(key, { kind: 'new', group, seq: next.seq });
  }
  return out;
}
