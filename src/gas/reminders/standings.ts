/** Each configured unit's standing, from its tab: one batched request per file (readCampaignGrids). */
import type { Campaign, LocalDate } from '../../core/campaign';
import { standingOf, type UnitStanding } from '../../core/reminders';
import { readUnitResults } from '../../core/results/read';
import { readUnitTab } from '../../core/unit-tab/read';
import { campaignTabs, readCampaignGrids } from '../setup/campaign-tabs';

export function readStandings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, campaign: Campaign, today: LocalDate): UnitStanding[] {
  const found = campaignTabs(ss, campaign, [], true);
  const tabs = found.byUnit;
  const wanted = campaign.units.map((u) => tabs.get(u.name)).filter((t): t is NonNullable<typeof t> => Boolean(t));
  const grids = readCampaignGrids(wanted);
  // A unit whose member workbook cannot be opened is not reminded: its state is unknown (the digest names the file).
  return campaign.units.filter((u) => tabs.get(u.name) || !found.isLost(u.name)).map((unit) => {
    const t = tabs.get(unit.name);
    if (!t) return standingOf(campaign, unit, undefined, today);
    const grid = grids(t) ?? t.sheet.getDataRange().getValues();
    const read = readUnitTab(grid, campaign);
    const models = readUnitResults(grid, campaign).models;
    return standingOf(campaign, unit, { sheetId: t.sheetId, sheetName: t.name, entries: read.entries, structure: read.problems, models, ...(t.url ? { fileUrl: t.url } : {}) }, today);
  });
}
