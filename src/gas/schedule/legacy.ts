/**
 * Only src/gas/reminders/entry.ts's runDailyReminders still calls this, and that handler is no
 * longer an entry point (the add-on was never released, so no trigger of the earlier per-document
 * design exists): delete this file together with runDailyReminders.
 */
import type { Job } from './registry';
import { setScheduled } from './enable';

const LEGACY_HANDLERS: readonly string[] = ['summaryHourly', 'runDailyReminders'];

export function retireLegacyTrigger_(job: Job): void {
  const legacy = ScriptApp.getProjectTriggers().filter((t) => LEGACY_HANDLERS.includes(t.getHandlerFunction()));
  if (!legacy.length) return;
  for (const t of legacy) ScriptApp.deleteTrigger(t);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) setScheduled(ss, job, true);
}
