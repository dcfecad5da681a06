/**
 * Entry points: the trigger handler, and what the sidebar's "Nhắc hạn" section calls.
 * Every sidebar function checks that the caller is a coordinator.
 */
import { toLocalDate, formatVnDate } from '../../core/dates';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { loadCampaignSource } from '../setup/config-source';
import { withDocumentLock } from '../setup/lock';
import { runReminderJob, type JobReport } from './job';
import { findLogSheet, readLog } from './log-sheet';
import { loadStatus, saveStatus, type LastRun } from './status-store';
import { installTrigger, myTriggers, removeTriggers } from './trigger';
import { RESULT_LABEL } from '../../core/reminders';

export interface ReminderStatus {
  enabled: boolean;
  by?: string;
  hour: number;
  /** Whether the caller's own trigger exists (the one sending when `by` is the caller). */
  mine: boolean;
  lastRun?: LastRun;
  /** The latest log rows, newest first. */
  recent: { time: string; unit: string; what: string; step: string; recipients: string; result: string }[];
  /** Rows still "Đang gửi" from a run that did not finish: not resent, to check by hand. */
  uncertain: number;
  message: string;
}

const RECENT = 15;

/** The time-driven trigger's handler: no UI on this path. */
export function runDailyReminders(): JobReport | undefined {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const status = loadStatus();
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  if (!status.enabled || (status.by && status.by !== me)) {
    // Turned off (or taken over) by another coordinator, who cannot delete this user's trigger.
    removeTriggers(ss);
    return undefined;
  }
  return runReminderJob(ss);
}

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
  const s = loadStatus();
  const tz = ss.getSpreadsheetTimeZone();
  const log = readLog(findLogSheet(ss));
  const recent = log.slice(-RECENT).reverse().map((r) => ({
    time: `${formatVnDate(toLocalDate(r.time, tz))} ${Utilities.formatDate(r.time, tz, 'HH:mm')}`,
    unit: r.unit, what: r.kind + (r.round ? ` ${r.round}` : ''), step: r.step, recipients: r.recipients, result: RESULT_LABEL[r.result],
  }));
  const uncertain = log.filter((r) => r.result === 'sending').length;
  const hour = s.hour ?? loadCampaignSource(ss).read?.campaign?.reminders.hour ?? 7;
  const message = s.enabled
    ? `Nhắc hạn đang bật (gửi từ tài khoản ${s.by ?? 'không rõ'}, mỗi ngày khoảng ${hour}:00–${hour + 1}:00).`
    : 'Nhắc hạn đang tắt.';
  return {
    enabled: s.enabled, ...(s.by ? { by: s.by } : {}), hour, mine: myTriggers(ss).length > 0,
    ...(s.lastRun ? { lastRun: s.lastRun } : {}), recent, uncertain, message,
  };
}

/** Turns the daily reminders on (one trigger, whoever presses twice) or off. */
export function setRemindersEnabled(on: boolean): ReminderStatus {
  const { ss, user } = requireCoordinator(on ? 'bật nhắc hạn' : 'tắt nhắc hạn');
  return withDocumentLock(() => {
    const s = loadStatus();
    const campaign = loadCampaignSource(ss).read?.campaign;
    if (on) {
      if (!campaign) throw new Error('Cấu hình chiến dịch đang có lỗi: hãy sửa Cấu hình trước khi bật nhắc hạn.');
      if (s.enabled && s.by && s.by !== user) return statusOf(ss);
      installTrigger(ss, campaign.reminders.hour, campaign.timeZone);
      saveStatus({ ...s, enabled: true, by: user, hour: campaign.reminders.hour, since: new Date().toISOString() });
    } else {
      removeTriggers(ss);
      saveStatus({ ...s, enabled: false });
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
