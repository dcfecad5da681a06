/** Last year's models into next year's unit tabs (core/unit-tab/carry-over), on the real form layout. */
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { buildTemplateLayout } from '../../src/core/template';
import { carryOverRows, prefillFor, readCarryOver } from '../../src/core/unit-tab/carry-over';
import { formSections, readUnitTab } from '../../src/core/unit-tab/read';
import type { RawEntry, SheetValue } from '../../src/core/unit-tab/entry';

const c = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
const form = buildTemplateLayout(c).values.map((r) => r.map((v) => (v ?? '') as SheetValue));
const sections = formSections(form, c);
const entry = (content: number, name: string, time: SheetValue = 'Quý 3/2021'): RawEntry =>
  ({ content, row: 0, cells: { stt: '1.', name, form: 'Hình thức', time, expected: 'Kết quả', kind: 'mô hình mới' } });

/** The tab after the write: the form with the inserts, then the block laid in. */
function tabAfter(rows: Map<number, Partial<Record<string, SheetValue>>[]>): SheetValue[][] {
  const p = prefillFor(c, form, sections, rows as never)!;
  const grid = form.map((r) => [...r]);
  for (const x of p.inserts) grid.splice(x.afterRow, 0, ...Array.from({ length: x.count }, () => Array(grid[0].length).fill('')));
  p.values.forEach((r, i) => r.forEach((v, j) => { grid[p.startRow - 1 + i][j] = v; }));
  return grid;
}

describe('carrying a unit’s models into next year’s tab', () => {
  const rows = carryOverRows(c, 2022, [
    { unit: 'Phường 9', entries: [entry(1, 'Mô hình A'), entry(3, 'Phủ xanh tuyến hẻm', new Date(Date.UTC(2021, 5, 30, 17)))] },
    { unit: 'Phường 2', entries: [...Array.from({ length: 12 }, (_, i) => entry(1, `Công trình ${i + 1}`)), entry(2, '')] },
  ]);

  it('lists one row a named model, times moved to the new year', () => {
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Phường 9', 1, 'Mô hình A'], ['Phường 9', 3, 'Phủ xanh tuyến hẻm'],
      ...Array.from({ length: 12 }, (_, i) => ['Phường 2', 1, `Công trình ${i + 1}`]),
    ]);
    expect(rows[1][4]).toBe('Quý 3/2022');
    expect((rows[2][4] as Date).toISOString()).toBe('2022-06-30T17:00:00.000Z');
  });

  it('lays the rows into their sections as “tiếp tục thực hiện”, the form’s headings and empty rows as they were', () => {
    const tab = tabAfter(readCarryOver(rows, c).forUnit('phường 9'));
    const read = readUnitTab(tab, c);
    expect(read.problems).toEqual([]);
    expect(read.entries.map((e) => [e.content, e.cells.name, e.cells.kind])).toEqual([
      [1, 'Mô hình A', 'tiếp tục thực hiện'], [3, 'Phủ xanh tuyến hẻm', 'tiếp tục thực hiện']]);
    const untouched = (r: number) => tab[r - 1].join('|') === form[r - 1].join('|');
    for (const s of sections) expect(untouched(s.headingRow)).toBe(true);
    expect(untouched(sections[0].firstRow + 1)).toBe(true);
  });

  it('grows a section too short for the unit’s models and keeps reading the sections after it', () => {
    const p = prefillFor(c, form, sections, readCarryOver(rows, c).forUnit('Phường 2'))!;
    const room = sections[0].lastRow - sections[0].firstRow + 1;
    expect(p.inserts).toEqual([{ afterRow: sections[0].lastRow, count: 12 - room }]);
    const read = readUnitTab(tabAfter(readCarryOver(rows, c).forUnit('Phường 2')), c);
    expect(read.problems).toEqual([]);
    expect(read.entries.map((e) => e.cells.stt)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}.`));
  });

  it('leaves out a row the coordinator deleted from the sheet, and a unit with nothing left gets nothing', () => {
    const trimmed = rows.filter((r) => r[2] !== 'Mô hình A');
    expect(readUnitTab(tabAfter(readCarryOver(trimmed, c).forUnit('Phường 9')), c).entries.map((e) => e.cells.name)).toEqual(['Phủ xanh tuyến hẻm']);
    expect(prefillFor(c, form, sections, readCarryOver(trimmed.filter((r) => r[0] !== 'Phường 9'), c).forUnit('Phường 9'))).toBeNull();
  });
});
