/**
 * The results rules (core/results/validate) placed on a unit tab's cells, for checkUnitTab: the
 * problems as the sidebar lists them and the marks on the results columns.
 */
import type { Campaign, LocalDate } from '../../core/campaign';
import { readUnitResults, resultProblems, RESULT_HEADERS } from '../../core/results';
import type { SheetValue } from '../../core/unit-tab/entry';
import type { CheckedProblem } from '../validation/check-tab';
import type { CellMark } from '../validation/marks';
import { a1Of } from '../validation/table';

/** `done`: the tab's read and checked entries, when the caller has them (readUnitResults). */
export function resultChecks(grid: readonly (readonly SheetValue[])[], c: Campaign, today: LocalDate,
  done?: Parameters<typeof readUnitResults>[2]): { problems: CheckedProblem[]; marks: CellMark[] } {
  const read = readUnitResults(grid, c, done);
  const problems: CheckedProblem[] = [];
  const marks: CellMark[] = [];
  for (const p of resultProblems(c, read.models, today)) {
    const column = read.columns[p.column];
    problems.push({ ...(column ? { a1: a1Of(p.row, column) } : {}), row: p.row, column: RESULT_HEADERS[p.column], severity: p.severity, code: p.code, message: p.message });
    if (column) marks.push({ row: p.row, column, severity: p.severity, messages: [p.message] });
  }
  return { problems, marks };
}
