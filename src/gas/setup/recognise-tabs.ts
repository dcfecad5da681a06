/**
 * The unit tabs to read: those the metadata tracks, plus, for units with no tracked tab, the
 * untracked tabs core recognises from the form (a downloaded or hand-made spreadsheet). Readers
 * (Kiểm tra, Tổng hợp, Báo cáo, reminders) read a recognised tab as the unit's; only setup adopts
 * it (tracks it, protects it). When every unit has a tracked tab nothing more is read.
 */
import type { Campaign } from '../../core/campaign';
import { recogniseUnitTabs, type RecognisedTab, type UnclearTab } from '../../core/unit-tab/recognise';
import type { SheetValue } from '../../core/unit-tab/entry';
import { readTabGrids } from '../sheets-batch';
import { readMarkers } from './marker';
import { extend, readTracking, type TrackedTab, type Tracking } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A tab read as a unit's: tracked (meta set) or recognised from its form (`recognised` set). */
export interface UnitTab extends TrackedTab {
  recognised?: RecognisedTab;
}

export interface FoundUnitTabs {
  tracking: Tracking;
  tabs: UnitTab[];
  /** Look-alikes not taken (two tabs for one unit, name and header disagreeing…), for the coordinator. */
  unclear: UnclearTab[];
}

/**
 * @param reserved sheet ids never a unit's besides the role sheets metadata names (Cấu hình, Mẫu đăng ký found by name).
 * @param elsewhere units whose tab another file (a member workbook) tracks: not looked for here.
 */
export function findUnitTabs(ss: Spreadsheet, c: Campaign, reserved: readonly number[] = [], tracking = readTracking(ss), elsewhere: ReadonlySet<string> = new Set()): FoundUnitTabs {
  const live = tracking.unitTabs.filter((t) => !t.sync?.removed);
  const claimed = new Set([...live.map((t) => t.unit), ...elsewhere]);
  if (c.units.every((u) => claimed.has(u.name))) return { tracking, tabs: tracking.unitTabs, unclear: [] };
  const skip = new Set([...tracking.unitTabs.map((t) => t.sheetId), ...tracking.roleSheetIds, ...reserved]);
  for (const id of [tracking.configId, tracking.templateId]) if (id !== undefined) skip.add(id);
  const candidates = tracking.sheets.filter((s) => !skip.has(s.sheetId));
  if (candidates.length === 0) return { tracking, tabs: tracking.unitTabs, unclear: [] };
  const grids = readTabGrids(ss, candidates);
  const found = recogniseUnitTabs(c, candidates.map((s) => ({ sheetId: s.sheetId, name: s.name, grid: (grids.get(s.sheetId) ?? []) as SheetValue[][] })), claimed, readMarkers(ss));
  const byId = new Map(tracking.sheets.map((s, index) => [s.sheetId, { s, index }]));
  const recognised: UnitTab[] = found.tabs.map((r) => extend(byId.get(r.sheetId)!.s, { index: byId.get(r.sheetId)!.index, unit: r.unit, recognised: r }));
  const tabs = [...tracking.unitTabs, ...recognised].sort((a, b) => a.index - b.index);
  return { tracking, tabs, unclear: found.unclear };
}
