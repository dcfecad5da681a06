/** Reading what the summary is derived from: the campaign (Cấu hình) and the units' tabs. */
import type { Campaign } from '../../core/campaign';
import { summarizeUnit, summaryOrder, tabFactsOf, type Moment, type UnitSummary } from '../../core/summary';
import { nextSeen, type UnitSeen } from '../../core/results/report-status';
import { readSeen, writeSeen } from '../results/seen-store';
import type { SheetValue } from '../../core/unit-tab/entry';
import { findNamed } from '../../core/names';
import { campaignTabs, readCampaignGrids } from '../setup/campaign-tabs';
import { warmEditCache } from '../campaign-cache';
import type { SummarySheetIds } from './sheet-ids';
import { campaignOrThrow, loadCampaignSource, type CampaignSource } from '../setup/config-source';
import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function loadCampaign(ss: Spreadsheet): Campaign {
  return campaignOf(loadCampaignSource(ss));
}

export const campaignOf = (src: CampaignSource): Campaign => campaignOrThrow(src, 'chưa tổng hợp được');

/**
 * The unit's entries parsed by core from its tab's values: `grid` when the caller has read them
 * already (the batched read, the edit's own read), else one getValues; `tab`: the sheet's id and
 * name when the caller has them (each getter is a call).
 */
export function summarizeTab(c: Campaign, unitName: string, sheet: Sheet | null, now: Moment, lastChange: string, values?: SheetValue[][],
  tab?: { sheetId: number; name: string }): UnitSummary {
  const unit = findNamed(c.units, unitName)!;
  if (!sheet) return summarizeUnit(c, unit, null, now.today, lastChange);
  const grid = values ?? (sheet.getDataRange().getValues() as SheetValue[][]);
  return summarizeUnit(c, unit, tabFactsOf(c, tab?.sheetId ?? sheet.getSheetId(), tab?.name ?? sheet.getName(), grid), now.today, lastChange);
}

/**
 * Every unit of Cấu hình, in its order; tabs found by metadata, so renamed tabs still count.
 * `layout`: the hub's, read while claiming the file (schedule/lock), which then serves every lookup.
 * `warm`: the config version read before Cấu hình (campaign-cache hubConfigVersion; null: unknown) and the
 * kept sheet ids, which the edit cache is stamped with.
 */
export function summarizeAll(ss: Spreadsheet, c: Campaign, now: Moment, lastChanges: ReadonlyMap<string, string>, layout?: FileLayout | null,
  warm?: { version: string | null; ids: SummarySheetIds | null }): UnitSummary[] {
  const tabs = campaignTabs(ss, c, [], true, layout).byUnit;
  const grids = readCampaignGrids(c.units.flatMap((u) => tabs.get(u.name) ?? []), layout?.grids && { ss, grids: layout.grids });
  // The edit cache maps the hub's own sheet ids: member tabs (ids of another file) stay out.
  warmEditCache(warm?.version ?? null, c, tabs.values().filter((t) => !t.recognised && t.ss === ss), warm?.ids ?? null);
  // The rebuild is a refresh like the report's: it reads and adds to results' lateness record (one
  // metadata read, written only when a sighting is new), so "Báo cáo trễ" agrees with Báo cáo.
  const records = readSeen(ss, layout);
  const changed = new Map<string, UnitSeen>();
  const at = new Date();
  const out = summaryOrder(c.units).map((u) => {
    const t = tabs.get(u.name);
    const lastChange = lastChanges.get(u.name) ?? '';
    const facts = t ? { ...tabFactsOf(c, t.sheetId, t.name, (grids(t) ?? t.sheet.getDataRange().getValues()) as SheetValue[][]), ...(t.url ? { fileUrl: t.url } : {}) } : null;
    const prev = records.byUnit.get(u.name);
    const seen = nextSeen(c, prev, facts?.models ?? [], at, now.today);
    if (JSON.stringify(seen) !== JSON.stringify(prev ?? { rounds: {} })) changed.set(u.name, seen);
    return summarizeUnit(c, u, facts, now.today, lastChange, seen);
  });
  writeSeen(ss, records, changed, c.coordinators);
  return out;
}
