/**
 * The results block a unit fills after each round, beside the six registration columns (kept off
 * the printed BẢNG ĐĂNG KÝ): what was achieved, the status, and an optional link to evidence.
 * Found by header text, like the form's own columns, so a moved column is still read.
 */
import { foldText } from '../unit-tab/read';

export const RESULT_KEYS = ['result', 'status', 'evidence'] as const;
export type ResultKey = (typeof RESULT_KEYS)[number];

export const RESULT_HEADERS: Record<ResultKey, string> = {
  result: 'Kết quả thực hiện',
  status: 'Tình trạng',
  evidence: 'Minh chứng',
};

/** Pixel widths of the three columns, in RESULT_KEYS order. */
export const RESULT_WIDTHS = [260, 140, 200];

export type ResultStatus = 'done' | 'ongoing' | 'dropped';

export const STATUS_LABELS: Record<ResultStatus, string> = {
  done: 'Đã hoàn thành',
  ongoing: 'Đang thực hiện',
  dropped: 'Không thực hiện',
};

export const STATUS_HELP = `Chọn một trong: ${Object.values(STATUS_LABELS).join('; ')}. “Không thực hiện” cần ghi lý do ở cột ${RESULT_HEADERS.result}.`;

/** What people type besides the dropdown's labels; compared without case or diacritics. */
const STATUS_ALIASES: Record<ResultStatus, string[]> = {
  done: ['da hoan thanh', 'hoan thanh', 'xong', 'da thuc hien'],
  ongoing: ['dang thuc hien', 'dang trien khai', 'chua hoan thanh', 'dang lam'],
  dropped: ['khong thuc hien', 'khong trien khai', 'huy', 'dung thuc hien', 'ngung thuc hien'],
};

/** The status a cell names, or null (empty or unreadable: the caller tells which). */
export function readStatus(v: unknown): ResultStatus | null {
  const t = foldText(v).replace(/[.!]+$/, '');
  if (!t) return null;
  for (const s of ['dropped', 'ongoing', 'done'] as ResultStatus[]) {
    if (STATUS_ALIASES[s].includes(t)) return s;
  }
  return null;
}

/** 0-based index of each results column in a header row, or -1 where absent. */
export function resultColumns(header: readonly unknown[]): Record<ResultKey, number> {
  const folded = header.map(foldText);
  return {
    result: folded.indexOf(foldText(RESULT_HEADERS.result)),
    status: folded.indexOf(foldText(RESULT_HEADERS.status)),
    evidence: folded.indexOf(foldText(RESULT_HEADERS.evidence)),
  };
}
