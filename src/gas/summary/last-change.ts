/**
 * "Last change" of a unit. Apps Script gives no per-sheet modification time, so the time is
 * recorded when an edit of the unit's tab refreshes its row, one document property per unit
 * (a single JSON map of 300 units would pass the 9 KB limit of one value).
 */
const PREFIX = 'dvk.lastChange.';

export function recordLastChange(unit: string, stamp: string): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + unit, stamp);
}

/** Every unit's last change, from the document properties the caller read once. */
export function lastChangesIn(all: Readonly<Record<string, string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const k of Object.keys(all)) if (k.startsWith(PREFIX)) out.set(k.slice(PREFIX.length), all[k]);
  return out;
}
