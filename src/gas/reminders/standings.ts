/** Each configured unit's standing, from its tab: one getValues per tab. */
import type { Campaign, LocalDate } from '../../core/campaign';
import { standingOf, type UnitStanding } from '../../core/reminders';
import { readUnitResults } from '../../core/results/read';
import { readUnitTab } from '../../core/unit-tab/read';
import { listUnitTabs } from '../setup/tracking';

const norm = (s: string) => s.trim().toLocaleLowerCase('vi');

export function readStandings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, campaign: Campaign, today: LocalDate): UnitStanding[] {
  const tabs = new Map<string, ReturnType<typeof listUnitTabs>[number]>();
  for (const t of listUnitTabs(ss)) if (!tabs.has(norm(t.unit))) tabs.set(norm(t.unit), t);
  return campaign.units.map((unit) => {
    const t = tabs.get(norm(unit.name));
    if (!t) return standingOf(campaign, unit, undefined, today);
    const grid = t.sheet.getDataRange().getValues();
    const read = readUnitTab(grid, campaign);
    const models = readUnitResults(grid, campaign).models;
    return standingOf(campaign, unit, { sheetId: t.sheetId, sheetName: t.name, entries: read.entries, structure: read.problems, models }, today);
  });
}
