/** dvk init FILE: a new workbook holding what initCampaign writes (Cấu hình and Mẫu đăng ký). */
import { existsSync } from 'node:fs';
import { allowOnly, emailOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, DEFAULT_OWNER, loadWorkbook, newWorkbookData, saveWorkbook, startSession } from '../workbook';
import type { SpreadsheetData } from '../../emulator/model';
import { CONFIG_SHEET_NAME } from '../../../core/config-sheet';
import { sameName } from '../../../core/names';

import type { SidebarState } from '../../../gas/state';
import { QUAN3_2021_CATALOGUE } from '../../../core/campaign/quan3-2021-catalogue';

export async function initCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['owner', 'as', 'force', 'json', 'today']);
  // An existing workbook with no campaign (downloaded, hand-made) gets Cấu hình and Mẫu đăng ký added, its tabs kept.
  const taken = new UsageError(`${args.file} đã có; dùng --force để ghi đè`);
  const existing = existsSync(args.file) && !args.options.force ? await loadWorkbook(args.file).catch(() => { throw taken; }) : undefined;
  if (existing && hasConfig(existing)) throw taken;
  const owner = emailOption(args, 'owner') ?? existing?.owner ?? DEFAULT_OWNER;
  const data = existing ?? newWorkbookData(args.file, owner);
  const session = startSession(data, { now: todayOption(args), user: emailOption(args, 'as') });
  const state = callServer<SidebarState>(session, 'initCampaign', { catalogue: QUAN3_2021_CATALOGUE });
  await saveWorkbook(data, args.file);
  const sheets = data.sheets.map((s) => ({ name: s.name, rows: s.maxRows, columns: s.maxColumns }));
  out.document({ file: args.file, owner, state, sheets });
  out.line(existing ? `Đã thêm Cấu hình và Mẫu đăng ký vào ${args.file}; các trang tính đang có được giữ nguyên.` : `Đã tạo ${args.file} (chủ sở hữu ${owner}).`);
  if (state.campaign) out.line(`Chiến dịch ${state.campaign.id} (${state.campaign.year}): ${state.campaign.units} đơn vị.`);
  out.line('Các trang tính:');
  for (const s of sheets) out.line(`  - ${s.name}`);
  if (state.message) out.line(state.message);
  return 0;
}

/** A Cấu hình by the add-on's tracking or by its name: init must not write a second campaign beside it. */
function hasConfig(data: SpreadsheetData): boolean {
  return data.developerMetadata.some((m) => m.key === 'dvk.config') || data.sheets.some((s) => sameName(s.name, CONFIG_SHEET_NAME));
}
