/**
 * Adding the results block to a tab that may already hold registrations. The block goes right of
 * every column any row uses, so no existing cell is written; a tab that has all three headers is
 * left alone (idempotent); one whose block lost a header gets only that header back, after the rest.
 */
import type { SheetValue } from '../unit-tab/entry';
import { RESULT_HEADERS, RESULT_KEYS, resultColumns, type ResultKey } from './columns';

export interface ResultsBlockPlan {
  /** 1-based row of the column headers. */
  headerRow: number;
  /** 1-based first column written; 0 when nothing is missing. */
  firstColumn: number;
  /** Headers to write, left to right from firstColumn. */
  add: ResultKey[];
  /** 1-based column of Tình trạng once done (its dropdown), 0 if unknown. */
  statusColumn: number;
}

const filled = (v: SheetValue | undefined) => !(v === undefined || v === null || (typeof v === 'string' && v.trim() === ''));

/** `headerIndex` is the 0-based header row (core/results/read headerRowIndex); -1 plans nothing. */
export function planResultsBlock(grid: readonly (readonly SheetValue[])[], headerIndex: number, formColumns: number): ResultsBlockPlan {
  if (headerIndex < 0) return { headerRow: 0, firstColumn: 0, add: [], statusColumn: 0 };
  const at = resultColumns(grid[headerIndex]);
  const add = RESULT_KEYS.filter((k) => at[k] < 0);
  if (add.length === 0) return { headerRow: headerIndex + 1, firstColumn: 0, add, statusColumn: at.status + 1 };
  let lastUsed = formColumns;
  for (const row of grid) for (let i = row.length - 1; i >= lastUsed; i--) if (filled(row[i])) { lastUsed = i + 1; break; }
  const firstColumn = lastUsed + 1;
  const statusColumn = at.status >= 0 ? at.status + 1 : firstColumn + add.indexOf('status');
  return { headerRow: headerIndex + 1, firstColumn, add, statusColumn };
}

export const resultHeaderValues = (plan: ResultsBlockPlan): string[] => plan.add.map((k) => RESULT_HEADERS[k]);
