export { readImplementationTime, activityPeriod, roundsOverlapping, formatRange, type TimeReading } from './time-reader';
export { normalizeNoteKind, noteKindLabel, acceptedNoteKinds, type NoteKindReading } from './note-kind';
export { neutraliseFormula } from './formula-injection';
export { isEntry, isEmptyCell } from './cells';
export { checkRows, modelNameKey, type CheckedEntry } from './row-rules';
export { quotaStatus, quotaStatusOf, quotaShortfalls, quotasOf, currentRegistrationDeadline, type QuotaStatus, type QuotaCheck } from './quotas';
export { validateEntries, type ValidationResult } from './validate';
export type { Problem, ProblemCode, Severity } from './problem';
