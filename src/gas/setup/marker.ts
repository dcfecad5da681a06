/**
 * The named range that marks each unit tab (core/unit-tab/marker.ts): written by setup, read only
 * when some unit has no tracked tab (a file imported from .xlsx keeps named ranges, not metadata).
 */
import { MARKER_PREFIX, unitMarkerName } from '../../core/unit-tab/marker';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's markers by the sheet each points at. */
export function readMarkers(ss: Spreadsheet): Map<number, string> {
  const out = new Map<number, string>();
  for (const n of ss.getNamedRanges()) {
    const name = n.getName();
    if (!name.startsWith(MARKER_PREFIX)) continue;
    try {
      out.set(n.getRange().getSheet().getSheetId(), name);
    } catch {
      // A marker whose sheet was deleted points nowhere: ignore it.
    }
  }
  return out;
}

/** Points the unit's marker at the tab's A1: a new named range, or the old one moved here. */
export function markUnitTab(sheet: Sheet, unit: string): void {
  const ss = sheet.getParent();
  const name = unitMarkerName(unit);
  const at = sheet.getRange(1, 1);
  try {
    ss.setNamedRange(name, at);
  } catch {
    ss.getNamedRanges().find((n) => n.getName() === name)?.setRange(at);
  }
}
