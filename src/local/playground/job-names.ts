/**
 * The names a coordinator knows the add-on's automatic jobs by, for the playground's status bar:
 * the trigger handlers' function names (onEditInstalled, runScheduledJobs…) mean nothing to them.
 */
import { EDIT_HANDLER } from '../../gas/validation/edit-trigger';
import { CONTINUE_HANDLER, SCHEDULE_HANDLER } from '../../gas/schedule/trigger';

const JOBS: Record<string, string> = {
  [EDIT_HANDLER]: 'kiểm tra khi sửa và cập nhật Tổng hợp',
  [SCHEDULE_HANDLER]: 'việc hằng giờ (nhắc hạn, cập nhật Tổng hợp)',
  [CONTINUE_HANDLER]: 'tiếp tục tạo trang tính đơn vị',
  onOpen: 'mở tệp',
};

/** The job's Vietnamese name; a handler not listed is named as an automatic job, never by its function. */
export function jobName(handler: string): string {
  return JOBS[handler] ?? 'việc tự động của tiện ích';
}
