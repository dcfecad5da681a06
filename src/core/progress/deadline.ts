/** Whether a unit is done for one deadline, from the two rules above: what every view asks. */
import { isReportStatusDone } from './report';
import type { RoundReportStatus } from '../results/report-status';

export interface DeadlineRef {
  kind: 'registration' | 'report';
  /** Index of the round in campaign.rounds. */
  roundIndex: number;
}

export interface UnitDoneFacts {
  registrationDone: boolean;
  /** Report status per round, in campaign.rounds order. */
  reports: readonly RoundReportStatus[];
}

export function isDoneForDeadline(d: DeadlineRef, u: UnitDoneFacts): boolean {
  if (d.kind === 'registration') return u.registrationDone;
  const s = u.reports[d.roundIndex];
  return s !== undefined && isReportStatusDone(s);
}
