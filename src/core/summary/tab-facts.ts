/**
 * What the summary needs of a unit tab, all from the one grid read of it: the registration rows
 * and the tab's structure (core/unit-tab), the models with their results (core/results, the
 * results block is on the same rows).
 */
import type { Campaign } from '../campaign/schema';
import type { SheetValue } from '../unit-tab/entry';
import { readUnitTab } from '../unit-tab/read';
import { readUnitResults } from '../results/read';
import type { UnitTabFacts } from './unit-summary';

export function tabFactsOf(c: Campaign, sheetId: number, sheetName: string, grid: readonly (readonly SheetValue[])[]): UnitTabFacts {
  const tab = readUnitTab(grid, c);
  return { sheetId, sheetName, entries: tab.entries, structure: tab.problems, models: readUnitResults(grid, c).models };
}
