import type { LocalDate, Round } from '../campaign/schema';

/** The campaign's activity period: first round's start to last round's end. */
export function periodOfRounds(rounds: readonly Pick<Round, 'start' | 'end'>[]): { start: LocalDate; end: LocalDate } {
  const starts = rounds.map((r) => r.start).sort();
  const ends = rounds.map((r) => r.end).sort();
  return { start: starts[0], end: ends[ends.length - 1] };
}
