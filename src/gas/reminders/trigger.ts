/**
 * The daily trigger. An editor add-on may have one time-driven trigger per user per document, and
 * that trigger belongs to the document it was created in
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions), so the
 * handler works on SpreadsheetApp.getActiveSpreadsheet() and needs no spreadsheet id or broader scope.
 */
export const HANDLER = 'runDailyReminders';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** This user's reminder triggers in this document. */
export function myTriggers(ss: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === HANDLER);
}

/** Installs the trigger unless this user already has one here: pressing "Bật" twice makes one. */
export function installTrigger(ss: Spreadsheet, hour: number, timeZone: string): void {
  if (myTriggers(ss).length) return;
  ScriptApp.newTrigger(HANDLER).timeBased().everyDays(1).atHour(hour).inTimezone(timeZone).create();
}

export function removeTriggers(ss: Spreadsheet): number {
  const mine = myTriggers(ss);
  for (const t of mine) ScriptApp.deleteTrigger(t);
  return mine.length;
}
