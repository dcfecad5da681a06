/**
 * The "Nhật ký nhắc hạn" sheet: one row per reminder decision (sent, being sent, postponed,
 * failed, no address, left for the day's next run). It is the memory that makes reminders exactly-once: a key with a row
 * "Đã gửi" or "Đang gửi" is never sent again.
 */
import type { LocalDate } from '../campaign/schema';
import { formatVnDate, toLocalDate } from '../dates';
import { neutraliseFormula } from '../validation/formula-injection';
import { fitCell } from '../google-limits';

export const LOG_SHEET_NAME = 'Nhật ký nhắc hạn';
export const LOG_HEADERS = ['Thời gian', 'Mã nhắc', 'Đơn vị', 'Loại hạn', 'Đợt', 'Hạn', 'Bước', 'Người nhận', 'Kết quả', 'Chi tiết'] as const;
export const RESULT_COLUMN = LOG_HEADERS.indexOf('Kết quả') + 1;

export type LogResult = 'sent' | 'sending' | 'postponed' | 'failed' | 'no-address' | 'due-later';

export const RESULT_LABEL: Record<LogResult, string> = {
  sent: 'Đã gửi',
  sending: 'Đang gửi',
  postponed: 'Hoãn (hết hạn mức)',
  failed: 'Lỗi',
  'no-address': 'Không có e-mail',
  // Not the quota: the run's time budget was spent; the next hourly run of the same day sends it.
  'due-later': 'Chờ lần chạy sau',
};

export interface LogRecord {
  time: Date;
  key: string;
  unit: string;
  kind: string;
  round: string;
  deadline: string;
  step: string;
  recipients: string;
  result: LogResult;
  detail: string;
}

/** A row's day in the campaign's zone: what "a rerun on the same day" compares. */
export const dayOf = (r: LogRecord, timeZone: string): LocalDate => toLocalDate(r.time, timeZone);

/** Sheet values are written with setValues, so text that looks like a formula is kept as text. */
const cell = (s: string): string => fitCell(neutraliseFormula(s) ?? s);

export function logRow(r: LogRecord): (string | Date)[] {
  return [r.time, cell(r.key), cell(r.unit), r.kind, cell(r.round), r.deadline, r.step, cell(r.recipients), RESULT_LABEL[r.result], cell(r.detail)];
}

const byLabel = new Map(Object.entries(RESULT_LABEL).map(([k, v]) => [v, k as LogResult]));
const unquote = (v: unknown): string => String(v ?? '').replace(/^'/, '');

const isDate = (v: unknown): v is Date => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';

/**
 * Rows of the log sheet's getValues() (header row included) → records; unreadable rows are skipped.
 * A Hạn read back as a Date (logs written before text was kept as text) is printed dd/MM/yyyy in `timeZone`.
 */
export function parseLog(values: readonly (readonly unknown[])[], timeZone: string): LogRecord[] {
  const out: LogRecord[] = [];
  for (const row of values.slice(1)) {
    const [time, key, unit, kind, round, deadline, step, recipients, result, detail] = row;
    const r = byLabel.get(String(result ?? ''));
    const t = isDate(time) ? new Date(time.getTime()) : new Date(String(time));
    if (!r || !key || Number.isNaN(t.getTime())) continue;
    out.push({ time: t, key: unquote(key), unit: unquote(unit), kind: String(kind), round: unquote(round), deadline: isDate(deadline) ? formatVnDate(toLocalDate(deadline, timeZone)) : unquote(deadline), step: String(step), recipients: unquote(recipients), result: r, detail: unquote(detail) });
  }
  return out;
}
