/** dvk init FILE: a new workbook holding what initCampaign writes (Cấu hình and Mẫu đăng ký). */
import { existsSync } from 'node:fs';
import { allowOnly, emailOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, DEFAULT_OWNER, newWorkbookData, saveWorkbook, startSession } from '../workbook';

import type { SidebarState } from '../../../gas/state';
import { QUAN3_2021_CATALOGUE } from '../../../core/campaign/quan3-2021-catalogue';

export async function initCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['owner', 'as', 'force', 'json', 'today']);
  if (existsSync(args.file) && !args.options.force) throw new UsageError(`${args.file} đã có; dùng --force để ghi đè`);
  const owner = emailOption(args, 'owner') ?? DEFAULT_OWNER;
  const data = newWorkbookData(args.file, owner);
  const session = startSession(data, { now: todayOption(args), user: emailOption(args, 'as') });
  const state = callServer<SidebarState>(session, 'initCampaign', { catalogue: QUAN3_2021_CATALOGUE });
  await saveWorkbook(data, args.file);
  const sheets = data.sheets.map((s) => ({ name: s.name, rows: s.maxRows, columns: s.maxColumns }));
  out.document({ file: args.file, owner, state, sheets });
  out.line(`Đã tạo ${args.file} (chủ sở hữu ${owner}).`);
  if (state.campaign) out.line(`Chiến dịch ${state.campaign.id} (${state.campaign.year}): ${state.campaign.units} đơn vị.`);
  out.line('Các trang tính:');
  for (const s of sheets) out.line(`  - ${s.name}`);
  if (state.message) out.line(state.message);
  return 0;
}
