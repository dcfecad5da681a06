/**
 * When a unit's results report for a round is done — results' roundStatuses decides: every model
 * due in the round has a status and a result. Reported late is done (late, but done); a unit with
 * no model due in the round is not done: it has nothing to report on, so it is chased to register.
 */
import type { Campaign, LocalDate } from '../campaign/schema';
import type { ModelResult } from '../results/read';
import { roundStatuses, type RoundReportStatus, type UnitRoundStatus, type UnitSeen } from '../results/report-status';

export const isReportStatusDone = (s: RoundReportStatus): boolean => s === 'reported' || s === 'late';

/** One status per campaign round, in campaign.rounds order. */
export function reportProgress(c: Campaign, models: readonly ModelResult[], seen: UnitSeen | undefined, today: LocalDate): UnitRoundStatus[] {
  return roundStatuses(c, models, seen, today);
}
