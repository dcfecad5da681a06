/**
 * Sheet protections as Google's sample does them (developers.google.com/apps-script/reference/
 * spreadsheet/protection#removeEditors(String)): the running user is added first, everyone else
 * is removed, domain edit turned off where allowed, then the wanted editors are added. An existing
 * protection is only changed where it differs, so a re-run costs few calls.
 * Only a protection's editors may read or change its editors (Sheets reference, ProtectedRange.
 * editors): a coordinator added to Cấu hình later is let in by a run of someone already in.
 */
import { callerEmail, coordinatorsOf, isCoordinator, ownerEmail } from '../auth';
import { findRoleSheet } from './tracking';
import type { LaidProtection } from './file-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;

export const normEmails = (emails: readonly string[]): string[] =>
  [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))].sort();

/** Who must run setup once for a coordinator not yet an editor of the add-on's protections. */
export function notManagerMessage(who: { me: string; owner: string }, coordinators: readonly string[] = []): string {
  const others = normEmails(coordinators).filter((e) => e !== who.me.toLowerCase() && e !== who.owner.toLowerCase());
  const peers = others.length ? ` (${others.join(', ')})` : '';
  return `Tài khoản của đồng chí (${who.me}) chưa được quyền quản lý các trang tính của chiến dịch (Cấu hình, Mẫu đăng ký, các trang tính đơn vị). `
    + `Đề nghị chủ tệp (${who.owner}) hoặc một người tổng hợp đã có quyền${peers} bấm “Tạo/cập nhật trang tính đơn vị” một lần để cấp quyền cho đồng chí, sau đó đồng chí thực hiện lại.`;
}

/** Throws notManagerMessage unless the running user may manage `sheet`'s protection (or it has none). */
/** Whether the caller may edit the add-on's protected `sheet` (and so change its protection). */
export function managesSheet(sheet: Sheet): boolean {
  const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  return !p || p.canEdit();
}

export function assertManages(sheet: Sheet, who: { me: string; owner: string }, coordinators: readonly string[]): void {
  if (!managesSheet(sheet)) throw new Error(`${notManagerMessage(who, coordinators)} Lần này chưa thay đổi gì.`);
}

/**
 * Runs a coordinator's job (Kiểm tra, Tổng hợp, Báo cáo, results columns) that writes past the add-on's
 * protections. Should it fail for a coordinator not yet an editor of them (added to Cấu hình since the
 * last setup), Google's refusal ("You are trying to edit a protected cell…") gives way to notManagerMessage.
 * Looked into only after a failure, so a run that succeeds pays no call for it.
 */
export function explainingNotManager<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, job: () => T): T {
  try {
    return job();
  } catch (e) {
    const config = findRoleSheet(ss, 'config');
    const who = { me: callerEmail(), owner: ownerEmail(ss) };
    const coordinators = config ? coordinatorsOf(config) : [];
    if (config && isCoordinator(who.me, who.owner, coordinators) && !managesSheet(config)) throw new Error(notManagerMessage(who, coordinators));
    throw e;
  }
}

/**
 * Lets only `editors` (plus the owner, who always can, and the user running this) edit `sheet`.
 * Returns the editors applied, for the sync state; `seen.changed` is set when an existing
 * protection's editors had to change (a coordinator added or removed since).
 */
export function protectSheet(sheet: Sheet, editors: readonly string[], description: string, who: { me: string; owner: string }, seen?: { changed: boolean }): string[] {
  const wanted = normEmails(editors);
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
  if (!existing) newProtection(sheet.protect(), wanted, description, who.me);
  else if (updateProtection(existing, wanted, description, who) && seen) seen.changed = true;
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

/**
 * The one rule for an existing protection the add-on keeps: its editors become `wanted` and the
 * person running setup; the owner, who always can edit, is never removed. `current` normalised.
 */
export function editorChange(current: readonly string[], wanted: readonly string[], who: { me: string; owner: string }): { add: string[]; remove: string[] } {
  const keep = new Set([...wanted, who.me.toLowerCase(), who.owner.toLowerCase()]);
  return { add: normEmails([who.me, ...wanted]).filter((e) => !current.includes(e)), remove: current.filter((e) => !keep.has(e)) };
}

/**
 * editorChange as a Sheets API updateProtectedRange of a protection listed with its editors (`p.users`),
 * fields "editors" so domain edit goes too; null when it is already as wanted. Setup's batched paths
 * (member Mẫu đăng ký, unit tabs) send it instead of Protection.addEditors/removeEditors.
 */
export function editorsRequest(p: LaidProtection, wanted: readonly string[], who: { me: string; owner: string }): GoogleAppsScript.Sheets.Schema.Request | null {
  const current = normEmails(p.users ?? []);
  const { add, remove } = editorChange(current, wanted, who);
  if (!add.length && !remove.length && !p.domain) return null;
  const users = normEmails([...current.filter((e) => !remove.includes(e)), ...add]);
  return { updateProtectedRange: { protectedRange: { protectedRangeId: p.id, editors: { users } }, fields: 'editors' } };
}

/** Whether the editors changed. */
function updateProtection(p: Protection, wanted: string[], description: string, who: { me: string; owner: string }): boolean {
  const current = normEmails(editorsOrExplain(p, who).map((u) => u.getEmail()));
  if (p.getDescription() !== description) p.setDescription(description);
  const { add, remove } = editorChange(current, wanted, who);
  if (add.length) p.addEditors(add);
  if (remove.length) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return add.length > 0 || remove.length > 0;
}

/**
 * The coordinators changed (Cấu hình's protection had to change): the add-on's other protected sheets
 * (Tổng hợp, Danh sách mô hình, Báo cáo, Nhật ký nhắc hạn, the state sheet…), which their own jobs
 * protect only when they make them, are brought in step too, each keeping its description, so a
 * coordinator let in by this run can run every job.
 */
export function protectRoleSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetIds: Iterable<number>, coordinators: readonly string[], who: { me: string; owner: string }): void {
  for (const id of sheetIds) {
    const sheet = ss.getSheetById(id);
    const p = sheet?.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
    if (sheet && p) updateProtection(p, normEmails(coordinators), p.getDescription(), who);
  }
}

/**
 * A member workbook's coordinator-only sheets (its Mẫu đăng ký) kept in step with Cấu hình's
 * coordinators by the rule above, as the hub's are on every run. With the protections the run's
 * Sheets API read of the member listed: one batchUpdate of updateProtectedRange for those that differ
 * (fields "editors": domain edit goes too), none when none does. Without them (no advanced service),
 * or should that batch be refused: protectRoleSheets, with SpreadsheetApp. Returns why a protection
 * could not be changed (the caller is not among its editors), or null.
 */
export function syncCoordinatorSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetIds: readonly number[], protections: readonly LaidProtection[] | null,
  coordinators: readonly string[], who: { me: string; owner: string }): string | null {
  const wanted = normEmails(coordinators);
  const mine = protections?.filter((p) => p.whole && sheetIds.includes(p.sheetId)) ?? [];
  if (mine.some((p) => !p.canEdit)) return notManagerMessage(who, coordinators);
  const requests = mine.flatMap((p) => editorsRequest(p, wanted, who) ?? []);
  try {
    if (protections && !requests.length) return null;
    if (protections) {
      try {
        Sheets!.Spreadsheets.batchUpdate({ requests }, ss.getId());
        return null;
      } catch (e) {
        console.warn(String(e));
      }
    }
    protectRoleSheets(ss, sheetIds, coordinators, who);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** getEditors as the first call on an existing protection, so a non-editor is stopped before any change, in Vietnamese. */
function editorsOrExplain(p: Protection, who: { me: string; owner: string }): GoogleAppsScript.Base.User[] {
  try {
    return p.getEditors();
  } catch (e) {
    if (!p.canEdit()) throw new Error(notManagerMessage(who));
    throw e;
  }
}
