/**
 * dvk report FILE [--json]: the bundle's generateReport() (the Báo cáo sheet, as "Tạo báo cáo" in
 * Sheets), saved into the workbook, its figures printed: per content, per round, late and missing units.
 */
import { allowOnly, emailOption, stringOption, todayOption, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession } from '../workbook';
import { openMembersBeside, saveMembersBeside } from '../campaign-set';

import type { Tally } from '../../../core/results';
import type { GenerateReportResult as ReportResult } from '../../../gas/report/generate-report';

const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const tallyLine = (t: Tally) =>
  `${t.label}: ${t.registered} mô hình · ${t.done} đã hoàn thành · ${t.ongoing} đang thực hiện · ${t.dropped} không thực hiện · ${t.unreported} chưa báo cáo`;

export async function reportCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['today', 'as', 'out', 'json']);
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now: todayOption(args), user: emailOption(args, 'as') });
  await openMembersBeside(session, args.file);
  const result = callServer<ReportResult>(session, 'generateReport');
  const target = stringOption(args, 'out') ?? args.file;
  await saveWorkbook(data, target);
  await saveMembersBeside(session, target);
  out.document(result);
  const r = result.report;
  out.line(`Báo cáo tính đến ngày ${result.today} (trang “${result.sheetName}”)`);
  out.line('Theo nội dung:');
  r.byContent.forEach((t) => out.line(`  ${tallyLine(t)}`));
  out.line(`  ${tallyLine(r.total)}`);
  out.line('Theo loại đơn vị:');
  r.byUnitType.forEach((t) => out.line(`  ${tallyLine(t)}`));
  out.line('Báo cáo kết quả theo đợt:');
  r.rounds.forEach((x) => out.line(`  ${x.name}: ${x.units} đơn vị phải báo cáo · ${x.reported} đúng hạn · ${x.late} trễ · ${x.missing} chưa báo cáo · ${x.pending} chưa đến hạn · tỷ lệ báo cáo ${pct(x.reportRate)} · tỷ lệ hoàn thành ${pct(x.completionRate)}`));
  out.line(`Chưa đăng ký (${r.notRegistered.length}): ${r.notRegistered.join('; ') || 'không có'}`);
  out.line(`Đăng ký trễ (${r.registeredLate.length}): ${r.registeredLate.join('; ') || 'không có'}`);
  out.line(`Đề xuất khen thưởng (${r.commended.length}): ${r.commended.map((m) => `${m.name} (${m.unit})`).join('; ') || 'chưa có'}`);
  out.line(`Đã lưu ${target}.`);
  return 0;
}
