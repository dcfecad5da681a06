/**
 * "Last change" of a unit. Apps Script gives no per-sheet modification time, so the time is
 * taken when an edit of the unit's tab refreshes its row, and lives where that refresh writes it:
 * the row's "Thay đổi lần cuối" (in the edit's one batchUpdate: no property write per edit).
 * An edit that could not write the row leaves the unit pending and records the time in a document
 * property, one per unit (a single JSON map of 300 units would pass the 9 KB limit of one value),
 * which the next rebuild uses for that unit; a rebuild writes every row, so after it the row is
 * again the newest.
 */
const PREFIX = 'dvk.lastChange.';

export function recordLastChange(unit: string, stamp: string): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + unit, stamp);
}

/**
 * Every unit's last change for a rebuild, from the document properties the caller read once and
 * what Tổng hợp shows: a pending unit's from its property, any other's from its row (the property
 * when the row has none: a unit edited before Tổng hợp existed).
 */
export function lastChangesIn(all: Readonly<Record<string, string>>, shown: ReadonlyMap<string, string>, pending: readonly string[]): Map<string, string> {
  const out = new Map(shown);
  for (const k of Object.keys(all)) {
    if (!k.startsWith(PREFIX)) continue;
    const unit = k.slice(PREFIX.length);
    if (pending.includes(unit) || !out.get(unit)) out.set(unit, all[k]);
  }
  return out;
}
