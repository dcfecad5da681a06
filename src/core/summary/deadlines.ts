/**
 * Deadline alerts: for each registration and report deadline of each round, the units not done
 * and the days left, with a state the sheet colours (red overdue, amber ≤ 3 days, green done).
 */
import { compareNames } from '../names';
import type { Campaign } from '../campaign/schema';
import { daysBetween, formatVnDate } from '../dates';
import { isDoneForDeadline } from '../progress';
import type { UnitRoundStatus } from '../results/report-status';
import type { UnitStatus } from './types';

/** What the alerts and totals need of a unit: all of it is on the unit's Tổng hợp row. */
export interface UnitFacts {
  unit: string;
  typeId: string;
  contact: string;
  status: UnitStatus;
  total: number;
  byRound: number[];
  /** Results report per round, in campaign.rounds order (no missingRows: not on the row). */
  reports: Omit<UnitRoundStatus, 'missingRows'>[];
}

export type AlertState = 'Xong' | 'Quá hạn' | 'Sắp đến hạn' | 'Còn hạn';
export const SOON_DAYS = 3;

export interface Deadline {
  kind: 'registration' | 'report';
  roundIndex: number;
  date: string;
  label: string;
}

export interface DeadlineAlert extends Deadline {
  daysLeft: number;
  state: AlertState;
  notDone: string[];
}

export function deadlinesOf(c: Campaign): Deadline[] {
  const all = c.rounds.flatMap((r, roundIndex): Deadline[] => [
    { kind: 'registration', roundIndex, date: r.registrationDeadline, label: `Hạn đăng ký ${r.name}` },
    { kind: 'report', roundIndex, date: r.reportDeadline, label: `Hạn báo cáo kết quả ${r.name}` },
  ]);
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'registration' ? -1 : 1));
}

/** core/progress's rule: 'Đủ chỉ tiêu' is registration done; a report deadline needs the round reported. */
export function isDoneFor(d: Deadline, u: UnitFacts): boolean {
  return isDoneForDeadline(d, { registrationDone: u.status === 'Đủ chỉ tiêu', reports: u.reports.map((r) => r.status) });
}

export function deadlineAlerts(c: Campaign, units: readonly UnitFacts[], today: string): DeadlineAlert[] {
  return deadlinesOf(c).map((d) => {
    const notDone = units.filter((u) => !isDoneFor(d, u)).map((u) => u.unit);
    const daysLeft = daysBetween(today, d.date);
    const state: AlertState = notDone.length === 0 ? 'Xong' : daysLeft < 0 ? 'Quá hạn' : daysLeft <= SOON_DAYS ? 'Sắp đến hạn' : 'Còn hạn';
    return { ...d, daysLeft, state, notDone };
  });
}

export function nextDeadline(c: Campaign, today: string): (Deadline & { daysLeft: number }) | null {
  const d = deadlinesOf(c).find((x) => x.date >= today);
  return d ? { ...d, daysLeft: daysBetween(today, d.date) } : null;
}

export function nextDeadlineText(c: Campaign, today: string): string {
  const d = nextDeadline(c, today);
  if (!d) return 'Hạn kế tiếp: không còn hạn nào trong năm.';
  const left = d.daysLeft === 0 ? 'hôm nay là hạn chót' : `còn ${d.daysLeft} ngày`;
  return `Hạn kế tiếp: ${d.label} ${formatVnDate(d.date)} (${left})`;
}

export function currentRoundText(c: Campaign, today: string): string {
  const r = c.rounds.find((x) => x.start <= today && today <= x.end);
  return r
    ? `Hôm nay (${formatVnDate(today)}) thuộc ${r.name}: ${formatVnDate(r.start)} – ${formatVnDate(r.end)}`
    : `Hôm nay (${formatVnDate(today)}) không thuộc đợt nào`;
}

/** Units in any overdue alert: the coordinator's "late" list, most deadlines missed first. */
export function lateUnits(alerts: readonly DeadlineAlert[]): string[] {
  const missed = new Map<string, number>();
  for (const a of alerts) if (a.state === 'Quá hạn') for (const u of a.notDone) missed.set(u, (missed.get(u) ?? 0) + 1);
  return [...missed.entries()].sort((a, b) => b[1] - a[1] || compareNames(a[0], b[0])).map(([u]) => u);
}
