/**
 * When a unit's registration is done — the one rule the summary's status, the reminders and the
 * dashboard all use: at least one entry, no row error, no quota shortfall (even one only warned
 * about before the deadline) and the form's structure intact (no section heading deleted).
 */
import type { Campaign, LocalDate, Unit } from '../campaign/schema';
import type { RawEntry } from '../unit-tab/entry';
import { validateEntries, type Problem, type ValidationResult } from '../validation';

export interface RegistrationProgress {
  validation: ValidationResult;
  /** Row problems of severity error (quota shortfalls are in validation.quotas). */
  rowErrors: Problem[];
  /** Problems with the tab's structure, as core/unit-tab readUnitTab reports them. */
  structure: readonly string[];
  done: boolean;
}

export interface RegistrationCounts {
  entries: number;
  rowErrors: number;
  quotaShortfalls: number;
  structureProblems: number;
}

export const isRegistrationDone = (n: RegistrationCounts): boolean =>
  n.entries > 0 && n.rowErrors === 0 && n.quotaShortfalls === 0 && n.structureProblems === 0;

/** Validates once; callers word the result (status, e-mail lines) from the same facts. */
export function registrationProgress(c: Campaign, unit: Unit, entries: readonly RawEntry[], structure: readonly string[], today: LocalDate): RegistrationProgress {
  const validation = validateEntries(c, unit, entries, today);
  const rowErrors = validation.problems.filter((p) => p.severity === 'error');
  const done = isRegistrationDone({
    entries: validation.entries.length, rowErrors: rowErrors.length, quotaShortfalls: validation.quotas.length, structureProblems: structure.length,
  });
  return { validation, rowErrors, structure, done };
}
