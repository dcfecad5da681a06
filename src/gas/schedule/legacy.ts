/**
 * Triggers of the earlier design (one per document: summaryHourly, runDailyReminders) may still
 * exist for users who turned a job on before. When one fires, it is deleted and, if it fired with
 * its document, that document is registered for the job under the one scheduled trigger.
 */
import type { Job } from './registry';
import { setScheduled } from './enable';
import { LEGACY_HANDLERS } from './trigger';

export function retireLegacyTrigger_(job: Job): void {
  const legacy = ScriptApp.getProjectTriggers().filter((t) => LEGACY_HANDLERS.includes(t.getHandlerFunction()));
  if (!legacy.length) return;
  for (const t of legacy) ScriptApp.deleteTrigger(t);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (ss) setScheduled(ss, job, true);
}
