/** dvk sample FILE: writes the Quận 3 2021 sample workbook (see src/local/sample). */
import { existsSync } from 'node:fs';
import { buildSampleWorkbook } from '../../sample/build-sample';
import { allowOnly, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';

export async function sampleCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['force', 'json', 'today']);
  if (existsSync(args.file) && !args.options.force) throw new UsageError(`${args.file} đã có; dùng --force để ghi đè`);
  const report = await buildSampleWorkbook(args.file, stringOption(args, 'today') ? { today: todayOption(args) } : {});
  out.document(report);
  out.line(`Đã tạo sổ tính mẫu ${report.file} (chủ sở hữu ${report.owner}, người tổng hợp ${report.coordinator}).`);
  for (const f of report.filled) out.line(`  - ${f.unit}: ${f.rows} dòng, do ${f.by} nhập`);
  const empty = Object.keys(report.contacts).length - report.filled.length;
  out.line(`${empty} đơn vị chưa nhập gì.`);
  return 0;
}
