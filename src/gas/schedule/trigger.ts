/**
 * The one time-driven trigger of this user: hourly, the most often an add-on's may run, serving
 * every registered spreadsheet and both jobs. An add-on may not have a second one, so it is
 * found by handler before anything is created; the per-document triggers of the earlier design
 * (summaryHourly, runDailyReminders) are deleted when it is made.
 */
export const SCHEDULE_HANDLER = 'runScheduledJobs';
export const LEGACY_HANDLERS: readonly string[] = ['summaryHourly', 'runDailyReminders'];

type Trigger = GoogleAppsScript.Script.Trigger;

/** getProjectTriggers lists only the current user's triggers of this add-on. */
export function myScheduleTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER);
}

export function ensureScheduleTrigger(): 'created' | 'present' {
  const mine = ScriptApp.getProjectTriggers();
  if (mine.some((t) => t.getHandlerFunction() === SCHEDULE_HANDLER)) return 'present';
  for (const t of mine) if (LEGACY_HANDLERS.includes(t.getHandlerFunction())) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().everyHours(1).create();
  return 'created';
}

export function removeScheduleTriggers(): number {
  const mine = myScheduleTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}
