/**
 * Recognising unit tabs from the form (core/unit-tab/recognise.ts): what it matches and what it
 * refuses to guess. Grids are the template's own layout, as a copy of Mẫu đăng ký holds it.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildTemplateLayout } from '../../src/core/template';
import { unitMarkerName } from '../../src/core/unit-tab/marker';
import { recogniseUnitTabs, type FormCandidate } from '../../src/core/unit-tab/recognise';
import type { SheetValue } from '../../src/core/unit-tab/entry';

const c = parseCampaign(QUAN3_2021);
const layout = buildTemplateLayout(c);
const template = layout.values as SheetValue[][];
const section2 = layout.sections[1].headingRow - 1;
let nextId = 100;
function tab(name: string, headerName: string, edit: (g: SheetValue[][]) => void = () => {}): FormCandidate {
  const grid = template.map((r) => [...r]);
  grid[1][0] = headerName;
  edit(grid);
  return { sheetId: nextId++, name, grid };
}
const run = (tabs: FormCandidate[], claimed: string[] = [], markers = new Map<number, string>()) => recogniseUnitTabs(c, tabs, new Set(claimed), markers);

test('matches by header and tab name, by either alone, and by the marker even when the form lost a section', () => {
  const both = tab('Phường 1', 'PHƯỜNG 1');
  const header = tab('Bảng của chúng tôi', 'Phường 2');
  const name = tab('p.03', '(Tên đơn vị)');
  const marked = tab('Tổ công tác', '', (g) => { g[section2][0] = ''; });
  const r = run([both, header, name, marked], [], new Map([[marked.sheetId, unitMarkerName('Phường 4')]]));
  expect(r.unclear).toEqual([]);
  expect(r.tabs.map((t) => [t.unit, t.by, t.placeholder])).toEqual([
    ['Phường 1', 'header-and-name', false], ['Phường 2', 'header', false], ['Phường 3', 'name', true], ['Phường 4', 'marker', false],
  ]);
});

test('a tab named after a unit that is not the form (a section missing, no header row) is not recognised', () => {
  const noSection = tab('Phường 5', 'Phường 5', (g) => { for (const row of g) if (/^3\. Nội dung/.test(String(row[0]))) row[0] = ''; });
  const headersGone = tab('Phường 9', 'Phường 9', (g) => { for (const row of g) if (row[0] === 'STT') row.fill(''); });
  expect(run([noSection, headersGone])).toEqual({ tabs: [], unclear: [] });
});

test('refuses to guess: two tabs for one unit, name and header disagreeing, a header naming two units, a look-alike of a tracked unit', () => {
  const r = run([
    tab('Phường 9', 'Phường 9'), tab('Phường 9 (bản sao)', 'Phường 9'),
    tab('Phường 10', 'Phường 11'),
    tab('Trang 1', 'Phường 12', (g) => { g[0][0] = 'Phường 13'; }),
    tab('Phường 14 cũ', 'Phường 14'),
    tab('Không tên', ''),
  ], ['Phường 14']);
  expect(r.tabs).toEqual([]);
  expect(r.unclear.map((u) => [u.names, u.units])).toEqual(expect.arrayContaining([
    [['Phường 10'], ['Phường 10', 'Phường 11']],
    [['Trang 1'], ['Phường 13', 'Phường 12']],
    [['Không tên'], []],
    [['Phường 9', 'Phường 9 (bản sao)'], ['Phường 9']],
    [['Phường 14 cũ'], []],
  ]));
  expect(r.unclear).toHaveLength(5);
});
