/**
 * A problem found in a unit's tab, worded for the person who typed it: "Dòng 12, cột Ghi chú: …"
 * with the column's header from the campaign.
 */
import type { Campaign, ColumnKey } from '../campaign/schema';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'missing'
  | 'kind-unreadable'
  | 'time-unreadable'
  | 'time-out-of-period'
  | 'time-invalid'
  | 'duplicate-name'
  | 'too-long'
  | 'formula-injection'
  | 'catalogue-unmatched'
  | 'catalogue-source'
  | 'catalogue-own';

export interface Problem {
  /** 1-based sheet row, as a person sees it. */
  row: number;
  column: ColumnKey | null;
  /**
   * 1-based position of the column in the form (campaign.columns order). The caller adds its
   * tab's first column to get A1 notation; the core does not know where the table sits.
   */
  columnIndex: number | null;
  severity: Severity;
  code: ProblemCode;
  message: string;
}

export function columnOf(campaign: Campaign, key: ColumnKey): { header: string; index: number; maxLength?: number } {
  const i = campaign.columns.findIndex((c) => c.key === key);
  const c = campaign.columns[i];
  return { header: c.header, index: i + 1, maxLength: c.maxLength };
}

export function cellProblem(campaign: Campaign, row: number, column: ColumnKey, severity: Severity, code: ProblemCode, text: string): Problem {
  const { header, index } = columnOf(campaign, column);
  return { row, column, columnIndex: index, severity, code, message: `Dòng ${row}, cột ${header}: ${text}` };
}

export function byPosition(a: Problem, b: Problem): number {
  return a.row - b.row || (a.columnIndex ?? 0) - (b.columnIndex ?? 0);
}
