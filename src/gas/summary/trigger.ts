/**
 * The hourly rebuild: one time-driven trigger per user per document, installed by a coordinator
 * from the dashboard; it runs as that coordinator. An editor add-on may have only one trigger of
 * each type per user per document, so a time-driven trigger this user already has here for another
 * job (the daily reminders) is not doubled: the coordinator is told instead.
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
export const HOURLY_HANDLER = 'summaryHourly';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isClock = (t: GoogleAppsScript.Script.Trigger) => String(t.getEventType()) === 'CLOCK';

export function hasHourlyTrigger(ss: Spreadsheet): boolean {
  return ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === HOURLY_HANDLER);
}

/** Installs the trigger unless this user has it already for this document: never two. */
export function ensureHourlyTrigger(ss: Spreadsheet): 'created' | 'present' {
  const mine = ScriptApp.getUserTriggers(ss);
  if (mine.some((t) => t.getHandlerFunction() === HOURLY_HANDLER)) return 'present';
  if (mine.some(isClock)) {
    throw new Error('Tài khoản của bạn đã có một lịch chạy tự động khác trong tệp này (nhắc hạn hằng ngày), và Google chỉ cho mỗi người một lịch như vậy mỗi tệp. Tổng hợp vẫn cập nhật sau mỗi lần đơn vị sửa tab; bấm “Cập nhật tổng hợp” để cập nhật toàn bộ.');
  }
  ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create();
  return 'created';
}
