/**
 * Sheet protections as Google's sample does them (developers.google.com/apps-script/reference/
 * spreadsheet/protection): the running user stays an editor, everyone else not wanted is removed,
 * domain edit turned off where allowed. Changes only what differs, so a re-run costs few calls.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const normEmails = (emails: readonly string[]): string[] =>
  [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();

/**
 * Lets only `editors` (plus the owner, who always can, and the user running this) edit `sheet`.
 * Returns the editors applied, for the sync state.
 */
export function protectSheet(sheet: Sheet, editors: readonly string[], description: string, who: { me: string; owner: string }): string[] {
  const me = who.me;
  const wanted = normEmails(editors);
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  const p = existing ?? sheet.protect();
  if (p.getDescription() !== description) p.setDescription(description);
  const current = normEmails(p.getEditors().map((u) => u.getEmail()));
  const add = wanted.filter((e) => !current.includes(e));
  // Adding the running user first also freezes a new protection's list, which otherwise mirrors the file's editors.
  p.addEditors(normEmails([me, ...add]));
  const keep = new Set([...wanted, me.toLowerCase(), who.owner.toLowerCase()]);
  const remove = current.filter((e) => !keep.has(e));
  if (remove.length) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return wanted;
}
