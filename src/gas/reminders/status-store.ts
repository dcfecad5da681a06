/**
 * Whether reminders are on for this spreadsheet, who turned them on, and what the last run did:
 * developer metadata on the spreadsheet (../schedule/doc-state), so every coordinator's sidebar
 * sees the same state (a trigger is visible only to its creator) and the hourly trigger, which
 * has no document properties, reads it after openById.
 */
import { readDocState, writeDocState } from '../schedule/doc-state';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const STATUS_KEY = 'dvk.reminders';

export interface LastRun {
  /** ISO time of the run. */
  at: string;
  today: string;
  sent: number;
  postponed: number;
  failed: number;
  noAddress: number;
  /**
   * Left for the day's next hourly run (this run's budget was spent): while above 0 the day is
   * not done. Absent in runs saved before the budget existed: read as 0.
   */
  dueLater?: number;
  digest: 'sent' | 'failed' | 'none';
  message: string;
}

export interface StoredStatus {
  enabled: boolean;
  /** The coordinator whose trigger sends (mail goes out from their account). */
  by?: string;
  hour?: number;
  since?: string;
  lastRun?: LastRun;
}

export function loadStatus(ss: Spreadsheet): StoredStatus {
  const v = readDocState<StoredStatus>(ss, STATUS_KEY);
  return v && typeof v.enabled === 'boolean' ? v : { enabled: false };
}

export function saveStatus(ss: Spreadsheet, s: StoredStatus): void {
  writeDocState(ss, STATUS_KEY, s);
}
