/**
 * "Last change" of a unit. Apps Script gives no per-sheet modification time, so the time is
 * recorded when an edit of the unit's tab refreshes its row, one document property per unit
 * (a single JSON map of 300 units would pass the 9 KB limit of one value).
 */
const PREFIX = 'dvk.lastChange.';

export function recordLastChange(unit: string, stamp: string): void {
  PropertiesService.getDocumentProperties().setProperty(PREFIX + unit, stamp);
}

/**
 * One getProperties for all units; null in the hourly scheduled run, which has no document
 * properties (the caller then keeps what Tổng hợp shows).
 */
export function allLastChanges(): Map<string, string> | null {
  const props = PropertiesService.getDocumentProperties();
  if (!props) return null;
  const all = props.getProperties();
  const out = new Map<string, string>();
  for (const k of Object.keys(all)) if (k.startsWith(PREFIX)) out.set(k.slice(PREFIX.length), all[k]);
  return out;
}
