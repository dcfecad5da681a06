/**
 * The one time-driven trigger of this user: hourly, the most often an add-on's may run, serving
 * every registered spreadsheet and both jobs. An add-on may not have a second one, so it is
 * found by handler before anything is created.
 */
export const SCHEDULE_HANDLER = 'runScheduledJobs';
/**
 * The one-off trigger that continues a setup its budget stopped (./setup-continuation). While it
 * is pending it stands in for the hourly one (which it puts back when the setup is done).
 */
export const CONTINUE_HANDLER = 'continueSetup';

type Trigger = GoogleAppsScript.Script.Trigger;

/** getProjectTriggers lists only the current user's triggers of this add-on. */
export function myScheduleTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER);
}

/** This user's time-driven trigger, hourly or a setup's continuation (which re-creates the hourly one). */
export function myClockTriggers(): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER || t.getHandlerFunction() === CONTINUE_HANDLER);
}

export function ensureScheduleTrigger(): 'created' | 'present' {
  if (myClockTriggers().length) return 'present';
  ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().everyHours(1).create();
  return 'created';
}

export function removeScheduleTriggers(): number {
  const mine = myScheduleTriggers();
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}
