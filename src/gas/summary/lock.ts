/**
 * Summary writes are serialised with the document lock. A refresh that cannot get it writes
 * nothing: an edit's refresh marks its unit pending (done by the next refresh that gets the lock,
 * at the latest the hourly rebuild); a full rebuild from the sidebar says to try again.
 */
export const EDIT_LOCK_WAIT_MS = 5_000;
export const REBUILD_LOCK_WAIT_MS = 30_000;
const PENDING = 'dvk.summary.pending.';
import { withDocumentClaim, type Claim } from '../schedule/lock';
import { flagPending } from '../edit-tags';

/** The hourly rebuild, the sidebar's and an edit's refresh of one file exclude each other (schedule/lock). */
export function withSummaryLock<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, waitMs: number, run: (claim: Claim) => T): { ok: true; value: T } | { ok: false } {
  return withDocumentClaim(ss, waitMs, run);
}

/**
 * One key per unit, so two executions marking units at once never overwrite each other; then the
 * hub's pending flag, which tells an edit to read them (edit-tags.ts: property first, flag after).
 * `flagged`: the caller's read showed the flag set already.
 */
export function markPending(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unit: string, flagged = false): void {
  PropertiesService.getDocumentProperties().setProperty(PENDING + unit, '1');
  if (!flagged) flagPending(ss);
}

export function pendingUnits(props: Record<string, string>): string[] {
  return Object.keys(props).filter((k) => k.startsWith(PENDING)).map((k) => k.slice(PENDING.length));
}

export function clearPending(units: readonly string[]): void {
  if (!units.length) return;
  const props = PropertiesService.getDocumentProperties();
  for (const u of units) props.deleteProperty(PENDING + u);
}
