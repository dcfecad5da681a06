/**
 * Entry points: what the sidebar's "Nhắc hạn" section calls (the hourly trigger runs the job
 * through ../schedule/run).
 * Every sidebar function checks that the caller is a coordinator.
 */
import { toLocalDate, formatVnDate } from '../../core/dates';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { loadCampaignSource } from '../setup/config-source';
import { withDocumentLock } from '../setup/lock';
import { runReminderJob, type JobReport } from './job';
import { findLogSheet, readLog } from './log-sheet';
import { loadStatus, saveStatus, type LastRun } from './status-store';
import { myScheduleFor, setScheduled } from '../schedule/enable';
import { RESULT_LABEL } from '../../core/reminders';
import { loadSummaryAuto } from '../summary/trigger';

export interface ReminderStatus {
  enabled: boolean;
  by?: string;
  hour: number;
  /** Whether the caller's own scheduled trigger runs the reminders of this spreadsheet. */
  mine: boolean;
  /** The caller's scheduled trigger's last run for this spreadsheet, when it failed. */
  scheduleError?: string;
  lastRun?: LastRun;
  /** The latest log rows, newest first. */
  recent: { time: string; unit: string; what: string; step: string; recipients: string; result: string }[];
  /** Rows still "Đang gửi" from a run that did not finish: not resent, to check by hand. */
  uncertain: number;
  message: string;
  /** Whether the hourly Tổng hợp rebuild is on: the sidebar shows its switch beside this one (Tự động). */
  summaryAuto: boolean;
}

const RECENT = 15;

function requireCoordinator(action: string): { ss: GoogleAppsScript.Spreadsheet.Spreadsheet; user: string } {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const src = loadCampaignSource(ss);
  const user = callerEmail();
  assertCoordinator(user, ownerEmail(ss), coordinatorsOf(src.config, src.grid), action);
  return { ss, user };
}

export function getReminderStatus(): ReminderStatus {
  const { ss } = requireCoordinator('xem trạng thái nhắc hạn');
  return statusOf(ss);
}

function statusOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): ReminderStatus {
  const s = loadStatus(ss);
  const mine = myScheduleFor(ss);
  const tz = ss.getSpreadsheetTimeZone();
  const log = readLog(findLogSheet(ss), tz);
  const recent = log.slice(-RECENT).reverse().map((r) => ({
    time: `${formatVnDate(toLocalDate(r.time, tz))} ${Utilities.formatDate(r.time, tz, 'HH:mm')}`,
    unit: r.unit, what: r.kind + (r.round ? ` ${r.round}` : ''), step: r.step, recipients: r.recipients, result: RESULT_LABEL[r.result],
  }));
  const uncertain = log.filter((r) => r.result === 'sending').length;
  const hour = s.hour ?? loadCampaignSource(ss).read?.campaign?.reminders.hour ?? 7;
  const failed = mine?.last && !mine.last.ok ? mine.last.message : undefined;
  const message = s.enabled
    ? `Nhắc hạn đang bật (gửi từ tài khoản ${s.by ?? 'không rõ'}, mỗi ngày khoảng ${hour}:00–${hour + 1}:00).`
      + (failed ? ` Lần chạy tự động gần nhất của bạn gặp lỗi: ${failed}` : '')
    : 'Nhắc hạn đang tắt.';
  return {
    enabled: s.enabled, ...(s.by ? { by: s.by } : {}), hour, mine: mine?.reminders === true,
    ...(failed ? { scheduleError: failed } : {}),
    ...(s.lastRun ? { lastRun: s.lastRun } : {}), recent, uncertain, message, summaryAuto: loadSummaryAuto(ss).enabled,
  };
}

/**
 * Turns the daily reminders on or off. On: this spreadsheet joins the caller's one hourly trigger
 * (pressing twice adds nothing); a second coordinator gets their own, and the reminder log's
 * exactly-once keys keep the two from both sending. Off: for everyone; other coordinators'
 * triggers, which the caller cannot delete, drop the job on their next run.
 */
export function setRemindersEnabled(on: boolean): ReminderStatus {
  const { ss, user } = requireCoordinator(on ? 'bật nhắc hạn' : 'tắt nhắc hạn');
  return withDocumentLock(() => {
    const s = loadStatus(ss);
    const campaign = loadCampaignSource(ss).read?.campaign;
    if (on) {
      if (!campaign) throw new Error('Cấu hình chiến dịch đang có lỗi: hãy sửa Cấu hình trước khi bật nhắc hạn.');
      setScheduled(ss, 'reminders', true);
      if (!s.enabled) saveStatus(ss, { ...s, enabled: true, by: user, hour: campaign.reminders.hour, since: new Date().toISOString() });
    } else {
      setScheduled(ss, 'reminders', false);
      saveStatus(ss, { ...s, enabled: false });
    }
    return statusOf(ss);
  });
}

/** "Xem trước": what today's run would send, without sending or writing anything. */
export function previewReminders(): JobReport {
  const { ss } = requireCoordinator('xem trước thư nhắc hạn');
  return runReminderJob(ss, { dryRun: true });
}

/**
 * Runs today's reminders now, as the daily trigger would (same lock, log and dedupe), whether or
 * not the trigger is on: for `dvk remind` and a coordinator who wants to send before 07:00.
 */
export function runRemindersNow(): JobReport {
  const { ss } = requireCoordinator('gửi thư nhắc hạn');
  return runReminderJob(ss);
}
