/**
 * Last year's models carried into next year's campaign ("tiếp tục thực hiện" rows a unit keeps or
 * deletes). "Tạo chiến dịch năm sau" with pre-filling writes every unit's models of this year into
 * a sheet of the new file ("Mô hình năm trước", one row a model); setup, making a unit's tab there,
 * lays that unit's rows into the form's sections, inserting rows where a section has too few.
 */
import type { Campaign, ColumnKey } from '../campaign';
import { nameKey } from '../names';
import { noteKindLabel } from '../validation/note-kind';
import type { RawEntry, SheetValue } from './entry';
import type { FormSection } from './read';

export const CARRY_OVER_SHEET_NAME = 'Mô hình năm trước';
const UNIT = 'Đơn vị';
const CONTENT = 'Nội dung';

/** The carried columns: the form's, without STT (renumbered) and Ghi chú (always "tiếp tục thực hiện"). */
const carried = (c: Campaign) => c.columns.filter((x) => x.key !== 'stt' && x.key !== 'kind');

/** A date one year on (same day in Asia/Ho_Chi_Minh, which has no DST); a text's year replaced. */
function moveYear(v: SheetValue, from: number, to: number): SheetValue {
  if (v instanceof Date) {
    const d = new Date(v.getTime());
    d.setUTCFullYear(d.getUTCFullYear() + (to - from));
    return d;
  }
  return typeof v === 'string' ? v.split(String(from)).join(String(to)) : v;
}

/** The sheet's rows: a header, then each unit's entries of this year with their times moved to `year`. */
export function carryOverRows(c: Campaign, year: number, units: readonly { unit: string; entries: readonly RawEntry[] }[]): SheetValue[][] {
  const cols = carried(c);
  const rows: SheetValue[][] = [[UNIT, CONTENT, ...cols.map((x) => x.header)]];
  for (const u of units) {
    for (const e of u.entries) {
      if (String(e.cells.name ?? '').trim() === '') continue;
      rows.push([u.unit, e.content, ...cols.map((x) => moveYear(e.cells[x.key] ?? '', c.year, year))]);
    }
  }
  return rows;
}

export interface CarryOver {
  /** A unit's rows by content, each as cells by column key. */
  forUnit(unit: string): Map<number, Partial<Record<ColumnKey, SheetValue>>[]>;
}

/** Reads the sheet back (a coordinator may have deleted rows in it): by header text, rows without a unit or model name skipped. */
export function readCarryOver(grid: readonly (readonly SheetValue[])[], c: Campaign): CarryOver {
  const header = (grid[0] ?? []).map((v) => String(v).trim());
  const at = (h: string) => header.indexOf(h);
  const cols = carried(c).map((x) => ({ key: x.key, i: at(x.header) })).filter((x) => x.i >= 0);
  const byUnit = new Map<string, Map<number, Partial<Record<ColumnKey, SheetValue>>[]>>();
  for (const row of grid.slice(1)) {
    const unit = String(row[at(UNIT)] ?? '').trim();
    const content = Number(row[at(CONTENT)]);
    const cells = Object.fromEntries(cols.map((x) => [x.key, row[x.i] ?? ''])) as Partial<Record<ColumnKey, SheetValue>>;
    if (!unit || !c.contents.some((x) => x.id === content) || String(cells.name ?? '').trim() === '') continue;
    const m = byUnit.get(nameKey(unit)) ?? new Map();
    m.set(content, [...(m.get(content) ?? []), cells]);
    byUnit.set(nameKey(unit), m);
  }
  return { forUnit: (unit) => byUnit.get(nameKey(unit)) ?? new Map() };
}

export interface Prefill {
  /** Rows to insert first, bottom-up (each after `afterRow`, 1-based), so the rows above keep their numbers. */
  inserts: { afterRow: number; count: number }[];
  /** Then one write: `values` from row `startRow`, column 1, over the form's columns. */
  startRow: number;
  values: SheetValue[][];
}

/**
 * The write that lays a unit's rows into a fresh copy of the form (`grid`, `sections` as
 * formSections reads them): one block from the first section with rows to the last, rows
 * between kept as the form has them (headings, empty numbered rows), so the write changes
 * only the numbered rows it fills. null: nothing to carry.
 */
export function prefillFor(c: Campaign, grid: readonly (readonly SheetValue[])[], sections: readonly FormSection[],
  rows: Map<number, Partial<Record<ColumnKey, SheetValue>>[]>): Prefill | null {
  const used = sections.filter((s) => (rows.get(s.content)?.length ?? 0) > 0);
  if (used.length === 0) return null;
  const width = c.columns.length;
  const kind = noteKindLabel(c, 'tiep-tuc');
  const inserts: Prefill['inserts'] = [];
  const block: SheetValue[][] = [];
  const first = used[0].firstRow;
  for (const s of sections) {
    if (s.lastRow < first || s.firstRow > used[used.length - 1].lastRow) continue;
    const list = rows.get(s.content) ?? [];
    const room = s.lastRow - s.firstRow + 1;
    if (list.length > room) inserts.unshift({ afterRow: s.lastRow, count: list.length - room });
    // The heading (and any row above this section's numbered rows, from `first` on) as the form has it.
    for (let r = Math.max(first, s.headingRow); r < s.firstRow; r++) block.push(formRow(grid, r, width));
    for (let n = 0; n < Math.max(room, list.length); n++) {
      const cells = list[n];
      block.push(cells
        ? c.columns.map((col) => (col.key === 'stt' ? `${n + 1}.` : col.key === 'kind' ? kind : cells[col.key] ?? ''))
        : formRow(grid, s.firstRow + n, width));
    }
  }
  return { inserts, startRow: first, values: block };
}

const formRow = (grid: readonly (readonly SheetValue[])[], row: number, width: number): SheetValue[] =>
  Array.from({ length: width }, (_, j) => grid[row - 1]?.[j] ?? '');
