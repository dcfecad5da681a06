/**
 * The rules every row of a unit's registration table must follow. Units type and paste freely
 * (paste bypasses data validation), so each row is checked here, whatever the sheet allowed.
 */
import type { Campaign, ColumnKey } from '../campaign/schema';
import type { RawEntry, SheetValue } from '../unit-tab/entry';
import { cellText, isEmptyCell, isEntry } from './cells';
import { fold } from './fold';
import { NON_LETTER_RUNS } from '../letters';
import { injectionSeverity, neutraliseFormula } from './formula-injection';
import { acceptedNoteKinds, normalizeNoteKind, type NoteKindReading } from './note-kind';
import { cellProblem, columnOf, type Problem } from './problem';
import { readImplementationTime, type TimeReading } from './time-reader';
import { linkReplications } from './replication';
import type { CatalogueMatch } from '../catalogue/match';

/** One filled row after the rules, normalised for the summary and the quotas. */
export interface CheckedEntry {
  row: number;
  content: number;
  /** Tên mô hình, trimmed ('' when empty). */
  name: string;
  kind: NoteKindReading | null;
  /** null when Thời gian thực hiện is empty. */
  time: TimeReading | null;
  /** Rounds the time overlaps; empty when the time is missing or wrong. */
  rounds: number[];
  /** Text to write back in place of what was typed (formula-like text made literal). */
  rewrites: Partial<Record<ColumnKey, string>>;
  errors: number;
  warnings: number;
  /** A later row with the same model name as an earlier one (the earlier row's number). */
  duplicateOf?: number;
  /** A "nhân rộng" row's link to the catalogue (Danh mục mô hình); absent for other kinds or without a catalogue. */
  catalogue?: CatalogueMatch;
  /**
   * Counts toward the unit's quotas: it has a model name, no error, and is not a repeat of an
   * earlier row. A person counts rows with a name; a row still in error or a copy of another
   * must not make the quota look met.
   */
  counts: boolean;
}

export function checkRows(campaign: Campaign, entries: readonly RawEntry[]): { entries: CheckedEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const checked = entries.filter(isEntry).map((e) => {
    const found: Problem[] = [];
    const result = checkRow(campaign, e, found);
    problems.push(...found);
    return result;
  });
  problems.push(...markDuplicates(campaign, checked));
  problems.push(...linkReplications(campaign, checked));
  for (const c of checked) c.counts = c.name !== '' && c.errors === 0 && c.duplicateOf === undefined;
  return { entries: checked, problems };
}

const REQUIRED: ColumnKey[] = ['name', 'form', 'time', 'expected', 'kind'];

function checkRow(campaign: Campaign, e: RawEntry, out: Problem[]): CheckedEntry {
  const add = (p: Problem) => out.push(p);
  const rewrites: CheckedEntry['rewrites'] = {};
  for (const key of REQUIRED) {
    const v = e.cells[key];
    if (isEmptyCell(v)) add(cellProblem(campaign, e.row, key, 'error', 'missing', missingText(campaign, key)));
    else if (typeof v === 'string') checkText(campaign, e.row, key, v, rewrites, add);
  }
  const time = isEmptyCell(e.cells.time) ? null : readImplementationTime(e.cells.time, campaign);
  if (time && !time.ok) add(cellProblem(campaign, e.row, 'time', 'error', TIME_CODES[time.reason], time.message));
  const kind = isEmptyCell(e.cells.kind) ? null : normalizeNoteKind(cellText(e.cells.kind), campaign);
  if (!isEmptyCell(e.cells.kind) && !kind) {
    add(cellProblem(campaign, e.row, 'kind', 'error', 'kind-unreadable', `không đọc được “${short(e.cells.kind)}”; hãy ghi ${acceptedNoteKinds(campaign)} (có thể ghi thêm, ví dụ “nhân rộng từ Phường 9”).`));
  }
  return {
    row: e.row,
    content: e.content,
    name: cellText(e.cells.name),
    kind,
    time,
    rounds: time?.ok ? time.rounds : [],
    rewrites,
    errors: out.filter((p) => p.severity === 'error').length,
    warnings: out.filter((p) => p.severity === 'warning').length,
    counts: false,
  };
}

const TIME_CODES = { unreadable: 'time-unreadable', 'out-of-period': 'time-out-of-period', 'invalid-date': 'time-invalid' } as const;

function missingText(campaign: Campaign, key: ColumnKey): string {
  if (key === 'kind') return `còn trống; hãy ghi ${acceptedNoteKinds(campaign)}.`;
  return `còn trống; hãy điền ${columnOf(campaign, key).header.replace(/\s*\(.*\)$/, '').toLocaleLowerCase('vi')}.`;
}

function checkText(campaign: Campaign, row: number, key: ColumnKey, v: string, rewrites: CheckedEntry['rewrites'], add: (p: Problem) => void) {
  const safe = neutraliseFormula(v);
  if (safe !== null) {
    rewrites[key] = safe;
    add(cellProblem(campaign, row, key, injectionSeverity(v), 'formula-injection',
      `nội dung bắt đầu bằng “${v[0]}” nên có thể bị hiểu là công thức; đã được chuyển thành văn bản. Hãy bỏ ký tự “${v[0]}” ở đầu.`));
  }
  const max = columnOf(campaign, key).maxLength;
  const length = Array.from(v.trim()).length;
  if (max !== undefined && length > max) {
    add(cellProblem(campaign, row, key, 'warning', 'too-long', `dài ${length} ký tự, quá ${max} ký tự cho phép; hãy viết gọn lại.`));
  }
}

const short = (v: SheetValue) => {
  const t = cellText(v);
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
};

/**
 * The same model twice in one unit is usually a paste repeated. Model names compare without case,
 * spacing, punctuation or diacritics (a looser key than core/names, which compares unit and tab names) ("Mai am tinh thuong" = "Mái ấm tình thương"): a false
 * alarm costs a glance (it is a warning), a missed copy inflates the unit's count.
 */
export function modelNameKey(name: string): string {
  return fold(name).replace(NON_LETTER_RUNS, ' ').trim();
}

function markDuplicates(campaign: Campaign, entries: CheckedEntry[]): Problem[] {
  const first = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const key = modelNameKey(e.name);
    if (!key) continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, e);
      continue;
    }
    e.duplicateOf = earlier.row;
    e.warnings++;
    problems.push(cellProblem(campaign, e.row, 'name', 'warning', 'duplicate-name',
      `trùng tên mô hình với dòng ${earlier.row} (“${short(earlier.name)}”); nếu là hai mô hình khác nhau hãy đặt tên phân biệt, nếu không hãy xóa dòng này.`));
  }
  return problems;
}
