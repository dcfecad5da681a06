/** Reads every tracked unit tab (one getValues each) into entries, for validation and the summary. */
import type { Campaign } from '../../core/campaign';
import { readUnitTab, type UnitTabRead } from '../../core/unit-tab/read';
import type { SheetValue } from '../../core/unit-tab/entry';
import { listUnitTabs } from './tracking';

export interface UnitTabData extends UnitTabRead {
  /** The unit as Cấu hình names it (from the tab's metadata, not its header cell). */
  unit: string;
  sheetId: number;
  sheetName: string;
}

export function readUnitTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, c: Campaign): UnitTabData[] {
  return listUnitTabs(ss).map((t) => ({
    ...readUnitTab(t.sheet.getDataRange().getValues() as SheetValue[][], c),
    unit: t.unit, sheetId: t.sheetId, sheetName: t.name,
  }));
}
