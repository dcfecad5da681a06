/** A member workbook's hub: the spreadsheet its metadata names (setup/member-file HUB_KEY), opened by id. */
import { HUB_KEY } from './member-file';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The hub's id when `ss` is a member workbook, else null. */
export function hubIdOf(ss: Spreadsheet): string | null {
  return ss.getDeveloperMetadata().find((m) => m.getKey() === HUB_KEY)?.getValue() ?? null;
}

/** The hub of member `ss`, or null when `ss` is no member; throws (Vietnamese) when it cannot be opened. */
export function openHubOf(ss: Spreadsheet): Spreadsheet | null {
  const id = hubIdOf(ss);
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    throw new Error('Không mở được bảng tính chính (hub) của sổ này: đề nghị người tổng hợp kiểm tra quyền truy cập.');
  }
}

/** Campaign-wide actions (Khởi tạo, Tạo/cập nhật tab đơn vị) belong to the hub, never to a member. */
export function assertNotMember(ss: Spreadsheet): void {
  if (hubIdOf(ss)) throw new Error('Đây là sổ đăng ký thành viên: hãy mở bảng tính chính để khởi tạo chiến dịch hoặc tạo tab đơn vị.');
}
