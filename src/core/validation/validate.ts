/** The whole check of one unit's tab: row rules, then quotas measured against today's deadline. */
import type { Campaign, LocalDate, Unit } from '../campaign/schema';
import type { RawEntry } from '../unit-tab/entry';
import { byPosition, type Problem } from './problem';
import { quotaShortfalls, type QuotaCheck } from './quotas';
import { checkRows, type CheckedEntry } from './row-rules';
import { ownModelProblems } from './replication';

export interface ValidationResult {
  /** Filled rows only (a row with only its STT is not an entry), in the order given. */
  entries: CheckedEntry[];
  /** Row problems, by row then column. */
  problems: Problem[];
  /** Quota shortfalls only; a met quota is not listed. */
  quotas: QuotaCheck[];
  /** Totals over problems and quota shortfalls. */
  errors: number;
  warnings: number;
}

export function validateEntries(campaign: Campaign, unit: Unit, entries: readonly RawEntry[], today: LocalDate): ValidationResult {
  const rows = checkRows(campaign, entries);
  const problems = [...rows.problems, ...ownModelProblems(campaign, unit, rows.entries)].sort(byPosition);
  const quotas = quotaShortfalls(campaign, unit, rows.entries, today);
  const all = [...problems, ...quotas];
  return {
    entries: rows.entries,
    problems,
    quotas,
    errors: all.filter((p) => p.severity === 'error').length,
    warnings: all.filter((p) => p.severity === 'warning').length,
  };
}
