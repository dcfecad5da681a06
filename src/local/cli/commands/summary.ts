/**
 * dvk summary FILE [--today YYYY-MM-DD] [--json]: the bundle's refreshSummary({ units: true })
 * writes Tổng hợp and Danh sách mô hình into the workbook; prints the per-unit status table.
 */
import { allowOnly, emailOption, stringOption, todayOption, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession } from '../workbook';
import { openMembersBeside, saveMembersBeside } from '../campaign-set';

import type { RefreshSummaryResult as SummaryResult, UnitStatusRow } from '../../../gas/summary/api';

export function unitLine(u: UnitStatusRow): string {
  const contents = Object.entries(u.byContent).map(([id, n]) => `ND${id}: ${n}`).join(', ');
  const kinds = `tiếp tục ${u.byKind['tiep-tuc']}, nhân rộng ${u.byKind['nhan-rong']}, mới ${u.byKind.moi}${u.byKind.unknown ? `, chưa rõ ${u.byKind.unknown}` : ''}`;
  const quota = u.shortfalls.length ? u.shortfalls.map((s) => `thiếu ${s.missing}/${s.min} ${s.label}`).join('; ') : 'đủ chỉ tiêu';
  return [u.unit, u.status, `${u.total} mô hình (${contents})`, kinds, quota, `${u.errors} lỗi, ${u.warnings} cảnh báo`].join(' · ');
}

export async function summaryCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['today', 'as', 'out', 'json']);
  const now = todayOption(args);
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now, user: emailOption(args, 'as') });
  await openMembersBeside(session, args.file);
  const result = callServer<SummaryResult>(session, 'refreshSummary', { units: true });
  const target = stringOption(args, 'out') ?? args.file;
  await saveWorkbook(data, target);
  await saveMembersBeside(session, target);
  out.document(result.units ?? []);
  for (const u of result.units ?? []) out.line(unitLine(u));
  const c = result.counts;
  const next = result.nextDeadline ? ` ${result.nextDeadline.label} ${result.nextDeadline.date} (còn ${result.nextDeadline.daysLeft} ngày).` : '';
  out.line(`${c.total} đơn vị: ${c.done} đủ chỉ tiêu, ${c.inProgress} đang đăng ký, ${c.notStarted} chưa đăng ký, ${c.overdue} quá hạn.${next} Đã ghi Tổng hợp và Danh sách mô hình vào ${target}.`);
  return c.overdue > 0 ? 1 : 0;
}
