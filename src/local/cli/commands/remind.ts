/**
 * dvk remind FILE --today YYYY-MM-DD [--dry-run] [--outbox DIR] [--json]: the day's reminder job
 * on a workbook, through the bundle's own runRemindersNow / previewReminders. Each e-mail sent is
 * written to DIR as an .eml file; the log sheet is saved back unless --dry-run, so running again
 * the same day sends nothing new.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { allowOnly, emailOption, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, oneLine, saveWorkbook, startSession } from '../workbook';
import { openMembersBeside, saveMembersBeside } from '../campaign-set';
import { toEml } from './remind-eml';

interface Item { unit: string; what: string; when: string; to: string[]; subject: string; detail?: string }
interface Report {
  status: string; today: string; sent: Item[]; postponed: Item[]; failed: Item[]; noAddress: Item[];
  alreadySent: number; skippedDone: number; digest: string; message: string;
}

/** Reminders run at 07:00 (the trigger's hour), not the 08:00 other commands use. */
const atSeven = (d: Date) => new Date(d.getTime() - 3600_000);

export async function remindCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['today', 'dry-run', 'outbox', 'json', 'as', 'out']);
  const dryRun = Boolean(args.options['dry-run']);
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now: atSeven(todayOption(args)), user: emailOption(args, 'as') });
  await openMembersBeside(session, args.file);
  const report = dryRun ? callServer<Report>(session, 'previewReminders') : wholeDay(() => callServer<Report>(session, 'runRemindersNow'));
  // Nothing could be planned: an error of the file (exit 2), with the cells Cấu hình names.
  if (report.status === 'no-campaign') throw new UsageError(oneLine(report.message));
  // The .eml files are the mail sent: they appear only once the log that records them is saved,
  // so a failed save (full disk, bad --out) leaves no mail behind and the re-run sends it then.
  const outbox = stringOption(args, 'outbox');
  const staged = dryRun ? undefined : stageOutbox(session.emu.outbox, outbox);
  try {
    if (!dryRun) {
      await saveWorkbook(data, stringOption(args, 'out') ?? args.file);
      await saveMembersBeside(session, stringOption(args, 'out') ?? args.file);
    }
  } catch (e) {
    staged?.discard();
    throw e;
  }
  const files = staged?.commit() ?? [];
  out.document({ ...report, files });
  for (const s of report.sent) out.line(`${dryRun ? 'sẽ gửi' : 'đã gửi'} · ${s.unit} · ${s.what}, ${s.when} · ${s.to.join(', ')}`);
  for (const s of report.postponed) out.line(`hoãn · ${s.unit} · ${s.what}`);
  for (const s of [...report.failed, ...report.noAddress]) out.line(`không gửi được · ${s.unit} · ${s.what} · ${s.detail ?? ''}`);
  if (report.digest === 'sent' || report.digest === 'due') out.line(`${dryRun ? 'sẽ gửi' : 'đã gửi'} · thư tổng hợp cho người tổng hợp`);
  out.line(report.message + (report.alreadySent ? ` ${report.alreadySent} thư đã gửi trước đó, không gửi lại.` : ''));
  if (files.length) out.line(`Đã ghi ${files.length} tệp .eml vào ${outbox}.`);
  return report.failed.length ? 1 : 0;
}

/**
 * One runRemindersNow is one Apps Script execution, which sends within its time budget and
 * leaves the rest ('partial') to the day's next hourly run: here those runs follow at once.
 */
function wholeDay(run: () => Report): Report {
  const first = run();
  let last = first;
  const sent = [...first.sent];
  const failed = [...first.failed];
  for (let i = 1; last.status === 'partial' && i < 100; i++) {
    last = run();
    sent.push(...last.sent);
    failed.push(...last.failed);
  }
  if (last === first) return first;
  return { ...last, sent, failed, alreadySent: first.alreadySent, message: last.message.replace(/đã gửi \d+ thư nhắc/, `đã gửi ${sent.length} thư nhắc`) };
}

/** The mail written to a hidden folder inside DIR; commit moves it in (renames: no new space needed), discard drops it. */
function stageOutbox(outbox: Parameters<typeof toEml>[0][], dir: string | undefined): { commit(): string[]; discard(): void } | undefined {
  if (!dir || !outbox.length) return undefined;
  mkdirSync(dir, { recursive: true });
  const temp = mkdtempSync(path.join(dir, '.dvk-outbox-'));
  const names = outbox.map((m, i) => {
    const stamp = m.sentAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const to = m.to.split(',')[0].trim().replace(/[^\w.@-]/g, '_');
    const name = `${stamp}-${String(i + 1).padStart(3, '0')}-${to}.eml`;
    try {
      writeFileSync(path.join(temp, name), toEml(m, i + 1));
    } catch (e) {
      rmSync(temp, { recursive: true, force: true });
      throw new UsageError(`không ghi được thư vào ${dir} (${(e as Error).message}); chưa lưu nhật ký, lần chạy sau sẽ gửi lại`);
    }
    return name;
  });
  return {
    commit: () => {
      const files = names.map((n) => { renameSync(path.join(temp, n), path.join(dir, n)); return path.join(dir, n); });
      rmSync(temp, { recursive: true, force: true });
      return files;
    },
    discard: () => rmSync(temp, { recursive: true, force: true }),
  };
}
