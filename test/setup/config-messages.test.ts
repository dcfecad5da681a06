/**
 * Whatever a person types into any cell of Cấu hình, what they are told is Vietnamese and names the cell:
 * no message of the validation library ("Invalid input: expected number", "Too small") reaches them.
 * Every data cell of the default sheet is replaced in turn by values people mistype.
 */
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { buildConfigLayout, readConfigGrid } from '../../src/core/config-sheet';

const c = parseCampaign({ ...QUAN3_2021, coordinators: ['bandanvan@q3.gov.vn'], catalogue: QUAN3_2021_CATALOGUE.slice(0, 3) });
const layout = buildConfigLayout(c);
const grid: unknown[][] = layout.values.map((r) => [...r]);
/** Words of zod's own messages and of JavaScript's, none of which a coordinator should read. */
const LIBRARY = /invalid|expected|received|too (small|big)|unrecognized|must|string|number|array|object|undefined|null|nan|\(gốc\)/i;
const MISTYPED: unknown[] = ['abc', -3, 1.5, '', 'x@', '31/02/2021'];
const headerRows = new Set(Object.values(layout.headings).flatMap((h) => [h, h + 1]));
/** Rows of the unit list past its third: they hold what the first three do. */
const moreUnits = (row: number) => row >= layout.headings.units + 5 && row < layout.headings.units + 2 + c.units.length;

it('says every problem of a mistyped cell in Vietnamese, at a cell of Cấu hình', () => {
  const seen = new Set<string>();
  const wrong = new Set<string>();
  let cells = 0;
  grid.forEach((row, i) => {
    if (i < 3 || headerRows.has(i + 1) || moreUnits(i + 1)) return;
    row.forEach((v, j) => {
      if (v === '' || v === undefined) return;
      cells++;
      for (const bad of MISTYPED) {
        const g = grid.map((r) => [...r]);
        g[i][j] = bad;
        const r = readConfigGrid(g);
        for (const m of [...r.problems, ...r.unitIssues.map((u) => u.message)]) {
          seen.add(m);
          if (LIBRARY.test(m.replace(/phải là một trong: .*$/, '')) || !/^Cấu hình(![A-Z]+\d+)?: \S/.test(m)) wrong.add(`${JSON.stringify(bad)} → ${m}`);
        }
      }
    });
  });
  expect([...wrong]).toEqual([]);
  expect(cells).toBeGreaterThan(100);
  // The mistypes do produce problems (the check above is not vacuous).
  expect(seen.size).toBeGreaterThan(50);
});
