/**
 * An older Cấu hình (no “Nâng cao” part: tables in their old order, unit types as codes, the no-e-mail mark as a
 * static fill, a “Bật nhắc hạn” row) brought to the current layout from its own cells, not from the campaign read
 * from it: a bad e-mail, a leftover formal name, a column a coordinator added and each cell's note are moved with
 * their row, so nothing typed is lost. Only the add-on's own words change: the title rows, the headings, the header
 * labels, a type's code shown by its name, and the do-nothing “Bật nhắc hạn” row, which goes. A sheet that would not
 * read the same campaign afterwards, or holds text outside its tables, is left as it is (it still reads) and says why.
 */
import { foldText } from '../unit-tab/read';
import type { LayoutValue } from '../template/layout';
import { readConfigGrid, splitTables } from './read';
import { configLayoutOf, unitsFrozenRows, unitWidths, type ConfigLayout } from './write';
import { ADVANCED_CAMPAIGN_FIELDS, ADVANCED_HEADING, CAMPAIGN_KEYS, CONFIG_SHEET_NAME, CONFIG_TITLE, REMINDER_KEYS, TABLE, TABLE_ORDER, type TableId } from './tables';

type Cell = unknown;

export interface ConfigMigration {
  layout: ConfigLayout;
  /** The old sheet's notes at their new cells (the layout's numRows × numColumns). */
  notes: string[][];
}

const blank = (v: Cell) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** A Cấu hình written before the “Nâng cao” part: the one sign setup looks for (the grid is read anyway). */
export function isOldConfigLayout(grid: readonly (readonly Cell[])[]): boolean {
  const advanced = foldText(ADVANCED_HEADING.split(' – ')[0]);
  return grid.length > 0 && !grid.some((r) => foldText(r[0]).startsWith(advanced) && r.slice(1).every(blank));
}

/**
 * What a current-layout Cấu hình's look should be by its own cells, as a new one is written (write.ts): the unit
 * list's widths for the units it holds, frozen through that list's headers. Null for an old-layout sheet (migrated
 * instead) or one without the unit list.
 */
export function configLookOf(grid: readonly (readonly Cell[])[]): { columnWidths: number[]; frozenRows: number } | null {
  if (isOldConfigLayout(grid)) return null;
  const { tables, headingRows } = splitTables(grid);
  if (!headingRows.units) return null;
  return { columnWidths: unitWidths((tables.units ?? []).map((r) => r.cells as LayoutValue[])), frozenRows: unitsFrozenRows(headingRows.units) };
}

/** The old sheet at the current layout, or why it is left as it is (a Vietnamese sentence for the setup result). */
export function migrateConfigGrid(grid: readonly (readonly Cell[])[], notes: readonly (readonly string[])[], timeZone: string): ConfigMigration | { refused: string } {
  const before = readConfigGrid(grid, timeZone);
  if (!before.campaign) return { refused: 'Cấu hình đang có lỗi; sửa xong, lần bấm sau sẽ chuyển sang bố cục mới.' };
  const { tables, headingRows } = splitTables(grid);
  const firstHeading = Math.min(...Object.values(headingRows).map(Number));
  const outside: string[] = [];
  grid.slice(0, firstHeading - 1).forEach((r, i) => r.forEach((v, j) => {
    const titleCell = j === 0 && i < 2 && (i === 1 || foldText(v).startsWith(foldText(CONFIG_TITLE)));
    if (!blank(v) && !titleCell) outside.push(`${CONFIG_SHEET_NAME}!${String.fromCharCode(65 + Math.min(j, 25))}${i + 1}`);
  }));
  if (outside.length) return { refused: `Cấu hình có nội dung ngoài các bảng (${outside.slice(0, 3).join(', ')}), nên chưa được chuyển sang bố cục mới để không mất nội dung đó.` };

  // Each new row's old row (0: a row of the add-on's own), table by table, as the new layout orders them.
  const source: Record<TableId, number[]> = Object.fromEntries(TABLE_ORDER.map((id) => [id, (tables[id] ?? []).map((r) => r.row)])) as Record<TableId, number[]>;
  const label = (row: number) => foldText(grid[row - 1][0]);
  const technical = new Set(ADVANCED_CAMPAIGN_FIELDS.map((f) => foldText(CAMPAIGN_KEYS[f])));
  source.advanced = [...source.advanced, ...source.campaign.filter((r) => technical.has(label(r)))];
  source.campaign = source.campaign.filter((r) => !technical.has(label(r)));
  const dropped = source.reminders.filter((r) => label(r) === foldText(REMINDER_KEYS.enabled));
  source.reminders = source.reminders.filter((r) => !dropped.includes(r));

  const types = before.campaign.unitTypes;
  const width = Math.max(...grid.map((r) => lastFilled(r) + 1), 0);
  const cellsOf = (id: TableId, row: number): LayoutValue[] => {
    const cells = Array.from({ length: width }, (_, j) => (grid[row - 1][j] ?? '') as LayoutValue);
    if (id === 'units') cells[1] = types.find((t) => foldText(t.id) === foldText(cells[1]))?.name ?? cells[1];
    return cells;
  };
  const rows = Object.fromEntries(TABLE_ORDER.map((id) => [id, source[id].map((r) => cellsOf(id, r))])) as Record<TableId, LayoutValue[][]>;
  const layout = configLayoutOf(rows, { year: before.campaign.year, typeNames: types.map((t) => t.name), columns: width });
  // A header row's cells past the table's own headers (a column a coordinator added) stay with it.
  for (const id of TABLE_ORDER) {
    const old = headingRows[id];
    if (!old) continue;
    grid[old].forEach((v, j) => { if (j >= TABLE[id].headers.length && !blank(v)) layout.values[layout.headings[id]][j] = v as LayoutValue; });
  }

  const from = new Map<number, number>([[1, 1], [2, 2]]);
  for (const id of TABLE_ORDER) {
    const at = layout.headings[id];
    if (headingRows[id]) { from.set(headingRows[id]!, at); from.set(headingRows[id]! + 1, at + 1); }
    source[id].forEach((r, i) => from.set(r, at + 2 + i));
  }
  const moved = layout.values.map((r) => r.map(() => ''));
  const lost: string[] = [];
  notes.forEach((r, i) => r.forEach((n, j) => {
    if (!n) return;
    const to = from.get(i + 1);
    if (to === undefined || dropped.includes(i + 1) || j >= layout.numColumns) lost.push(`${i + 1}`);
    else moved[to - 1][j] = n;
  }));
  if (lost.length) return { refused: `Cấu hình có ghi chú ở dòng không thuộc bảng nào (dòng ${lost.slice(0, 3).join(', ')}), nên chưa được chuyển sang bố cục mới để không mất ghi chú đó.` };

  // The proof: the new sheet reads the same campaign, with the same per-unit issues.
  const after = readConfigGrid(layout.values, timeZone);
  const same = (x: unknown) => JSON.stringify(x, (k, v) => (k === 'enabled' ? undefined : v));
  if (same(after.campaign) !== same(before.campaign) || after.unitIssues.length !== before.unitIssues.length) {
    return { refused: 'Cấu hình chưa được chuyển sang bố cục mới: bản chuyển không đọc ra đúng chiến dịch như bản hiện có.' };
  }
  return { layout, notes: moved };
}

function lastFilled(r: readonly Cell[]): number {
  for (let j = r.length - 1; j >= 0; j--) if (!blank(r[j])) return j;
  return -1;
}
