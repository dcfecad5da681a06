/** dvk setup FILE: "Tạo/cập nhật tab đơn vị", called again while the server says it is not finished. */
import { allowOnly, emailOption, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import { callsSummary, type Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession, type Session } from '../workbook';
import { openMembersBeside, saveMembersBeside } from '../campaign-set';

import type { SetupUnitTabsResult as SetupResult, UnitTabItem as Item, UnitTabStatus as Status } from '../../../gas/setup/setup-unit-tabs';

const GROUPS: [Status, string][] = [
  ['created', 'Đã tạo'], ['adopted', 'Đã nhận lại'], ['present', 'Đã có'], ['renamed', 'Đã đổi tên'], ['removed', 'Không còn trong Cấu hình'], ['problem', 'Vấn đề'],
];
/** More runs than any real workbook needs; a server that never finishes is a bug, not a loop. */
const MAX_RUNS = 50;

export function runSetupUntilFinished(session: Session): { runs: number; items: Item[] } {
  const items = new Map<string, Item>();
  for (let runs = 1; runs <= MAX_RUNS; runs++) {
    const r = callServer<SetupResult>(session, 'setupUnitTabs');
    // A later run reports a tab again (usually as present); keep what happened to it first.
    for (const it of r.items) {
      const key = `${it.unit}\u0000${it.sheetId ?? it.sheetName}`;
      if (!items.has(key) || it.status === 'problem') items.set(key, it);
    }
    if (r.finished) return { runs, items: [...items.values()] };
  }
  throw new UsageError(`setupUnitTabs chưa xong sau ${MAX_RUNS} lần chạy`);
}

export async function setupCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['as', 'out', 'json', 'today']);
  const now = todayOption(args);
  const user = emailOption(args, 'as');
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now, user });
  await openMembersBeside(session, args.file);
  const { runs, items } = runSetupUntilFinished(session);
  const target = stringOption(args, 'out') ?? args.file;
  await saveWorkbook(data, target);
  await saveMembersBeside(session, target);
  const calls = session.emu.calls.snapshot();
  const counts = Object.fromEntries(GROUPS.map(([s]) => [s, items.filter((i) => i.status === s).length]));
  out.document({ file: target, runs, counts, items, calls });
  for (const [status, heading] of GROUPS) {
    const group = items.filter((i) => i.status === status);
    if (!group.length) continue;
    out.line(`${heading} (${group.length}):`);
    for (const i of group) out.line(`  - ${i.unit} · ${i.sheetName}: ${i.message}`);
  }
  out.line(`${runs} lần chạy, ${callsSummary(calls)}. Đã lưu ${target}.`);
  return counts.problem > 0 ? 1 : 0;
}
