/**
 * dvk next FILE --year YEAR --out NEW: next year's campaign workbook. The bundle's planNextYear
 * reads FILE (Cấu hình, the Báo cáo ticks "Đưa vào danh mục năm sau") and initCampaign writes the
 * plan into a new workbook NEW; FILE is read, never saved.
 */
import { existsSync } from 'node:fs';
import { allowOnly, emailOption, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, newWorkbookData, saveWorkbook, startSession } from '../workbook';

import type { NextYearPlan } from '../../../core/campaign';
import type { SidebarState } from '../../../gas/state';

export async function nextCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['year', 'out', 'as', 'today', 'json', 'force']);
  const year = Number(stringOption(args, 'year'));
  const target = stringOption(args, 'out');
  if (!Number.isInteger(year)) throw new UsageError('dvk next cần --year NĂM (ví dụ --year 2022)');
  if (!target) throw new UsageError('dvk next cần --out TỆP_MỚI (tệp năm nay được giữ nguyên)');
  if (existsSync(target) && !args.options.force) throw new UsageError(`${target} đã có; dùng --force để ghi đè`);
  const data = await loadWorkbook(args.file);
  const now = todayOption(args);
  const user = emailOption(args, 'as');
  const plan = callServer<NextYearPlan>(startSession(data, { now, user }), 'planNextYear', year);
  const next = newWorkbookData(target, data.owner);
  const state = callServer<SidebarState>(startSession(next, { now, user }), 'initCampaign', { campaign: plan.campaign });
  await saveWorkbook(next, target);
  out.document({ file: target, from: args.file, year, review: plan.review, state });
  out.line(`Đã tạo ${target}: chiến dịch năm ${year} từ ${args.file} (tệp này giữ nguyên).`);
  out.line('Cần rà soát:');
  for (const r of plan.review) out.line(`  - ${r}`);
  return 0;
}
