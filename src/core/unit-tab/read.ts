/**
 * Reads a unit tab's grid (one getValues of the whole tab) into RawEntry[]. Sections are found by
 * their heading text ("N. Nội dung …" or the content's title), never by fixed row numbers, so rows
 * a unit inserts anywhere inside a section are read. Rows whose data cells are all empty (a bare
 * "3." placeholder) are not entries.
 */
import type { Campaign, ColumnKey } from '../campaign';
import { UNIT_NAME_CELL } from '../template/template';
import type { RawEntry, SheetValue } from './entry';
import { memoText } from '../memo-text';

export interface UnitTabRead {
  /** The name in the tab's header cell ('' if blank). */
  unitName: string;
  entries: RawEntry[];
  /** Vietnamese problems with the tab's structure (e.g. a section heading deleted). */
  problems: string[];
  /** Rows typed below the table (past the footnote) that look like a model: not counted, flagged at `column` (1-based). */
  outside: { row: number; column: number }[];
  /** Each content's rows as the tab is now (1-based, inclusive): under its heading to the next heading or the footnote; none when empty. */
  sections: { content: number; firstRow: number; lastRow: number }[];
}

/** Lower case, no diacritics, single spaces, no quotes: how headings are compared. */
export function foldText(v: unknown): string {
  return foldString(String(v ?? ''));
}
const foldString = memoText((s) => s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd').replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[“”"'‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim());

const isEmpty = (v: SheetValue | undefined): boolean => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

export function readUnitTab(grid: readonly (readonly SheetValue[])[], c: Campaign): UnitTabRead {
  const problems: string[] = [];
  const headerIndex = grid.findIndex((r) => isHeaderRow(r, c));
  const columns = columnIndexes(headerIndex >= 0 ? grid[headerIndex] : undefined, c);
  const entries: RawEntry[] = [];
  const seen = new Set<number>();
  const sections: UnitTabRead['sections'] = [];
  let content: number | null = null;
  let end = grid.length;
  for (let i = headerIndex + 1; i < grid.length; i++) {
    const row = grid[i];
    if (isEndMarker(row[0], c)) { end = i; break; }
    const heading = sectionOf(row, c);
    if (heading !== null) {
      content = heading;
      seen.add(heading);
      sections.push({ content, firstRow: i + 2, lastRow: i + 1 });
      continue;
    }
    if (sections.length) sections[sections.length - 1].lastRow = i + 1;
    if (content === null) continue;
    const cells = Object.fromEntries(c.columns.map((col) => [col.key, row[columns[col.key]] ?? ''])) as Record<ColumnKey, SheetValue>;
    const hasData = c.columns.some((col) => col.key !== 'stt' && !isEmpty(cells[col.key]));
    if (hasData) entries.push({ content, row: i + 1, cells });
  }
  if (headerIndex < 0) problems.push('Không tìm thấy dòng tiêu đề cột (STT, Tên mô hình…).');
  for (const x of c.contents) if (!seen.has(x.id)) problems.push(`Không tìm thấy dòng tiêu đề của nội dung ${x.id} (“${x.title}”).`);
  const nameCell = grid[UNIT_NAME_CELL.row - 1]?.[UNIT_NAME_CELL.column - 1];
  return { unitName: isEmpty(nameCell) ? '' : String(nameCell).trim(), entries, problems, outside: belowTable(grid, end, columns, c),
    sections: sections.filter((x) => x.lastRow >= x.firstRow) };
}

/**
 * A model typed under the footnote is not read as an entry; it is flagged instead of silently
 * ignored. A row counts as one when its Tên mô hình cell or two of its data cells are filled; a
 * signer's name under the signature block (one cell) is not.
 */
function belowTable(grid: readonly (readonly SheetValue[])[], end: number, columns: Record<ColumnKey, number>, c: Campaign): UnitTabRead['outside'] {
  const out: UnitTabRead['outside'] = [];
  const data = c.columns.filter((col) => col.key !== 'stt').map((col) => columns[col.key]);
  for (let i = end + 1; i < grid.length; i++) {
    const row = grid[i];
    if (isEndMarker(row[0], c) || row.some((v) => foldText(v) === foldText(c.signature))) continue;
    const filled = data.filter((j) => !isEmpty(row[j]));
    if (!isEmpty(row[columns.name]) || filled.length >= 2) out.push({ row: i + 1, column: Math.min(...filled) + 1 });
  }
  return out;
}

/** A section of a form as laid out: its heading row and its numbered rows ("1.", "2." …), 1-based. */
export interface FormSection { content: number; headingRow: number; firstRow: number; lastRow: number }

/** The sections of a form's grid (Mẫu đăng ký or a fresh copy of it), found as readUnitTab finds them. */
export function formSections(grid: readonly (readonly SheetValue[])[], c: Campaign): FormSection[] {
  const out: FormSection[] = [];
  const headerIndex = grid.findIndex((r) => isHeaderRow(r, c));
  for (let i = headerIndex + 1; i < grid.length && !isEndMarker(grid[i][0], c); i++) {
    const content = sectionOf(grid[i], c);
    if (content === null) continue;
    let last = i;
    while (last + 1 < grid.length && /^\d+\.?$/.test(String(grid[last + 1][0] ?? '').trim())) last++;
    out.push({ content, headingRow: i + 1, firstRow: i + 2, lastRow: last + 1 });
  }
  return out;
}

function isHeaderRow(row: readonly SheetValue[], c: Campaign): boolean {
  const cells = new Set(row.map(foldText));
  const matched = c.columns.filter((col) => cells.has(foldText(col.header))).length;
  return matched >= 3;
}

/** Column positions by header text, falling back to the form's order when a header was edited. */
function columnIndexes(header: readonly SheetValue[] | undefined, c: Campaign): Record<ColumnKey, number> {
  const folded = (header ?? []).map(foldText);
  return Object.fromEntries(c.columns.map((col, i) => {
    const at = folded.indexOf(foldText(col.header));
    return [col.key, at >= 0 ? at : i];
  })) as Record<ColumnKey, number>;
}

/** The content a heading row opens, or null. "2. Nội dung …" by number, else by the title alone. */
function sectionOf(row: readonly SheetValue[], c: Campaign): number | null {
  const first = foldText(row[0]);
  if (!first) return null;
  const others = row.slice(1).some((v) => !isEmpty(v));
  const numbered = /^(\d+)\s*[.)]?\s*noi dung\b/.exec(first);
  if (numbered) {
    const id = Number(numbered[1]);
    if (c.contents.some((x) => x.id === id)) return id;
  }
  if (others) return null;
  const byTitle = c.contents.find((x) => first.includes(foldText(x.title)));
  return byTitle ? byTitle.id : null;
}

function isEndMarker(v: SheetValue | undefined, c: Campaign): boolean {
  const t = foldText(v);
  if (!t) return false;
  return t === foldText(c.footnote) || t.startsWith('* ghi chu') || t.startsWith(foldText(c.signature));
}
