/** dvk check FILE: the bundle's checkUnits(unit?) over every unit tab (or one), one line per problem. */
import { allowOnly, emailOption, stringOption, todayOption, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession } from '../workbook';
import { openMembersBeside, saveMembersBeside } from '../campaign-set';

import type { CheckedProblem as CheckProblem, UnitCheck } from '../../../gas/validation/check-tab';
import type { CheckUnitsResult as CheckResult } from '../../../gas/validation/check-units';

const SEVERITY = { error: 'lỗi', warning: 'cảnh báo' } as const;

export function problemLine(u: UnitCheck, p: CheckProblem): string {
  return [u.unit, u.sheetName || '—', p.a1 || '—', SEVERITY[p.severity] ?? p.severity, p.message].join(' · ');
}

export async function checkCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['unit', 'today', 'as', 'out', 'json']);
  const now = todayOption(args);
  const user = emailOption(args, 'as');
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now, user });
  await openMembersBeside(session, args.file);
  const unit = stringOption(args, 'unit');
  const result = unit === undefined ? callServer<CheckResult>(session, 'checkUnits') : callServer<CheckResult>(session, 'checkUnits', unit);
  // checkUnits marks the problem cells on the tabs, as "Kiểm tra" does in Sheets: keep them.
  const target = stringOption(args, 'out') ?? args.file;
  await saveWorkbook(data, target);
  await saveMembersBeside(session, target);
  out.document(result);
  for (const u of result.units) for (const p of u.problems) out.line(problemLine(u, p));
  const clean = result.units.filter((u) => u.problems.length === 0).length;
  const day = result.today ? ` (tính đến ngày ${result.today})` : '';
  out.line(`${result.units.length} đơn vị${day}: ${result.errors} lỗi, ${result.warnings} cảnh báo; ${clean} đơn vị không có vấn đề. Đã lưu ${target}.`);
  return result.errors > 0 ? 1 : 0;
}
