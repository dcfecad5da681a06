/**
 * Whether each unit reported each round, and whether it registered late. Sheets keeps no history
 * of when a cell was filled, so lateness is what the add-on itself saw: a refresh (report, summary)
 * after a deadline that found the unit incomplete is remembered (UnitSeen); completing later is
 * "late". A unit first seen complete is never called late: the record only proves what it saw.
 */
import type { Campaign, LocalDate, Round } from '../campaign';
import { isReported, type ModelResult } from './read';

export interface RoundSeen {
  /** ISO time of the first refresh after the report deadline that found models unreported. */
  missingAfterDeadline?: string;
  /** ISO time of the first refresh that found every model of the round reported. */
  reportedAt?: string;
}

export interface UnitSeen {
  /** ISO time of a refresh after the first registration deadline that found no model. */
  emptyAfterDeadline?: string;
  /** ISO time a model was first seen, recorded only after such an empty sighting. */
  firstModelAt?: string;
  rounds: Record<string, RoundSeen>;
}

export type RoundReportStatus = 'none' | 'pending' | 'missing' | 'reported' | 'late';

export const ROUND_STATUS_LABELS: Record<RoundReportStatus, string> = {
  none: 'Không có mô hình',
  pending: 'Chưa đến hạn',
  missing: 'Chưa báo cáo',
  reported: 'Đã báo cáo',
  late: 'Báo cáo trễ',
};

export interface UnitRoundStatus {
  round: number;
  status: RoundReportStatus;
  /** Models due in the round, and how many of them are reported. */
  due: number;
  reported: number;
  /** Models of the round reported "Đã hoàn thành". */
  done: number;
  /** Rows (1-based) of the round's models still unreported, for reminders. */
  missingRows: number[];
}

export const firstRegistrationDeadline = (c: Campaign): LocalDate => c.rounds.map((r) => r.registrationDeadline).sort()[0];

const dueIn = (models: readonly ModelResult[], r: Round) => models.filter((m) => m.dueRounds.includes(r.id));

/** The record after this refresh: only adds sightings, never forgets one. */
export function nextSeen(c: Campaign, prev: UnitSeen | undefined, models: readonly ModelResult[], now: Date, today: LocalDate): UnitSeen {
  const at = now.toISOString();
  const seen: UnitSeen = { ...prev, rounds: { ...prev?.rounds } };
  if (models.length === 0 && today > firstRegistrationDeadline(c) && !seen.emptyAfterDeadline) seen.emptyAfterDeadline = at;
  if (models.length > 0 && seen.emptyAfterDeadline && !seen.firstModelAt) seen.firstModelAt = at;
  for (const r of c.rounds) {
    const due = dueIn(models, r);
    if (due.length === 0) continue;
    const complete = due.every(isReported);
    const cur: RoundSeen = { ...seen.rounds[String(r.id)] };
    if (!complete && today > r.reportDeadline && !cur.missingAfterDeadline) cur.missingAfterDeadline = at;
    if (complete && !cur.reportedAt) cur.reportedAt = at;
    if (cur.missingAfterDeadline || cur.reportedAt) seen.rounds[String(r.id)] = cur;
  }
  return seen;
}

export function roundStatuses(c: Campaign, models: readonly ModelResult[], seen: UnitSeen | undefined, today: LocalDate): UnitRoundStatus[] {
  return c.rounds.map((r) => {
    const due = dueIn(models, r);
    const reported = due.filter(isReported);
    const base = { round: r.id, due: due.length, reported: reported.length, done: due.filter((m) => m.status === 'done').length,
      missingRows: due.filter((m) => !isReported(m)).map((m) => m.row) };
    if (due.length === 0) return { ...base, status: 'none' };
    if (reported.length < due.length) return { ...base, status: today > r.reportDeadline ? 'missing' : 'pending' };
    return { ...base, status: seen?.rounds[String(r.id)]?.missingAfterDeadline ? 'late' : 'reported' };
  });
}

/** Registered late: a refresh after the deadline saw no model, and models came afterwards. */
export const registeredLate = (models: readonly ModelResult[], seen: UnitSeen | undefined): boolean =>
  models.length > 0 && Boolean(seen?.emptyAfterDeadline);

export function parseSeen(v: string | null | undefined): UnitSeen | undefined {
  try {
    const o = JSON.parse(v ?? '');
    if (!o || typeof o !== "object" || typeof o.rounds !== "object" || !o.rounds) return undefined;
    const seen: UnitSeen = { rounds: o.rounds };
    if (typeof o.emptyAfterDeadline === "string") seen.emptyAfterDeadline = o.emptyAfterDeadline;
    if (typeof o.firstModelAt === "string") seen.firstModelAt = o.firstModelAt;
    return seen;
  } catch {
    return undefined;
  }
}
