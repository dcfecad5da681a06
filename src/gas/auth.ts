/**
 * Who is calling, and may they change the campaign? The owner always may; so may any e-mail listed
 * under "Người tổng hợp" in Cấu hình. Every server function that changes something asks first.
 */
import { coordinatorsIn } from '../core/config-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** google.script.run executes as the user at the sidebar, so the effective user is the caller. */
export function callerEmail(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()).toLowerCase();
}

export function ownerEmail(ss: Spreadsheet): string {
  return ss.getOwner()?.getEmail().toLowerCase() ?? '';
}

export function isCoordinator(user: string, owner: string, coordinators: readonly string[]): boolean {
  if (!user) return false;
  return user === owner || coordinators.some((c) => c.toLowerCase() === user);
}

/** Coordinators straight from the sheet's table, even when the rest of Cấu hình has errors. */
export function coordinatorsOf(config: GoogleAppsScript.Spreadsheet.Sheet | null, grid?: unknown[][]): string[] {
  if (!config) return [];
  return coordinatorsIn(grid ?? config.getDataRange().getValues());
}

export function assertCoordinator(user: string, owner: string, coordinators: readonly string[], action: string): void {
  if (isCoordinator(user, owner, coordinators)) return;
  throw new Error(user
    ? `Tài khoản ${user} không phải người tổng hợp của chiến dịch nên không thể ${action}. Nhờ chủ sở hữu tệp thêm e-mail của bạn vào bảng “Người tổng hợp” trong Cấu hình.`
    : `Không xác định được tài khoản của bạn nên không thể ${action}. Vui lòng đăng nhập bằng tài khoản được chia sẻ tệp.`);
}
