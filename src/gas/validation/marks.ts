/**
 * The marks validation leaves on a unit's tab: a note and a soft background on each offending cell.
 * Notes are shared with the unit (people write their own), so the add-on's part of a note always
 * starts with MARK_PREFIX and only that part is ever replaced or removed; backgrounds are reset only
 * where they still hold one of the add-on's own colours. Planning is pure; applying is one
 * getNotes, one getBackgrounds and at most one setNotes and one setBackgrounds over the block.
 */
import type { Severity } from '../../core/validation';
import type { WriteBatch } from '../sheets-write';

export const MARK_PREFIX = '⚠ Dân vận khéo:';
/**
 * Google Sheets' "light red 3" / "light orange 3": soft enough to read text on, and distinct from the
 * form's own fills (headers #d9e2f3, section headings #fff2cc), which are therefore never reset.
 */
export const MARK_COLORS: Record<Severity, string> = { error: '#f4cccc', warning: '#fce5cd' };
const OURS = new Set(Object.values(MARK_COLORS));

export interface CellMark {
  row: number;
  column: number;
  severity: Severity;
  messages: string[];
  /** Note only (e.g. a section heading keeps its own fill). */
  noteOnly?: boolean;
}

export interface Block {
  top: number;
  left: number;
  notes: string[][];
  backgrounds: string[][];
}

export interface PlannedMarks {
  notes: string[][];
  /** null resets a cell to no fill (Range.setBackgrounds accepts null per cell). */
  backgrounds: (string | null)[][];
  notesChanged: boolean;
  backgroundsChanged: boolean;
}

/** The unit's own part of a note: everything before the add-on's part. */
export function ownNote(note: string): string {
  const at = note.indexOf(MARK_PREFIX);
  return at < 0 ? note : note.slice(0, at).replace(/\s+$/, '');
}

export function markNote(messages: readonly string[]): string {
  return messages.length === 1 ? `${MARK_PREFIX} ${messages[0]}` : `${MARK_PREFIX}\n- ${messages.join('\n- ')}`;
}

/** Merges marks into one per cell, an error outweighing a warning. */
export function mergeMarks(marks: readonly CellMark[]): Map<string, CellMark> {
  const byCell = new Map<string, CellMark>();
  for (const m of marks) {
    const key = `${m.row}:${m.column}`;
    const had = byCell.get(key);
    if (!had) { byCell.set(key, { ...m, messages: [...m.messages] }); continue; }
    had.messages.push(...m.messages);
    if (m.severity === 'error') had.severity = 'error';
    had.noteOnly = had.noteOnly && m.noteOnly;
  }
  return byCell;
}

export function planMarks(block: Block, marks: readonly CellMark[]): PlannedMarks {
  const byCell = mergeMarks(marks);
  let notesChanged = false;
  let backgroundsChanged = false;
  const notes = block.notes.map((row, i) => row.map((note, j) => {
    const mark = byCell.get(`${block.top + i}:${block.left + j}`);
    const own = ownNote(note ?? '');
    const ours = mark ? markNote(mark.messages) : '';
    const next = own && ours ? `${own}\n\n${ours}` : own || ours;
    if (next !== (note ?? '')) notesChanged = true;
    return next;
  }));
  const backgrounds: (string | null)[][] = block.backgrounds.map((row, i) => row.map((bg, j) => {
    const mark = byCell.get(`${block.top + i}:${block.left + j}`);
    const current = (bg ?? '').toLowerCase();
    let next: string | null = bg;
    if (mark && !mark.noteOnly) next = MARK_COLORS[mark.severity];
    else if (OURS.has(current)) next = null;
    if (next !== bg) backgroundsChanged = true;
    return next;
  }));
  return { notes, backgrounds, notesChanged, backgroundsChanged };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The notes and fills of a block as getNotes / getBackgrounds return them. */
/**
 * `rules`, when the read asked for it (Sheets API mask): each cell's data validation, by its
 * condition's type ('ONE_OF_LIST' for a dropdown, '' for none), so Kiểm tra and the edit put the
 * Ghi chú dropdown back only where a cell has none, never over another rule (a checkbox, a
 * coordinator's own).
 */
export interface MarkCells { notes: string[][]; backgrounds: string[][]; rules?: string[][] }

/**
 * Re-marks rows top..bottom, columns 1..width of `sheet`: two reads (none when the caller read
 * `current` already, for many tabs at once), at most two writes. With a `batch` the writes are
 * queued there, only the rows and columns that change, and sent with the job's other writes.
 */
export function applyMarks(tab: Sheet | (() => Sheet), top: number, bottom: number, width: number, marks: readonly CellMark[], batch?: WriteBatch, current?: MarkCells, sheetId?: number): void {
  if (bottom < top || width < 1) return;
  // The Sheet (and a Range of it) only when a read or a write of its own needs one.
  const sheet = typeof tab === 'function' ? tab : () => tab;
  let r: GoogleAppsScript.Spreadsheet.Range | undefined;
  const range = () => (r ??= sheet().getRange(top, 1, bottom - top + 1, width));
  const cells = current ?? { notes: range().getNotes(), backgrounds: range().getBackgrounds() };
  const plan = planMarks({ top, left: 1, ...cells }, marks);
  if (batch) {
    const target = sheetId ?? sheet();
    if (plan.notesChanged) for (const b of changedBoxes(cells.notes, plan.notes)) batch.notes(target, top + b.row, 1 + b.column, b.grid);
    if (plan.backgroundsChanged) for (const b of changedBoxes(cells.backgrounds, plan.backgrounds)) batch.backgrounds(target, top + b.row, 1 + b.column, b.grid);
    return;
  }
  if (plan.notesChanged) range().setNotes(plan.notes);
  if (plan.backgroundsChanged) range().setBackgrounds(plan.backgrounds as string[][]);
}

/**
 * What changed, as few small blocks: each run of adjacent changed rows, over the columns that
 * change in it (0-based offsets into the block). A write costs by the cells it carries. `same`
 * compares what a cell holds with what would be written (by default, strictly equal).
 */
export function changedBoxes<T, B = T>(before: readonly (readonly B[])[], after: readonly (readonly T[])[],
  same: (was: B | undefined, next: T) => boolean = (was, next) => (was as unknown) === next): { row: number; column: number; grid: T[][] }[] {
  const out: { row: number; column: number; grid: T[][] }[] = [];
  let open: { row: number; lo: number; hi: number; end: number } | null = null;
  const close = () => { if (open) out.push({ row: open.row, column: open.lo, grid: after.slice(open.row, open.end).map((r) => r.slice(open!.lo, open!.hi + 1)) }); open = null; };
  after.forEach((r, i) => {
    const changed = r.map((v, j) => !same(before[i]?.[j], v));
    const lo = changed.indexOf(true);
    if (lo < 0) return close();
    const hi = changed.lastIndexOf(true);
    open = open ? { ...open, lo: Math.min(open.lo, lo), hi: Math.max(open.hi, hi), end: i + 1 } : { row: i, lo, hi, end: i + 1 };
  });
  close();
  return out;
}
