/**
 * Which reminder step of which deadline is due on a given day. Steps are days relative to the
 * deadline (−7, −3, −1, 0 before/on it, +1 after it: "quá hạn"). A step stays due until the next
 * step's day, so a day the trigger did not fire (Google may skip one) or a reminder postponed for
 * quota goes out the following day instead of being lost; the dedupe key keeps it to one e-mail.
 */
import type { Campaign, LocalDate, Round } from '../campaign/schema';
import { addDays, daysBetween } from '../dates';

export type DeadlineKind = 'registration' | 'report';

export interface Deadline {
  kind: DeadlineKind;
  round: Round;
  date: LocalDate;
}

export interface DueStep {
  deadline: Deadline;
  /** Days from the deadline to the step's own day: −7 … 0 … +1. */
  step: number;
  /** The day the step is scheduled for (today, or earlier when caught up). */
  stepDay: LocalDate;
  /** Days from today to the deadline; negative once passed. */
  daysLeft: number;
}

export function deadlinesOf(campaign: Campaign): Deadline[] {
  return campaign.rounds.flatMap((round) => [
    { kind: 'registration' as const, round, date: round.registrationDeadline },
    { kind: 'report' as const, round, date: round.reportDeadline },
  ]);
}

/** The configured steps in day order, without repeats. */
export function stepsOf(campaign: Campaign): number[] {
  const r = campaign.reminders;
  return [...new Set([...r.daysBefore.map((d) => -d), ...r.daysAfter])].sort((a, b) => a - b);
}

/** The step of each deadline due today (at most one per deadline). */
export function dueSteps(campaign: Campaign, today: LocalDate): DueStep[] {
  const steps = stepsOf(campaign);
  const due: DueStep[] = [];
  for (const deadline of deadlinesOf(campaign)) {
    const offset = -daysBetween(today, deadline.date);
    for (let i = steps.length - 1; i >= 0; i--) {
      const until = i + 1 < steps.length ? steps[i + 1] : steps[i] + 1;
      if (steps[i] <= offset && offset < until) {
        due.push({ deadline, step: steps[i], stepDay: addDays(deadline.date, steps[i]), daysLeft: -offset });
        break;
      }
    }
  }
  return due;
}

/** "T-7", "T0", "T+1": how a step is written in the log and in dedupe keys. */
export function stepLabel(step: number): string {
  return step === 0 ? 'T0' : step < 0 ? `T${step}` : `T+${step}`;
}

export const KIND_LABEL: Record<DeadlineKind, string> = {
  registration: 'hạn đăng ký',
  report: 'hạn báo cáo kết quả',
};
