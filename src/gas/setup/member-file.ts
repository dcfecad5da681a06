/**
 * Member workbooks ("Sổ đăng ký – …"): opening the ones the hub records, making a new one, and
 * sharing each with exactly the people its tabs need. A member is made with SpreadsheetApp.create
 * and shared with Spreadsheet.addEditors, both covered by the spreadsheets scope (no Drive scope).
 * Each member carries its hub's id (spreadsheet metadata) and its own copy of Mẫu đăng ký, which
 * its unit tabs are made from (insertSheet copies a template only within one file).
 */
import { TEMPLATE_SHEET_NAME } from '../../core/template';
import { memberName, type MemberRecord } from '../../core/members/assign';
import { TEMPLATE_PROTECTION } from './init-campaign';
import { memberKey, readMembers, writeMember } from './member-registry';
import type { FileLayout } from './file-layout';
import type { StateRows } from '../state/state-sheet';
import { normEmails, protectSheet } from './protect';
import { findRoleSheet, KEY } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const HUB_KEY = 'dvk.hub';

export interface OpenedMember {
  record: MemberRecord;
  ss?: Spreadsheet;
  /** Why it could not be opened (deleted, access removed), in Vietnamese. */
  problem?: string;
  /** Its sheets and metadata, once a reader of this run has read them (campaign-tabs). */
  layout?: FileLayout | null;
}

/** Opens each recorded member; one that fails is reported by name, never recreated. */
export function openMembers(members: readonly MemberRecord[]): OpenedMember[] {
  return members.map((record) => {
    if (!record.id) {
      return { record, problem: `Sổ “${record.name}” đang tạo dở: nếu đã có trong Drive, ghi mã tệp vào bản ghi của sổ trong Dữ liệu tiện ích; nếu chưa, xoá dòng đó.` };
    }
    try {
      return { record, ss: SpreadsheetApp.openById(record.id) };
    } catch {
      return { record, problem: `Không mở được sổ “${record.name}” (đã bị xoá hoặc thu hồi quyền); không tạo lại, người tổng hợp quyết định.` };
    }
  });
}

/**
 * The hub's recorded members, opened once per run: with the hub's `layout`, the first caller (the
 * tabs' reader) leaves them on it and the later ones (the dashboard's live flags) take them from
 * there, since each openById is a round trip.
 */
export function openedMembers(hub: Spreadsheet, layout?: FileLayout | null): OpenedMember[] {
  if (layout?.members) return layout.members;
  const opened = openMembers(readMembers(hub, layout).members);
  if (layout) layout.members = opened;
  return opened;
}

/**
 * A new member of `group`: its row first (no id yet), then the file, its hub reference, the
 * campaign's time zone, its template copy, then the id in the row.
 */
export function createMember(hub: Spreadsheet, state: StateRows, title: string, group: string, seq: number,
  template: Sheet, coordinators: string[], who: { me: string; owner: string }): OpenedMember {
  const record: MemberRecord = { key: memberKey(group, seq), name: memberName(title, group, seq), group, id: '', url: '', units: [] };
  writeMember(hub, state, record, coordinators, who);
  const ss = SpreadsheetApp.create(record.name);
  ss.addDeveloperMetadata(HUB_KEY, hub.getId());
  ss.setSpreadsheetTimeZone(hub.getSpreadsheetTimeZone());
  record.id = ss.getId();
  record.url = ss.getUrl();
  writeMember(hub, state, record, coordinators, who);
  const blank = ss.getSheets()[0];
  const local = template.copyTo(ss).setName(TEMPLATE_SHEET_NAME);
  ss.addDeveloperMetadata(KEY.template, String(local.getSheetId()));
  ss.deleteSheet(blank);
  protectSheet(local, coordinators, TEMPLATE_PROTECTION, who);
  return { record, ss };
}

/** The member's own Mẫu đăng ký (by its tracking). */
export function memberTemplate(ss: Spreadsheet): Sheet | null {
  return findRoleSheet(ss, 'template');
}

/**
 * Shares the member with exactly `people` (its units' e-mails and the coordinators): adds the
 * missing ones in one call, removes those no unit of this file needs any more (never the owner or
 * the person running setup). Returns how many were added and removed.
 */
export function shareExactly(ss: Spreadsheet, people: readonly string[], who: { me: string; owner: string }): { added: number; removed: number } {
  const wanted = new Set(normEmails(people));
  const current = normEmails(ss.getEditors().map((u) => u.getEmail()));
  const keep = new Set([who.me.toLowerCase(), who.owner.toLowerCase(), normEmails([ss.getOwner()?.getEmail() ?? ''])[0]]);
  const add = [...wanted].filter((e) => !current.includes(e) && !keep.has(e));
  if (add.length) ss.addEditors(add);
  const drop = current.filter((e) => !wanted.has(e) && !keep.has(e));
  for (const e of drop) ss.removeEditor(e);
  return { added: add.length, removed: drop.length };
}
