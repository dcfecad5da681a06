/**
 * The hourly rebuild: one time-driven trigger per user per document (an add-on may not have two
 * of a type), installed by a coordinator from the dashboard; it runs as that coordinator.
 * https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 */
export const HOURLY_HANDLER = 'summaryHourly';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function hasHourlyTrigger(ss: Spreadsheet): boolean {
  return ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === HOURLY_HANDLER);
}

/** Installs the trigger unless this user has it already for this document: never two. */
export function ensureHourlyTrigger(ss: Spreadsheet): 'created' | 'present' {
  if (hasHourlyTrigger(ss)) return 'present';
  ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  return 'created';
}
