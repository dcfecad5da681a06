/**
 * Checks one unit tab: one getValues of its data range, the core rules, formula-injection rewrites,
 * then the marks over the table block. Shared by checkUnits (every tab) and the on-edit trigger
 * (the edited tab only).
 *
 * No getFormulas: what a formula shows is what the summary later copies, so values are what must
 * be safe; a cell whose *value* is text starting with = + - @ is caught either way, and skipping
 * the read saves a call on every edit.
 */
import type { Campaign, CatalogueModel, LocalDate, Unit } from '../../core/campaign';
import { modelLabel } from '../../core/catalogue/match';
import type { SheetValue } from '../../core/unit-tab/entry';
import { readUnitTab } from '../../core/unit-tab/read';
import { kindValidation } from '../../core/template/template';
import { validateEntries, type Severity } from '../../core/validation';
import { applyMarks, type CellMark, type MarkCells } from './marks';
import type { WriteBatch } from '../sheets-write';
import { a1Of, tableLayout, type TableLayout } from './table';
import { resultChecks } from '../results/result-checks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface CheckedProblem {
  /** Where to jump; absent for a problem of the whole tab. */
  a1?: string;
  row?: number;
  /** The column's header as the form prints it ("Thời gian thực hiện"). */
  column?: string;
  severity: Severity;
  code: string;
  message: string;
}

export interface UnitCheck {
  unit: string;
  sheetName: string;
  /** null when the unit has no tab yet. */
  sheetId: number | null;
  /** Set when the tab is not tracked yet but was recognised from its form: how (setup adopts it). */
  recognised?: string;
  /** The member workbook holding the tab (absent: the hub) and its address, for the sidebar's link. */
  file?: string;
  url?: string;
  errors: number;
  warnings: number;
  problems: CheckedProblem[];
  /** Rows the unit has filled in; 0: nothing registered yet (the sidebar lists such units on one line). */
  registered?: number;
}

/** The block validation marks: the rows under the column headers, as wide as the form or the data. */
export function markArea(grid: readonly (readonly unknown[])[], c: Campaign): { top: number; bottom: number; width: number } {
  return { top: tableLayout(grid, c).headerRow + 1, bottom: grid.length, width: Math.max(grid[0]?.length ?? 0, c.columns.length) };
}

/**
 * `values`: the tab's grid when the caller has read it already (batched, or for the summary too).
 * `batch`: queue the marks there (Kiểm tra sends every tab's in one request, the edit
 * trigger with the summary's writes); `mark` false: read only. `current`: the block's notes and
 * fills, read with many tabs'. `ref`: the tab's id and name when the caller knows them (two getters fewer).
 */
export function checkUnitTab(tab: Sheet | (() => Sheet), c: Campaign, unit: Unit, today: LocalDate, values?: SheetValue[][], batch?: WriteBatch, mark = true,
  current?: MarkCells, ref?: { sheetId: number; name: string }, rules = false): UnitCheck {
  // Kiểm tra passes the Sheet as a thunk: with the grid, the marks' cells and a batch in hand it is
  // never needed (fetching it costs the file's getSheets and a getSheetId per tab).
  const sheet = typeof tab === 'function' ? tab : () => tab;
  const grid = values ?? (sheet().getDataRange().getValues() as SheetValue[][]);
  const layout = tableLayout(grid, c);
  const read = readUnitTab(grid, c);
  const result = validateEntries(c, unit, read.entries, today);
  const header = (key: string) => c.columns.find((col) => col.key === key)?.header;

  const problems: CheckedProblem[] = read.problems.map((message) => ({ severity: 'error', code: 'structure', message }));
  const marks: CellMark[] = [];
  for (const q of result.quotas) {
    const row = q.quota.content === null ? undefined : layout.headings.get(q.quota.content);
    problems.push({ ...(row ? { a1: a1Of(row, 1), row } : {}), severity: q.severity, code: 'quota', message: q.message });
    if (row) marks.push({ row, column: 1, severity: q.severity, messages: [q.message], noteOnly: true });
  }
  for (const p of result.problems) {
    const column = p.column ? layout.columns[p.column] : undefined;
    problems.push({ ...(column ? { a1: a1Of(p.row, column) } : {}), row: p.row, ...(p.column ? { column: header(p.column) } : {}),
      severity: p.severity, code: p.code, message: p.message });
    if (column) marks.push({ row: p.row, column, severity: p.severity, messages: [p.message] });
  }
  // The catalogue link, shown where the unit can see and correct it (by writing the model's name).
  for (const e of result.entries) {
    const i = e.catalogue?.model;
    if (i !== undefined && i !== null && layout.columns.kind) {
      marks.push({ row: e.row, column: layout.columns.kind, severity: 'warning', noteOnly: true, messages: [linkNote(c.catalogue[i])] });
    }
  }
  for (const o of read.outside) {
    const message = `Dòng ${o.row}: nằm ngoài bảng, chưa được tính; hãy chuyển lên một dòng trống của nội dung phù hợp (hoặc chèn thêm dòng trong bảng).`;
    problems.push({ a1: a1Of(o.row, o.column), row: o.row, severity: 'warning', code: 'outside-table', message });
    marks.push({ row: o.row, column: o.column, severity: 'warning', messages: [message] });
  }
  // Results (Kết quả thực hiện, Tình trạng) are due after each round's report deadline.
  const results = resultChecks(grid, c, today, { tab: read, entries: result.entries });
  problems.push(...results.problems);
  marks.push(...results.marks);

  if (mark) {
    writeRewrites(sheet, layout, result.entries);
    const width = Math.max(grid[0]?.length ?? 0, c.columns.length);
    applyMarks(sheet, layout.headerRow + 1, grid.length, width, marks, batch, current, ref?.sheetId);
    // `rules` (Kiểm tra, an edit): the Ghi chú dropdown back on the sections (as the tab is now, rows
    // a unit inserted included) where a filled row's cell has no rule at all, values untouched; a
    // tab whose filled rows have it costs nothing. A cell holding another rule (a checkbox, a date
    // rule the coordinator set) is left as it is and no range spans it. Known only from a Sheets
    // API read (`current.rules`); without one the rules are left as they are.
    const ruled = current?.rules;
    if (rules && batch && ruled) {
      const top = layout.headerRow + 1;
      const column = layout.columns.kind;
      const ruleAt = (row: number) => ruled[row - top]?.[column - 1] ?? '';
      const lacks = (row: number) => ruleAt(row) === '';
      // Each section where a filled row lacks it, down to the last such row (not over the blank
      // rows under it, such as the one above the footnote).
      const bare = read.sections.map((s) => ({ firstRow: s.firstRow,
        lastRow: Math.max(0, ...read.entries.filter((e) => e.row >= s.firstRow && e.row <= s.lastRow && lacks(e.row)).map((e) => e.row)) }))
        .filter((s) => s.lastRow > 0);
      const kind = kindValidation(c);
      const headings = new Set(layout.headings.values());
      const blocked = (row: number) => (headings.has(row) && String(grid[row - 1]?.[column - 1] ?? '').trim() !== '')
        || (ruleAt(row) !== '' && ruleAt(row) !== 'ONE_OF_LIST');
      for (const run of ruleRuns(bare, lacks, blocked)) batch.listRule(ref?.sheetId ?? sheet(), run.first, column, run.last - run.first + 1, kind.values, kind.helpText);
    }
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { unit: unit.name, sheetName: ref?.name ?? sheet().getName(), sheetId: ref?.sheetId ?? sheet().getSheetId(), errors, warnings: problems.length - errors, problems, registered: read.entries.length };
}

/**
 * Where the dropdown goes back: from the first row of the `bare` sections lacking it to the last,
 * one range (each setDataValidation is a sub-request of its own, dearer than the cells it covers).
 * Entry rows in between that have the list rule get it again (no change), and a heading's Ghi chú
 * cell (inside the heading's merge, empty) one it never shows; a row that must keep what it has
 * (`blocked`: a heading whose Ghi chú cell holds something, its merge undone and typed in; a cell
 * with another rule) splits the range there, so no dropdown lands on it. Rows that have the rule at
 * either end are left out.
 */
function ruleRuns(bare: readonly { firstRow: number; lastRow: number }[], lacks: (row: number) => boolean, blocked: (row: number) => boolean): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  for (const s of bare) {
    for (let row = s.firstRow; row <= s.lastRow; row++) {
      if (!lacks(row)) continue;
      const run = runs[runs.length - 1];
      let open = Boolean(run);
      for (let r = (run?.last ?? 0) + 1; open && r < row; r++) if (blocked(r)) open = false;
      if (open) run.last = row;
      else runs.push({ first: row, last: row });
    }
  }
  return runs;
}

function linkNote(m: CatalogueModel): string {
  return `nhân rộng mô hình ${modelLabel(m)} của Danh mục mô hình. Nếu không đúng, hãy ghi rõ tên mô hình được nhân rộng.`;
}

/**
 * The one change validation makes to what a unit typed: formula-like text written back with the
 * apostrophe that keeps it text. One setValues per run of adjacent rewritten cells in a row (in
 * practice one cell): a wider block would write over cells whose formulas were never read.
 */
function writeRewrites(sheet: () => Sheet, layout: TableLayout, entries: ReturnType<typeof validateEntries>['entries']): void {
  for (const e of entries) {
    const cells = Object.entries(e.rewrites)
      .map(([key, text]) => ({ column: layout.columns[key as keyof TableLayout['columns']], text: text as string }))
      .sort((a, b) => a.column - b.column);
    for (let i = 0; i < cells.length;) {
      let j = i + 1;
      while (j < cells.length && cells[j].column === cells[j - 1].column + 1) j++;
      sheet().getRange(e.row, cells[i].column, 1, j - i).setValues([cells.slice(i, j).map((x) => x.text)]);
      i = j;
    }
  }
}
