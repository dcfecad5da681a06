/**
 * What refreshes saw of each unit (core/results/report-status UnitSeen), one record per unit
 * ("seen:<unit>") in the add-on's state sheet (../state/state-sheet): it grows with units and rounds
 * (≈ 31 K characters at 300 units after the first deadline), past the 30,000 characters developer
 * metadata holds per location. A write happens only when a sighting is new, so rarely.
 *
 * Campaigns made before kept one spreadsheet-level metadata per unit (key dvk.seen, value
 * {unit, ...seen}); they are still read, and the first write moves them all to the sheet and only
 * then removes them, so no sighting is lost.
 */
import { parseSeen, type UnitSeen } from '../../core/results';
import { callerEmail, ownerEmail } from '../auth';
import { readState, writeState, type StateRows } from '../state/state-sheet';
import type { FileLayout } from '../setup/file-layout';

export const SEEN_KEY = 'dvk.seen';
const key = (unit: string) => `seen:${unit}`;

/** A legacy entry, removed once its sighting is in the sheet. */
interface Legacy { remove(): void }
export interface SeenRecords { byUnit: Map<string, UnitSeen>; state: StateRows; legacy: Legacy[] }

/** `layout`: the file's, when the caller read it (then no metadata read of its own; the entry objects only if one is removed). */
export function readSeen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, layout?: FileLayout | null): SeenRecords {
  const state = readState(ss, layout);
  const byUnit = new Map<string, UnitSeen>();
  for (const [k, { value }] of state.rows) {
    const seen = k.startsWith('seen:') && parseSeen(value);
    if (seen) byUnit.set(k.slice(5), seen);
  }
  const legacy: Legacy[] = [];
  const entries = layout
    ? layout.metadata.filter((m) => m.key === SEEN_KEY).map((m) => ({ value: m.value, remove: () => layout.meta(m.id)?.remove() }))
    : ss.createDeveloperMetadataFinder().withKey(SEEN_KEY).find().map((m) => ({ value: m.getValue() ?? '', remove: () => m.remove() }));
  for (const meta of entries) {
    const seen = parseSeen(meta.value);
    const unit = seen && String(JSON.parse(meta.value).unit ?? '');
    // Unreadable metadata is left as it was.
    if (!unit) continue;
    legacy.push(meta);
    if (!byUnit.has(unit)) byUnit.set(unit, seen);
  }
  return { byUnit, state, legacy };
}

/** @param coordinators who may write the state sheet when this write makes it. */
export function writeSeen(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, records: SeenRecords, changed: ReadonlyMap<string, UnitSeen>, coordinators: readonly string[]): void {
  if (changed.size === 0) return;
  const rows = new Map<string, string>();
  // Migration: units still only in metadata go to the sheet with this write, before it is removed.
  for (const [unit, seen] of records.byUnit) if (!records.state.rows.has(key(unit))) rows.set(key(unit), JSON.stringify(seen));
  for (const [unit, seen] of changed) {
    rows.set(key(unit), JSON.stringify(seen));
    records.byUnit.set(unit, seen);
  }
  writeState(ss, records.state, rows, coordinators, { me: callerEmail(), owner: ownerEmail(ss) });
  for (const m of records.legacy.splice(0)) m.remove();
}
