/**
 * The day's decision, pure: which unit reminders are due, which were already sent (the log), who
 * gets them, which addresses are unusable, and what fits in today's mail quota — most urgent first.
 * The Apps Script job and the preview both call this; only the job sends.
 */
import type { Campaign, LocalDate } from '../campaign/schema';
import { daysBetween, formatVnDate } from '../dates';
import { composeUnitMail, deadlineText, tabUrl, type Mail } from './compose';
import { dayOf, type LogRecord } from './log';
import { dueSteps, stepLabel, type DeadlineKind, type DueStep } from './schedule';
import { needsFor, type UnitStanding } from './standing';

export interface PlannedReminder {
  /** unit | deadline kind | round | step: one e-mail ever per key. */
  key: string;
  unit: string;
  due: DueStep;
  to: string[];
  /** Addresses MailApp would refuse, left out and reported. */
  invalid: string[];
  mail: Mail;
}

export interface LateUnit {
  unit: string;
  kind: DeadlineKind;
  what: string;
  daysLate: number;
}

export interface ReminderPlan {
  today: LocalDate;
  /** To send now, most urgent first. */
  send: PlannedReminder[];
  /** Due, but the quota is short: logged as postponed, retried on the next run. */
  postponed: PlannedReminder[];
  /** Due, but the unit has no usable address. */
  noAddress: PlannedReminder[];
  /** Keys due today that the log shows as already sent (or being sent). */
  alreadySent: string[];
  /** Units done for a deadline that is due today: they get nothing. */
  skippedDone: { unit: string; what: string }[];
  /** Units not done for a deadline already passed. */
  late: LateUnit[];
  /** Whether the coordinators' digest is still to be sent today (and fits the quota). */
  digestDue: boolean;
  digestRecipients: string[];
  quota: number;
}

export interface PlanInput {
  campaign: Campaign;
  today: LocalDate;
  standings: readonly UnitStanding[];
  log: readonly LogRecord[];
  /** MailApp.getRemainingDailyQuota(): recipients left today. */
  quota: number;
  spreadsheetUrl: string;
  /** Who receives the digest (coordinators, else the owner). */
  coordinators: readonly string[];
}

/** What MailApp accepts; anything else is reported rather than crashing the run. */
const ADDRESS = /^[^\s@<>,;"()[\]]+@[^\s@<>,;"()[\]]+\.[A-Za-z]{2,}$/;
export const isSendableAddress = (s: string): boolean => ADDRESS.test(s.trim());

export const digestKey = (today: LocalDate): string => `digest|${today}`;

export function reminderKey(unit: string, due: DueStep): string {
  return `${unit}|${due.deadline.kind}|${due.deadline.round.id}|${stepLabel(due.step)}`;
}

/** Overdue first, then fewest days left; registration before report; then by unit name. */
export function byUrgency(a: PlannedReminder, b: PlannedReminder): number {
  return a.due.daysLeft - b.due.daysLeft
    || (a.due.deadline.kind === b.due.deadline.kind ? 0 : a.due.deadline.kind === 'registration' ? -1 : 1)
    || a.unit.localeCompare(b.unit, 'vi');
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { campaign, today, log } = input;
  // A unit without a usable address is reported once per step (the next step tries again, after
  // the coordinator fixed Cấu hình). A refused send may be transient: retried on a later day of the
  // step, not on every rerun of the same day. Postponed ones are retried whenever quota allows.
  const final = new Set(log.filter((r) => r.result === 'sent' || r.result === 'sending' || r.result === 'no-address').map((r) => r.key));
  const triedToday = new Set(log.filter((r) => r.result === 'failed' && dayOf(r, campaign.timeZone) === today).map((r) => r.key));
  const due = dueSteps(campaign, today);
  const candidates: PlannedReminder[] = [];
  const plan: ReminderPlan = {
    today, send: [], postponed: [], noAddress: [], alreadySent: [], skippedDone: [], late: lateUnits(input),
    digestDue: false, digestRecipients: [...new Set(input.coordinators.map((c) => c.trim().toLowerCase()).filter(isSendableAddress))], quota: input.quota,
  };
  for (const d of due) {
    for (const s of input.standings) {
      const needs = needsFor(s, d.deadline);
      if (needs.done) {
        plan.skippedDone.push({ unit: s.unit.name, what: deadlineText(d) });
        continue;
      }
      const key = reminderKey(s.unit.name, d);
      if (final.has(key)) { plan.alreadySent.push(key); continue; }
      if (triedToday.has(key)) continue;
      const emails = [...new Set(s.unit.emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
      const to = emails.filter(isSendableAddress);
      const link = tabUrl(input.spreadsheetUrl, s.sheetId);
      const mail = composeUnitMail({ campaign, unitName: s.unit.name, due: d, missing: needs.missing, link });
      const r: PlannedReminder = { key, unit: s.unit.name, due: d, to, invalid: emails.filter((e) => !isSendableAddress(e)), mail };
      (to.length ? candidates : plan.noAddress).push(r);
    }
  }
  candidates.sort(byUrgency);
  const somethingToReport = candidates.length + plan.noAddress.length > 0;
  const digestWanted = somethingToReport && plan.digestRecipients.length > 0 && !final.has(digestKey(today));
  let budget = input.quota - (digestWanted ? plan.digestRecipients.length : 0);
  plan.digestDue = digestWanted && input.quota >= plan.digestRecipients.length;
  for (const r of candidates) {
    if (r.to.length <= budget) { plan.send.push(r); budget -= r.to.length; } else plan.postponed.push(r);
  }
  return plan;
}

/** Units not done for every deadline already passed, for the digest's "who is late". */
function lateUnits({ campaign, today, standings }: PlanInput): LateUnit[] {
  const out: LateUnit[] = [];
  for (const round of campaign.rounds) {
    for (const [kind, date] of [['registration', round.registrationDeadline], ['report', round.reportDeadline]] as const) {
      if (date >= today) continue;
      for (const s of standings) {
        if (needsFor(s, { kind, round, date }).done) continue;
        const daysLate = daysBetween(date, today);
        out.push({ unit: s.unit.name, kind, what: `${kind === 'registration' ? 'hạn đăng ký' : 'hạn báo cáo kết quả'} ${round.name} (${formatVnDate(date)})`, daysLate });
      }
    }
  }
  return out;
}

