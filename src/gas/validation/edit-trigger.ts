/**
 * The installable on-edit trigger. A simple onEdit runs as the unit's own user, who may not write
 * anything outside their tab and cannot use services needing authorization; an installable trigger
 * runs as the person who created it (https://developers.google.com/apps-script/guides/triggers/installable).
 * Setup, run by a coordinator, creates it for that coordinator. An add-on may hold one trigger of
 * each type per user per document, so this keeps exactly one.
 */
export const EDIT_HANDLER = 'onEditInstalled';

export function ensureEditTrigger(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const mine = ScriptApp.getUserTriggers(ss)
    .filter((t) => t.getHandlerFunction() === EDIT_HANDLER && String(t.getEventType()) === String(ScriptApp.EventType.ON_EDIT));
  for (const extra of mine.slice(1)) ScriptApp.deleteTrigger(extra);
  if (mine.length === 0) ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
}
