/**
 * dvk next FILE --year YEAR --out NEW: next year's campaign workbook, by the sidebar's own server
 * function createNextYearCampaign: it reads FILE (Cấu hình, the Báo cáo ticks "Đưa vào danh mục
 * năm sau") and makes the new spreadsheet in the emulated Drive, which is saved as NEW; FILE is
 * read, never saved. The state printed is the add-on's as opened in NEW.
 */
import { existsSync } from 'node:fs';
import { allowOnly, emailOption, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession } from '../workbook';

import type { NextYearResult } from '../../../gas/setup/next-year';
import type { SidebarState } from '../../../gas/state';

export async function nextCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['year', 'out', 'as', 'today', 'json', 'force', 'prefill']);
  const year = Number(stringOption(args, 'year'));
  const target = stringOption(args, 'out');
  if (!Number.isInteger(year)) throw new UsageError('dvk next cần --year NĂM (ví dụ --year 2022)');
  if (!target) throw new UsageError('dvk next cần --out TỆP_MỚI (tệp năm nay được giữ nguyên)');
  if (existsSync(target) && !args.options.force) throw new UsageError(`${target} đã có; dùng --force để ghi đè`);
  const data = await loadWorkbook(args.file);
  const s = startSession(data, { now: todayOption(args), user: emailOption(args, 'as') });
  const made = callServer<NextYearResult>(s, 'createNextYearCampaign', year, { prefill: Boolean(args.options.prefill) });
  const next = s.emu.requireFile(made.id);
  const state = s.emu.run(s.emu.user, () => s.bundle.invoke('getSidebarState', []), { spreadsheetId: made.id }) as SidebarState;
  await saveWorkbook(next, target);
  out.document({ file: target, from: args.file, year, review: made.review, state, ...(made.carried !== undefined ? { carried: made.carried } : {}) });
  out.line(`Đã tạo ${target}: chiến dịch năm ${year} từ ${args.file} (tệp này giữ nguyên).`);
  if (made.carried !== undefined) out.line(`${made.carried} mô hình năm nay được điền sẵn vào trang tính đơn vị khi chạy: dvk setup ${target}`);
  out.line('Cần rà soát:');
  for (const r of made.review) out.line(`  - ${r}`);
  return 0;
}
