/**
 * The day's decision, pure: which unit reminders are due, which were already sent (the log), who
 * gets them, which addresses are unusable, what fits in today's mail quota and in this execution's
 * send budget — most urgent first.
 * The Apps Script job and the preview both call this; only the job sends.
 */
import { compareNames } from '../names';
import type { Campaign, LocalDate } from '../campaign/schema';
import { daysBetween, makeLocalDate } from '../dates';
import { composeUnitMail, deadlineName, deadlineText, tabUrl, whenText, type DigestLine, type Mail } from './compose';
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
  /**
   * Due and within the quota, but beyond this execution's send budget (maxSends): logged
   * "Chờ lần chạy sau" and sent by the next hourly run of the same day.
   */
  dueLater: PlannedReminder[];
  /** Due, but the unit has no usable address. */
  noAddress: PlannedReminder[];
  /** Keys due today that the log shows as already sent (or being sent). */
  alreadySent: string[];
  /** Units done for a deadline that is due today: they get nothing. */
  skippedDone: { unit: string; what: string }[];
  /** Units not done for a deadline already passed. */
  late: LateUnit[];
  /**
   * Whether the coordinators' digest goes out in this run: once a day, when nothing is left for a
   * later run today (reminders held back by the quota will not go out today anyway, so they do
   * not hold the digest back: it lists them as postponed).
   */
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
  /** Unit reminders this execution may send (../budget MAX_SENDS_PER_RUN); unlimited when absent. */
  maxSends?: number;
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
    || compareNames(a.unit, b.unit);
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
    today, send: [], postponed: [], dueLater: [], noAddress: [], alreadySent: [], skippedDone: [], late: lateUnits(input),
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
      const link = tabUrl(s.fileUrl ?? input.spreadsheetUrl, s.sheetId);
      const mail = composeUnitMail({ campaign, unitName: s.unit.name, addressee: s.unit.formalName, due: d, missing: needs.missing, link });
      const r: PlannedReminder = { key, unit: s.unit.name, due: d, to, invalid: emails.filter((e) => !isSendableAddress(e)), mail };
      (to.length ? candidates : plan.noAddress).push(r);
    }
  }
  candidates.sort(byUrgency);
  // An earlier run today that left reminders for later owes the digest even if nothing is left now.
  const deferredToday = log.some((r) => r.result === 'due-later' && dayOf(r, campaign.timeZone) === today);
  const somethingToReport = candidates.length + plan.noAddress.length > 0 || deferredToday;
  const digestWanted = somethingToReport && plan.digestRecipients.length > 0 && !final.has(digestKey(today));
  let budget = input.quota - (digestWanted ? plan.digestRecipients.length : 0);
  const maxSends = input.maxSends ?? Infinity;
  for (const r of candidates) {
    if (r.to.length > budget) { plan.postponed.push(r); continue; }
    // Quota is counted for reminders left for later too: they go out today, from the same quota.
    (plan.send.length < maxSends ? plan.send : plan.dueLater).push(r);
    budget -= r.to.length;
  }
  plan.digestDue = digestWanted && input.quota >= plan.digestRecipients.length && !plan.dueLater.length;
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
        out.push({ unit: s.unit.name, kind, what: deadlineName({ kind, round, date }), daysLate });
      }
    }
  }
  return out;
}


/**
 * Of the reminders left for a later run (or postponed), those not yet logged so today with
 * `result`: one row per reminder and day, not one per hourly run, keeps the log short.
 */
export function unloggedToday(items: readonly PlannedReminder[], log: readonly LogRecord[], result: LogRecord['result'], today: LocalDate, timeZone: string): PlannedReminder[] {
  const logged = new Set(log.filter((r) => r.result === result && dayOf(r, timeZone) === today).map((r) => r.key));
  return items.filter((r) => !logged.has(r.key));
}

/** A log row as the digest shows a reminder: "hạn đăng ký Đợt 1 (18/05/2021), còn 7 ngày". */
function digestLine(r: LogRecord, today: LocalDate): DigestLine {
  const [d, m, y] = r.deadline.split('/').map(Number);
  const date = makeLocalDate(y, m, d);
  const when = date ? `, ${whenText(daysBetween(today, date))}` : '';
  return { unit: r.unit, what: `${r.kind} ${r.round} (${r.deadline})${when}`, detail: r.recipients };
}

/** What earlier runs of the same day sent, and could not send, for the digest of the day's last run. */
export function earlierToday(log: readonly LogRecord[], today: LocalDate, timeZone: string): { reminded: DigestLine[]; failed: DigestLine[] } {
  const mine = log.filter((r) => !r.key.startsWith('digest|') && dayOf(r, timeZone) === today);
  return {
    reminded: mine.filter((r) => r.result === 'sent').map((r) => digestLine(r, today)),
    failed: mine.filter((r) => r.result === 'failed' || r.result === 'no-address').map((r) => ({ ...digestLine(r, today), detail: r.detail })),
  };
}
