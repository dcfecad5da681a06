/**
 * Row groups (developers.google.com/apps-script/reference/spreadsheet/group): contiguous rows that fold as a
 * unit. Range.shiftRowGroupDepth changes the depth of its rows (groups made, widened or removed; depth stays
 * within 0…8); Sheet.getRowGroup(row, depth) is the group at that depth holding the row, or null; the toggle
 * sits on the row after the group unless the sheet's control position is BEFORE. Groups are kept as maximal
 * runs per depth; a group rebuilt over rows of a collapsed one stays collapsed. Rows inserted strictly inside
 * a group join it (an assumption: the reference does not say).
 */
import type { RowGroupData, SheetData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { makeRange } from './factory';
import { assertCanWrite } from './permissions';
import type { AssertAssignable } from './user';

type GGroup = GoogleAppsScript.Spreadsheet.Group;
export const MAX_GROUP_DEPTH = 8;

const groupsOf = (s: SheetData): RowGroupData[] => s.rowGroups ?? [];
const end = (g: RowGroupData) => g.start + g.count - 1;

export function rowDepth(s: SheetData, row: number): number {
  return groupsOf(s).filter((g) => g.start <= row && row <= end(g)).reduce((d, g) => Math.max(d, g.depth), 0);
}

/** Range.shiftRowGroupDepth over rows start…start+count-1. */
export function shiftRowDepth(s: SheetData, start: number, count: number, delta: number): void {
  const old = groupsOf(s);
  const last = Math.max(start + count - 1, ...old.map(end));
  const first = Math.min(start, ...old.map((g) => g.start));
  const depths: number[] = [];
  for (let r = first; r <= last; r++) {
    const d = rowDepth(s, r);
    depths.push(r >= start && r < start + count ? Math.max(0, Math.min(MAX_GROUP_DEPTH, d + delta)) : d);
  }
  const next: RowGroupData[] = [];
  for (let depth = 1; depth <= MAX_GROUP_DEPTH; depth++) {
    for (let i = 0; i < depths.length;) {
      if (depths[i] < depth) { i++; continue; }
      let j = i;
      while (j + 1 < depths.length && depths[j + 1] >= depth) j++;
      const g = { start: first + i, count: j - i + 1, depth, collapsed: false };
      g.collapsed = old.some((o) => o.depth === depth && o.collapsed && o.start <= end(g) && g.start <= end(o));
      next.push(g);
      i = j + 1;
    }
  }
  s.rowGroups = next;
}

export function rowGroupAt(book: Book, s: SheetData, row: number, depth: number): GGroup | null {
  const g = groupsOf(s).find((x) => x.depth === depth && x.start <= row && row <= end(x));
  return g ? new GroupImpl(book, s, g) as unknown as GGroup : null;
}

class GroupImpl {
  constructor(private readonly book: Book, private readonly s: SheetData, private readonly g: RowGroupData) {
    return counted(book.ctx, 'Group', this);
  }
  private self(): GGroup { return this as unknown as GGroup; }
  collapse(): GGroup { assertCanWrite(this.book, this.s, 'STRUCTURE'); this.g.collapsed = true; return this.self(); }
  expand(): GGroup { assertCanWrite(this.book, this.s, 'STRUCTURE'); this.g.collapsed = false; return this.self(); }
  isCollapsed(): boolean { return this.g.collapsed; }
  getDepth(): number { return this.g.depth; }
  getRange(): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(this.book, this.s, { row: this.g.start, column: 1, numRows: this.g.count, numColumns: this.s.maxColumns });
  }
  /** The row holding the toggle: right after the group, or right before it when the control is BEFORE. */
  getControlIndex(): number { return this.s.rowGroupControlBefore ? this.g.start - 1 : end(this.g) + 1; }
  remove(): void { assertCanWrite(this.book, this.s, 'STRUCTURE'); shiftRowDepth(this.s, this.g.start, this.g.count, -1); }
}

/** Row groups after inserting (before `at`) or deleting (`at`…) n rows. */
export function shiftRowGroups(s: SheetData, at: number, n: number, insert: boolean): void {
  if (!s.rowGroups) return;
  s.rowGroups = s.rowGroups.flatMap((g) => {
    if (insert) {
      const inside = g.start < at && at <= end(g);
      return [{ ...g, start: g.start >= at ? g.start + n : g.start, count: inside ? g.count + n : g.count }];
    }
    const delEnd = at + n - 1;
    const removed = Math.max(0, Math.min(end(g), delEnd) - Math.max(g.start, at) + 1);
    if (removed === g.count) return [];
    return [{ ...g, start: g.start > delEnd ? g.start - n : Math.min(g.start, at), count: g.count - removed }];
  });
}

type _G = AssertAssignable<GroupImpl, Pick<GGroup, keyof GroupImpl & keyof GGroup>>;
