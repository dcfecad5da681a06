/**
 * The hub's record of its member workbooks: one record per member ("member:{group}#{n}": name,
 * group, file id, link, the units whose tabs it holds) in the hub's state sheet (state/state-sheet:
 * hidden, protected, found by its tag), since the unit lists grow with the campaign. A record is
 * written before its file is created (id empty), so a run stopped in between leaves a record the
 * next run reports instead of making a second file.
 */
import type { MemberRecord } from '../../core/members/assign';
import type { FileLayout } from './file-layout';
import { readState, writeState, type StateRows } from '../state/state-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PREFIX = 'member:';
export const memberKey = (group: string, seq: number): string => `${PREFIX}${group}#${seq}`;

/** The members the hub records, from one read of its state sheet. */
export function readMembers(hub: Spreadsheet, layout?: FileLayout | null): { state: StateRows; members: MemberRecord[] } {
  const state = readState(hub, layout);
  const members: MemberRecord[] = [];
  for (const [key, { value }] of state.rows) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      const m = JSON.parse(value) as Omit<MemberRecord, 'key'>;
      members.push({ key, name: String(m.name ?? ''), group: String(m.group ?? ''), id: String(m.id ?? ''), url: String(m.url ?? ''), units: Array.isArray(m.units) ? m.units.map(String) : [] });
    } catch { /* a record edited by hand into bad JSON is skipped, not trusted */ }
  }
  return { state, members };
}

export function writeMember(hub: Spreadsheet, state: StateRows, m: MemberRecord, coordinators: string[], who: { me: string; owner: string }): void {
  const { key, ...rest } = m;
  writeState(hub, state, new Map([[key, JSON.stringify({ ...rest, units: [...rest.units].sort() })]]), coordinators, who);
}
