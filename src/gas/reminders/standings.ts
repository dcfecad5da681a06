/** Each configured unit's standing, from its tab: all tabs read in one batched request (readTabGrids). */
import type { Campaign, LocalDate } from '../../core/campaign';
import { standingOf, type UnitStanding } from '../../core/reminders';
import { readUnitResults } from '../../core/results/read';
import { readUnitTab } from '../../core/unit-tab/read';
import { tabsByUnit } from '../setup/tracking';
import { findUnitTabs } from '../setup/recognise-tabs';
import { readTabGrids } from '../sheets-batch';

export function readStandings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, campaign: Campaign, today: LocalDate): UnitStanding[] {
  const tabs = tabsByUnit(findUnitTabs(ss, campaign).tabs, true);
  const wanted = campaign.units.map((u) => tabs.get(u.name)).filter((t): t is NonNullable<typeof t> => Boolean(t));
  const grids = readTabGrids(ss, wanted);
  return campaign.units.map((unit) => {
    const t = tabs.get(unit.name);
    if (!t) return standingOf(campaign, unit, undefined, today);
    const grid = grids.get(t.sheetId) ?? t.sheet.getDataRange().getValues();
    const read = readUnitTab(grid, campaign);
    const models = readUnitResults(grid, campaign).models;
    return standingOf(campaign, unit, { sheetId: t.sheetId, sheetName: t.name, entries: read.entries, structure: read.problems, models }, today);
  });
}
