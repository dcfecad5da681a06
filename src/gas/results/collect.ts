/**
 * Every unit's models and results, read once per tab, with what this refresh saw recorded for
 * lateness. The summary and reminders may call collectResults too: each call is a refresh.
 */
import type { Campaign, LocalDate } from '../../core/campaign';
import { nextSeen, readUnitResults, type UnitResults, type UnitResultsRead, type UnitSeen } from '../../core/results';
import type { SheetValue } from '../../core/unit-tab/entry';
import { campaignTabs } from '../setup/campaign-tabs';
import { readSeen, writeSeen } from './seen-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CollectedUnit extends UnitResults {
  tab?: { sheet: GoogleAppsScript.Spreadsheet.Sheet; sheetId: number; name: string; read: UnitResultsRead };
}

export function collectResults(ss: Spreadsheet, c: Campaign, now: Date, today: LocalDate, record = true): CollectedUnit[] {
  const tabs = campaignTabs(ss, c).byUnit;
  const records = readSeen(ss);
  const before = records.byUnit;
  const changed = new Map<string, ReturnType<typeof nextSeen>>();
  const units = c.units.map((unit): CollectedUnit => {
    const t = tabs.get(unit.name);
    const read = t ? readUnitResults(t.sheet.getDataRange().getValues() as SheetValue[][], c) : undefined;
    const models = read?.models ?? [];
    const prev = before.get(unit.name);
    const seen = nextSeen(c, prev, models, now, today);
    if (!sameSeen(seen, prev)) changed.set(unit.name, seen);
    return { unit, hasTab: Boolean(t), models, seen, ...(t && read ? { tab: { sheet: t.sheet, sheetId: t.sheetId, name: t.name, read } } : {}) };
  });
  if (record) writeSeen(ss, records, changed, c.coordinators);
  return units;
}

const sameSeen = (a: UnitSeen, b: UnitSeen | undefined): boolean =>
  a.emptyAfterDeadline === b?.emptyAfterDeadline && a.firstModelAt === b?.firstModelAt && JSON.stringify(a.rounds) === JSON.stringify(b?.rounds ?? {});
