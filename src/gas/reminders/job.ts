/**
 * The day's reminder job: under the document lock, read the log, decide, write every decision to
 * the log as "Đang gửi" in one block, send, then rewrite the block's results in one setValues.
 *
 * Why "Đang gửi" before sending: two overlapping runs are serialised by the lock, and the second
 * sees the first's rows. A crash between a send and its result (the 6-minute limit) leaves
 * "Đang gửi": such a key is never resent blindly — a missed reminder is visible in the log and
 * the sidebar, a duplicate one would be in a unit's inbox.
 *
 * One execution sends at most MAX_SENDS_PER_RUN reminders, and stops earlier when its wall-clock
 * budget runs out (../../core/reminders/budget): the rest are logged "Chờ lần chạy sau" and the
 * next hourly run of the day sends them. The coordinators' digest goes out with the run that
 * leaves nothing for later, and lists the whole day (earlier runs read back from the log).
 *
 * No SpreadsheetApp.getUi() anywhere on this path: it runs from a time-driven trigger.
 */
import type { Campaign } from '../../core/campaign';
import { toLocalDate, formatVnDate } from '../../core/dates';
import {
  canSendMore, composeDigest, deadlineText, digestKey, earlierToday, planReminders, senderName, stepLabel, tabUrl, unloggedToday, whenText,
  KIND_LABEL, MAX_SENDS_PER_RUN, type LogRecord, type LogResult, type PlannedReminder, type ReminderPlan,
} from '../../core/reminders';
import { ownerEmail } from '../auth';
import { loadCampaignSource } from '../setup/config-source';
import { appendLog, ensureLogSheet, findLogSheet, readLog, updateResults } from './log-sheet';
import { readStandings } from './standings';
import { openMembers } from '../setup/member-file';
import { readMembers } from '../setup/member-registry';
import { loadStatus, saveStatus } from './status-store';
import { withDocumentClaim } from '../schedule/lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const JOB_LOCK_MS = 60_000;

export interface ReminderItem {
  key: string;
  unit: string;
  what: string;
  when: string;
  to: string[];
  subject: string;
  text: string;
  detail?: string;
}

export interface JobReport {
  /** 'partial': this run's budget is spent and reminders are left for the day's next run. */
  status: 'done' | 'partial' | 'preview' | 'busy' | 'no-campaign';
  today: string;
  sent: ReminderItem[];
  postponed: ReminderItem[];
  /** Left for the next hourly run of the same day (this run's time budget), not for lack of quota. */
  dueLater: ReminderItem[];
  failed: ReminderItem[];
  noAddress: ReminderItem[];
  alreadySent: number;
  skippedDone: number;
  late: { unit: string; what: string; daysLate: number }[];
  digest: 'sent' | 'failed' | 'none' | 'due';
  quota: number;
  message: string;
}

const item = (r: PlannedReminder, detail?: string): ReminderItem => ({
  key: r.key, unit: r.unit, what: deadlineText(r.due), when: whenText(r.due.daysLeft), to: r.to,
  subject: r.mail.subject, text: r.mail.text, ...(detail ? { detail } : {}),
});

function emptyReport(status: JobReport['status'], today: string, message: string): JobReport {
  return { status, today, sent: [], postponed: [], dueLater: [], failed: [], noAddress: [], alreadySent: 0, skippedDone: 0, late: [], digest: 'none', quota: 0, message };
}

function coordinatorsFor(ss: Spreadsheet, campaign: Campaign): string[] {
  return campaign.coordinators.length ? campaign.coordinators : [ownerEmail(ss)].filter(Boolean);
}

/** Runs (or, with dryRun, only plans) today's reminders for `ss`. */
export function runReminderJob(ss: Spreadsheet, opts: { dryRun?: boolean } = {}): JobReport {
  const startMs = Date.now();
  const src = loadCampaignSource(ss);
  const campaign = src.read?.campaign;
  const today = toLocalDate(new Date(), campaign?.timeZone ?? ss.getSpreadsheetTimeZone());
  if (!campaign) {
    return emptyReport('no-campaign', today, src.read?.problems.length
      ? `Cấu hình có lỗi, chưa nhắc hạn:\n- ${src.read.problems.join('\n- ')}` : 'Chưa có cấu hình chiến dịch hợp lệ nên chưa thể nhắc hạn.');
  }
  if (opts.dryRun) return preview(ss, campaign, today);
  // This file's claim: a scheduled run has no document lock, and it must exclude a sidebar run.
  const run = withDocumentClaim(ss, JOB_LOCK_MS, () => send(ss, campaign, today, startMs));
  return run.ok ? run.value : emptyReport('busy', today, 'Một lần chạy nhắc hạn khác đang diễn ra; lần này bỏ qua để không gửi trùng.');
}

function planFor(ss: Spreadsheet, campaign: Campaign, today: string, log: LogRecord[], maxSends?: number): ReminderPlan {
  return planReminders({
    campaign, today, log, standings: readStandings(ss, campaign, today), maxSends,
    quota: MailApp.getRemainingDailyQuota(), spreadsheetUrl: ss.getUrl(), coordinators: coordinatorsFor(ss, campaign),
  });
}

/** The whole day's plan, however many hourly runs it takes to send. */
function preview(ss: Spreadsheet, campaign: Campaign, today: string): JobReport {
  const plan = planFor(ss, campaign, today, readLog(findLogSheet(ss), campaign.timeZone));
  const runs = Math.ceil(plan.send.length / MAX_SENDS_PER_RUN);
  const report = reportOf(plan, 'preview', plan.send.map((r) => item(r)), []);
  report.digest = plan.digestDue ? 'due' : 'none';
  report.message = `Xem trước ngày ${formatVnDate(today)}: sẽ gửi ${plan.send.length} thư${runs > 1 ? ` trong ${runs} lần chạy` : ''}${plan.postponed.length ? `, hoãn ${plan.postponed.length} thư vì hạn mức` : ''}${plan.noAddress.length ? `, ${plan.noAddress.length} đơn vị không có e-mail` : ''}. Chưa thư nào được gửi.`;
  return report;
}

function reportOf(plan: ReminderPlan, status: JobReport['status'], sent: ReminderItem[], failed: ReminderItem[]): JobReport {
  return {
    status, today: plan.today, sent, failed,
    postponed: plan.postponed.map((r) => item(r)),
    dueLater: plan.dueLater.map((r) => item(r)),
    noAddress: plan.noAddress.map((r) => item(r, r.invalid.length ? `Địa chỉ không hợp lệ: ${r.invalid.join(', ')}` : 'Chưa có e-mail liên hệ trong Cấu hình')),
    alreadySent: plan.alreadySent.length, skippedDone: plan.skippedDone.length,
    late: plan.late.map((l) => ({ unit: l.unit, what: l.what, daysLate: l.daysLate })),
    digest: 'none', quota: plan.quota, message: '',
  };
}

function record(r: PlannedReminder, result: LogResult, detail: string): LogRecord {
  return {
    time: new Date(), key: r.key, unit: r.unit, kind: KIND_LABEL[r.due.deadline.kind], round: r.due.deadline.round.name,
    deadline: formatVnDate(r.due.deadline.date), step: stepLabel(r.due.step), recipients: r.to.join(', '), result, detail,
  };
}

const LATER_NOTE = 'Lần chạy này đã hết thời gian; lần chạy kế tiếp trong ngày sẽ gửi.';
const laterText = (n: number) => (n ? `, còn ${n} thư sẽ gửi ở lần chạy kế tiếp trong ngày` : '');

function send(ss: Spreadsheet, campaign: Campaign, today: string, startMs: number): JobReport {
  const who = { me: Session.getEffectiveUser().getEmail().toLowerCase(), owner: ownerEmail(ss) };
  const { sheet, note: logNote } = ensureLogSheet(ss, campaign.coordinators, who);
  const log = readLog(sheet, campaign.timeZone);
  const plan = planFor(ss, campaign, today, log, MAX_SENDS_PER_RUN);
  const tz = campaign.timeZone;
  const invalidNote = (r: PlannedReminder) => (r.invalid.length ? `Bỏ qua địa chỉ không hợp lệ: ${r.invalid.join(', ')}` : '');
  const digestRow: LogRecord = {
    time: new Date(), key: digestKey(today), unit: '(người tổng hợp)', kind: 'tổng hợp ngày', round: '', deadline: formatVnDate(today),
    step: '', recipients: plan.digestRecipients.join(', '), result: 'sending', detail: '',
  };
  const rows = [
    ...plan.send.map((r) => record(r, 'sending', '')),
    ...(plan.digestDue ? [digestRow] : []),
    ...unloggedToday(plan.dueLater, log, 'due-later', today, tz).map((r) => record(r, 'due-later', LATER_NOTE)),
    ...unloggedToday(plan.postponed, log, 'postponed', today, tz).map((r) => record(r, 'postponed', `Hạn mức còn ${plan.quota} người nhận; thư sẽ gửi ở lần chạy sau.`)),
    ...plan.noAddress.map((r) => record(r, 'no-address', r.invalid.length ? `Địa chỉ không hợp lệ: ${r.invalid.join(', ')}` : 'Chưa có e-mail liên hệ trong Cấu hình')),
  ];
  const first = appendLog(sheet, rows);
  SpreadsheetApp.flush();
  const results: { result: LogResult; detail: string }[] = [];
  const sent: ReminderItem[] = [];
  const failed: ReminderItem[] = [];
  const later: ReminderItem[] = [];
  for (const r of plan.send) {
    // Slower servers than modelled: what is left keeps its row, now "Chờ lần chạy sau".
    if (!canSendMore(startMs, Date.now())) {
      results.push({ result: 'due-later', detail: LATER_NOTE });
      later.push(item(r));
      continue;
    }
    const error = trySend(r.to, r.mail, senderName(campaign));
    results.push(error ? { result: 'failed', detail: error } : { result: 'sent', detail: invalidNote(r) });
    (error ? failed : sent).push(item(r, error || invalidNote(r) || undefined));
  }
  const report = reportOf(plan, 'done', sent, failed);
  report.dueLater = [...later, ...report.dueLater];
  if (plan.digestDue && later.length) {
    results.push({ result: 'due-later', detail: LATER_NOTE });
  } else if (plan.digestDue) {
    const error = trySend(plan.digestRecipients, dayDigest(ss, campaign, today, plan, report, log), senderName(campaign));
    results.push(error ? { result: 'failed', detail: error } : { result: 'sent', detail: '' });
    report.digest = error ? 'failed' : 'sent';
  }
  updateResults(sheet, first, results);
  if (report.dueLater.length) report.status = 'partial';
  report.message = `Ngày ${formatVnDate(today)}: đã gửi ${sent.length} thư nhắc${laterText(report.dueLater.length)}${failed.length ? `, ${failed.length} thư lỗi` : ''}${plan.postponed.length ? `, hoãn ${plan.postponed.length} thư vì hết hạn mức` : ''}${plan.noAddress.length ? `, ${plan.noAddress.length} đơn vị không có e-mail hợp lệ` : ''}.${logNote ? ` ${logNote}` : ''}`;
  saveStatus(ss, { ...loadStatus(ss), lastRun: {
    at: new Date().toISOString(), today, sent: sent.length, postponed: plan.postponed.length, failed: failed.length,
    noAddress: plan.noAddress.length, dueLater: report.dueLater.length, digest: report.digest === 'due' ? 'none' : report.digest, message: report.message,
  } });
  return report;
}

/** The day's digest: this run's mails and those of the day's earlier runs (read back from the log). */
function dayDigest(ss: Spreadsheet, campaign: Campaign, today: string, plan: ReminderPlan, report: JobReport, log: readonly LogRecord[]) {
  const earlier = earlierToday(log, today, campaign.timeZone);
  return composeDigest({
    campaign, todayVn: formatVnDate(today), quota: plan.quota, link: tabUrl(ss.getUrl(), undefined),
    reminded: [...earlier.reminded, ...report.sent.map((s) => ({ unit: s.unit, what: `${s.what}, ${s.when}`, detail: s.to.join(', ') }))],
    late: plan.late.map((l) => ({ unit: l.unit, what: `trễ ${l.what} ${l.daysLate} ngày` })),
    failed: [...earlier.failed, ...[...report.failed, ...report.noAddress].map((f) => ({ unit: f.unit, what: f.what, detail: f.detail }))],
    postponed: report.postponed.map((p) => ({ unit: p.unit, what: `${p.what}, ${p.when}` })),
    lostFiles: openMembers(readMembers(ss).members).filter((m) => !m.ss).map((m) => ({ unit: m.record.name, what: m.problem! })),
  });
}

/** Sends one e-mail; a refused address or exhausted quota becomes a logged error, not a crash. */
function trySend(to: readonly string[], mail: { subject: string; html: string; text: string }, name: string): string {
  try {
    MailApp.sendEmail({ to: to.join(','), subject: mail.subject, body: mail.text, htmlBody: mail.html, name });
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
