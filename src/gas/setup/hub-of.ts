/** A member workbook's hub: the spreadsheet its metadata names (setup/member-file HUB_KEY), opened by id. */
import { HUB_KEY } from './member-file';
import { HUB_CONFIG_KEY } from './member-stamp';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What a member's spreadsheet metadata says of its hub: its id and the hub's config stamp ('' before any). */
export interface HubTags { hubId: string; stamp: string }

/** The hub's id when `ss` is a member workbook, else null. */
export function hubIdOf(ss: Spreadsheet): string | null {
  return hubTagsOf(ss)?.hubId ?? null;
}

/** One metadata read of `ss`: its hub tags, or null when it is no member. */
export function hubTagsOf(ss: Spreadsheet): HubTags | null {
  const list = ss.getDeveloperMetadata();
  const hubId = list.find((m) => m.getKey() === HUB_KEY)?.getValue();
  return hubId ? { hubId, stamp: list.find((m) => m.getKey() === HUB_CONFIG_KEY)?.getValue() ?? '' } : null;
}

/** The same from spreadsheet metadata already read (the edit's Sheets API read). */
export function hubTagsIn(metadata: readonly { key: string; value: string }[]): HubTags | null {
  const hubId = metadata.find((m) => m.key === HUB_KEY)?.value;
  return hubId ? { hubId, stamp: metadata.find((m) => m.key === HUB_CONFIG_KEY)?.value ?? '' } : null;
}

/** The hub of member `ss`, or null when `ss` is no member; throws (Vietnamese) when it cannot be opened. */
export function openHubOf(ss: Spreadsheet): Spreadsheet | null {
  const id = hubIdOf(ss);
  return id ? openHub(id) : null;
}

/** A member's hub by id; throws (Vietnamese) when it cannot be opened. */
export function openHub(id: string): Spreadsheet {
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    throw new Error('Không mở được bảng tính chính của sổ này: đề nghị người tổng hợp kiểm tra quyền truy cập.');
  }
}

/** Campaign-wide actions (Khởi tạo, Tạo/cập nhật tab đơn vị) belong to the hub, never to a member. */
export function assertNotMember(ss: Spreadsheet): void {
  if (hubIdOf(ss)) throw new Error('Đây là sổ đăng ký thành viên: hãy mở bảng tính chính để khởi tạo chiến dịch hoặc tạo trang tính đơn vị.');
}
