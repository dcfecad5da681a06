/**
 * What refreshes saw of each unit (core/results/report-status UnitSeen), as spreadsheet-level
 * developer metadata, one per unit: it travels with the file (a copy of the spreadsheet, the
 * local .xlsx sidecar), unlike script or user properties. One finder call reads them all; a write
 * happens only when a sighting is new (a deadline passed incomplete, a round completed), so rarely.
 */
import { parseSeen, type UnitSeen } from '../../core/results';

export const SEEN_KEY = 'dvk.seen';

type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export interface SeenRecords { byUnit: Map<string, UnitSeen>; metas: Map<string, Meta> }

export function readSeen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): SeenRecords {
  const byUnit = new Map<string, UnitSeen>();
  const metas = new Map<string, Meta>();
  for (const m of ss.createDeveloperMetadataFinder().withKey(SEEN_KEY).find()) {
    let unit = '';
    try {
      unit = String(JSON.parse(m.getValue() ?? '').unit ?? '');
    } catch {
      continue;
    }
    const seen = parseSeen(m.getValue());
    if (unit && seen && !metas.has(unit)) {
      byUnit.set(unit, seen);
      metas.set(unit, m);
    }
  }
  return { byUnit, metas };
}

export function writeSeen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, records: SeenRecords, changed: ReadonlyMap<string, UnitSeen>): void {
  for (const [unit, seen] of changed) {
    const value = JSON.stringify({ unit, ...seen });
    const meta = records.metas.get(unit);
    if (meta) meta.setValue(value);
    else ss.addDeveloperMetadata(SEEN_KEY, value);
  }
}
