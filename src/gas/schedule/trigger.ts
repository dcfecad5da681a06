/**
 * The one time-driven trigger of this user: hourly, the most often an add-on's may run, serving
 * every registered spreadsheet and both jobs. An add-on may not have a second one, so it is
 * found by handler before anything is created.
 */
export const SCHEDULE_HANDLER = 'runScheduledJobs';

type Trigger = GoogleAppsScript.Script.Trigger;

/** getProjectTriggers lists only the current user's triggers of this add-on. */
export function myScheduleTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER);
}

export function ensureScheduleTrigger(): 'created' | 'present' {
  const mine = ScriptApp.getProjectTriggers();
  if (mine.some((t) => t.getHandlerFunction() === SCHEDULE_HANDLER)) return 'present';
  ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().everyHours(1).create();
  return 'created';
}

export function removeScheduleTriggers(): number {
  const mine = myScheduleTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}
