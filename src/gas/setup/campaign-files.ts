/**
 * The files a setup run works on: the hub (the file the add-on runs in) and the member workbooks
 * it records, each with the units whose tabs it holds or will hold (core/members/assign decides).
 * Members are opened once each; one that cannot be opened is reported and its units are left
 * alone (not recreated elsewhere). New members are made only as the run's time budget allows.
 */
import type { Campaign } from '../../core/campaign';
import { assignUnits, HUB, type MemberRecord, type Placement } from '../../core/members/assign';
import { nameKey } from '../../core/names';
import { COST_MS, type RunBudget } from './budget';
import { createMember, memberTemplate, openMembers, shareExactly } from './member-file';
import { readMembers, writeMember } from './member-registry';
import { setupStamp, stampMember } from './member-stamp';
import { desiredEditors } from './plan';
import { readTracking, type Tracking } from './tracking';
import { readLayout, type FileLayout } from './file-layout';
import type { UnitTabItem } from './setup-unit-tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
interface Who { me: string; owner: string }

/** What the sidebar shows of a member. */
export interface MemberSummary { name: string; group: string; url: string; units: number; problem?: string }

export interface MemberWork {
  record: MemberRecord;
  ss: Spreadsheet;
  template: Sheet;
  tracking: Tracking;
  /** The campaign narrowed to this file's units. */
  campaign: Campaign;
  who: Who;
}

const only = (c: Campaign, keep: (key: string) => boolean): Campaign => ({ ...c, units: c.units.filter((u) => keep(nameKey(u.name))) });

/** `layout`: the hub's, read by the setup claim just before (null without the Sheets API). */
export function campaignFiles(hub: Spreadsheet, template: Sheet, c: Campaign, who: Who, layout: FileLayout | null) {
  const hubTracking = readTracking(hub, layout);
  const registry = readMembers(hub, layout);
  const opened = openMembers(registry.members);
  // Cấu hình is read afresh here: every member's next edit reads it too (setup/member-stamp).
  const stamp = setupStamp(hub);
  for (const m of opened) if (m.ss) stampMember(m.ss, stamp);
  const placed = new Map<string, string>();
  for (const t of hubTracking.unitTabs) if (!placed.has(nameKey(t.unit))) placed.set(nameKey(t.unit), HUB);
  const tracked = new Map<string, Tracking>();
  for (const m of opened) {
    if (!m.ss) continue;
    // With its protections, for its Mẫu đăng ký (setup-unit-tabs syncCoordinatorSheets).
    const t = readTracking(m.ss, readLayout(m.ss, true));
    tracked.set(m.record.id, t);
    for (const tab of t.unitTabs) if (!placed.has(nameKey(tab.unit))) placed.set(nameKey(tab.unit), m.record.id);
  }
  // Units recorded in a member that cannot be opened stay its own: never remade elsewhere.
  for (const m of opened) if (!m.ss) for (const u of m.record.units) if (!placed.has(nameKey(u))) placed.set(nameKey(u), m.record.id || m.record.key);
  const placement = assignUnits(c, placed, registry.members);
  const at = (key: string): Placement | undefined => placement.get(key);

  const problems: UnitTabItem[] = [];
  const list: MemberSummary[] = [];
  const unreachable = new Map(opened.filter((m) => !m.ss).map((m) => [m.record.id || m.record.key, m]));
  for (const m of unreachable.values()) list.push({ name: m.record.name, group: m.record.group, url: m.record.url, units: m.record.units.length, problem: m.problem });
  for (const u of c.units) {
    const p = at(nameKey(u.name));
    const lost = p?.kind === 'file' ? unreachable.get(p.file) : undefined;
    if (lost) problems.push({ unit: u.name, sheetName: u.name, status: 'problem', file: lost.record.name, message: lost.problem! });
    else if (p?.kind === 'blocked') problems.push({ unit: u.name, sheetName: u.name, status: 'problem', message: `Chưa tạo trang tính: sổ nhóm “${p.group}” đang tạo dở.` });
  }

  const prepare = (record: MemberRecord, ss: Spreadsheet, tracking: Tracking, keys: (key: string) => boolean): MemberWork | undefined => {
    const campaign = only(c, keys);
    const local = tracking.template ?? memberTemplate(ss);
    const summary: MemberSummary = { name: record.name, group: record.group, url: record.url, units: campaign.units.length };
    list.push(summary);
    if (!local) {
      summary.problem = `Sổ “${record.name}” mất trang Mẫu đăng ký.`;
      return undefined;
    }
    const owner = ss.getOwner()?.getEmail() ?? who.owner;
    const fileWho = { me: who.me, owner };
    shareExactly(ss, campaign.units.flatMap((u) => desiredEditors(u, c)), fileWho);
    const names = campaign.units.map((u) => u.name);
    if ([...names].sort().join('\n') !== [...record.units].sort().join('\n')) {
      record.units = names;
      writeMember(hub, registry.state, record, c.coordinators, who);
    }
    return { record, ss, template: local, tracking, campaign, who: fileWho };
  };

  return {
    hub: { tracking: hubTracking, campaign: only(c, (k) => { const p = at(k); return p?.kind === 'file' && p.file === HUB; }) },
    problems,
    list,
    /** The members to set up, existing first, then new ones while the budget allows (`stopped` is told otherwise). */
    *members(budget: RunBudget, stopped: () => void): Generator<MemberWork> {
      for (const m of opened) {
        if (!m.ss) continue;
        const work = prepare(m.record, m.ss, tracked.get(m.record.id)!, (k) => { const p = at(k); return p?.kind === 'file' && p.file === m.record.id; });
        if (work) yield work;
      }
      const fresh = new Map<string, { group: string; seq: number }>();
      for (const p of placement.values()) if (p.kind === 'new') fresh.set(`${p.group}\n${p.seq}`, p);
      for (const f of fresh.values()) {
        if (!budget.canAfford(COST_MS.member)) { stopped(); return; }
        budget.charge(COST_MS.member);
        const made = createMember(hub, registry.state, `${c.place} ${c.year}`, f.group, f.seq, template, c.coordinators, who);
        const work = prepare(made.record, made.ss!, readTracking(made.ss!), (k) => { const p = at(k); return p?.kind === 'new' && p.group === f.group && p.seq === f.seq; });
        if (work) yield work;
      }
    },
  };
}
