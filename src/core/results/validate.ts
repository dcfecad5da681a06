/**
 * Results rules: once a round's report deadline has passed, every model due in that round needs a
 * status and a result; "Không thực hiện" needs a reason whenever it is chosen; a status nobody can
 * read is an error at once (paste carries values past the dropdown).
 */
import type { Campaign, LocalDate, Round } from '../campaign';
import { formatVnDate } from '../dates';
import type { Severity } from '../validation';
import { RESULT_HEADERS, STATUS_LABELS, type ResultKey } from './columns';
import type { ModelResult } from './read';

export type ResultProblemCode = 'status-missing' | 'result-missing' | 'status-unreadable' | 'reason-missing';

export interface ResultProblem {
  row: number;
  column: ResultKey;
  severity: Severity;
  code: ResultProblemCode;
  message: string;
}

/** The first round, among those a model is due in, whose report deadline has passed; else null. */
export function overdueRound(c: Campaign, m: ModelResult, today: LocalDate): Round | null {
  const due = c.rounds.filter((r) => m.dueRounds.includes(r.id) && r.reportDeadline < today);
  return due.sort((a, b) => (a.reportDeadline < b.reportDeadline ? -1 : 1))[0] ?? null;
}

export function resultProblems(c: Campaign, models: readonly ModelResult[], today: LocalDate): ResultProblem[] {
  const out: ResultProblem[] = [];
  const add = (m: ModelResult, column: ResultKey, code: ResultProblemCode, text: string) =>
    out.push({ row: m.row, column, severity: 'error', code, message: `Dòng ${m.row}, cột ${RESULT_HEADERS[column]}: ${text}` });
  const labels = Object.values(STATUS_LABELS).join('; ');
  for (const m of models) {
    if (m.statusText && m.status === null) add(m, 'status', 'status-unreadable', `không đọc được “${m.statusText.slice(0, 40)}”; hãy chọn một trong: ${labels}.`);
    if (m.status === 'dropped' && !m.result) {
      add(m, 'result', 'reason-missing', `mô hình “${m.name}” ghi “${STATUS_LABELS.dropped}”: hãy ghi lý do không thực hiện.`);
      continue;
    }
    const late = overdueRound(c, m, today);
    if (!late) continue;
    const when = `hạn báo cáo ${late.name} là ${formatVnDate(late.reportDeadline)}`;
    if (!m.statusText) add(m, 'status', 'status-missing', `mô hình “${m.name}” chưa có tình trạng; ${when}. Hãy chọn: ${labels}.`);
    if (!m.result) add(m, 'result', 'result-missing', `mô hình “${m.name}” chưa báo cáo kết quả (hiệu quả, số lượng đạt được); ${when}.`);
  }
  return out.sort((a, b) => a.row - b.row);
}
