/**
 * Sheet protections as Google's sample does them (developers.google.com/apps-script/reference/
 * spreadsheet/protection#removeEditors(String)): the running user is added first, everyone else
 * is removed, domain edit turned off where allowed, then the wanted editors are added. An existing
 * protection is only changed where it differs, so a re-run costs few calls.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const normEmails = (emails: readonly string[]): string[] =>
  [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();

/**
 * Lets only `editors` (plus the owner, who always can, and the user running this) edit `sheet`.
 * Returns the editors applied, for the sync state.
 */
export function protectSheet(sheet: Sheet, editors: readonly string[], description: string, who: { me: string; owner: string }): string[] {
  const wanted = normEmails(editors);
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (existing) updateProtection(existing, wanted, description, who);
  else newProtection(sheet.protect(), wanted, description, who.me);
  return wanted;
}

/**
 * A new protection mirrors the file's editors (possibly hundreds): remove them wholesale rather
 * than reading each e-mail. Adding the running user first also keeps a group-granted user from
 * locking themselves out, as the sample warns.
 */
function newProtection(p: Protection, wanted: string[], description: string, me: string): void {
  p.setDescription(description);
  p.addEditor(me);
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  if (wanted.length) p.addEditors(wanted);
}

function updateProtection(p: Protection, wanted: string[], description: string, who: { me: string; owner: string }): void {
  if (p.getDescription() !== description) p.setDescription(description);
  const current = normEmails(p.getEditors().map((u) => u.getEmail()));
  const add = normEmails([who.me, ...wanted]).filter((e) => !current.includes(e));
  if (add.length) p.addEditors(add);
  const keep = new Set([...wanted, who.me.toLowerCase(), who.owner.toLowerCase()]);
  const remove = current.filter((e) => !keep.has(e));
  if (remove.length) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
}
