/**
 * Every unit tab of a campaign, wherever it lives: the hub's (tracked or recognised, as
 * findUnitTabs finds them) and the tracked tabs of each member workbook the hub records. Readers
 * (Kiểm tra, Tổng hợp, reminders, Báo cáo) go through here, and read the grids with one batched
 * request per file, so their cost grows with files, not units. Members are looked up only when
 * the hub has a state sheet (where member records live): a one-file campaign pays nothing more.
 */
import type { Campaign } from '../../core/campaign';
import { nameKey } from '../../core/names';
import type { UnclearTab } from '../../core/unit-tab/recognise';
import { readTabGrids, type GridValue, type TabSize } from '../sheets-batch';
import { STATE_KEY } from '../state/state-sheet';
import { openedMembers } from './member-file';
import { findUnitTabs, type UnitTab } from './recognise-tabs';
import { extend, readTracking, tabsByUnit, type TabsByUnit } from './tracking';
import { readLayout, type FileLayout } from './file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A unit tab and the file holding it (`file`/`url` set for a member workbook). */
export interface CampaignTab extends UnitTab { ss: Spreadsheet; file?: string; url?: string }

/** A member workbook that could not be opened: reported by name, its units not read. */
export interface LostMember { name: string; url: string; problem: string; units: string[] }

export interface CampaignTabs {
  byUnit: TabsByUnit<CampaignTab>;
  unclear: UnclearTab[];
  lost: LostMember[];
  /** Whether a unit's tab is in a member that could not be opened. */
  isLost(unit: string): boolean;
}

/**
 * `layout`: the hub's, when the caller has read it (file-layout.ts); each member's is read here,
 * once a run: it stays on the opened member, which stays on the hub's layout (openedMembers).
 */
export function campaignTabs(hub: Spreadsheet, c: Campaign, reserved: readonly number[] = [], withRemoved = false, layout?: FileLayout | null): CampaignTabs {
  const tracking = readTracking(hub, layout);
  const inMembers: CampaignTab[] = [];
  const lost: LostMember[] = [];
  if (tracking.roleKeys.has(STATE_KEY)) {
    for (const m of openedMembers(hub, layout)) {
      const at = { file: m.record.name, url: m.record.url };
      if (m.ss && m.layout === undefined) m.layout = readLayout(m.ss);
      if (m.ss) for (const t of readTracking(m.ss, m.layout).unitTabs) inMembers.push(extend(t, { ss: m.ss, ...at }));
      else lost.push({ name: m.record.name, url: m.record.url, problem: m.problem!, units: m.record.units });
    }
  }
  // Units a member tracks are not looked for among the hub's other sheets (no read of them, nor of its named ranges).
  const found = findUnitTabs(hub, c, reserved, tracking, new Set(inMembers.filter((t) => !t.sync?.removed).map((t) => t.unit)));
  const tabs: CampaignTab[] = [...found.tabs.map((t) => extend(t, { ss: hub })), ...inMembers];
  const lostUnits = new Set(lost.flatMap((m) => m.units.map(nameKey)));
  return { byUnit: tabsByUnit(tabs, withRemoved), unclear: found.unclear, lost, isLost: (u) => lostUnits.has(nameKey(u)) };
}

/**
 * The grids of `tabs`, read with one batched request per file; look one up by its tab. `read`: a
 * file whose grids the caller has read already (its layout's `grids`), not read again. The files
 * with fewest tabs go first: the size their tabs read at sizes the requests of the larger ones.
 */
export function readCampaignGrids(tabs: readonly CampaignTab[], read?: { ss: Spreadsheet; grids: ReadonlyMap<number, GridValue[][]> }): (t: CampaignTab) => GridValue[][] | undefined {
  const byFile = new Map<Spreadsheet, CampaignTab[]>();
  for (const t of tabs) if (!(read && t.ss === read.ss && read.grids.has(t.sheetId))) byFile.set(t.ss, [...(byFile.get(t.ss) ?? []), t]);
  const grids = new Map<Spreadsheet, Map<number, GridValue[][]>>();
  const size: TabSize = {};
  for (const [ss, list] of [...byFile].sort((a, b) => a[1].length - b[1].length)) grids.set(ss, readTabGrids(ss, list, undefined, size));
  return (t) => (read && t.ss === read.ss ? read.grids.get(t.sheetId) : undefined) ?? grids.get(t.ss)?.get(t.sheetId);
}
