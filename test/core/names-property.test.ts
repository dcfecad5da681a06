/**
 * Property (issue 18): over random spellings of unit names — Unicode forms, white space, invisible
 * characters, case — two names are the same unit exactly when their canonical forms are equal:
 * Cấu hình refuses two such rows (at both cells) and accepts two different names; and setup never
 * plans one tab for two units, whatever spellings the tabs' metadata hold.
 */
import fc from 'fast-check';
import { parseCampaign, QUAN3_2021, type Campaign } from '../../src/core/campaign';
import { buildConfigLayout, readConfigGrid } from '../../src/core/config-sheet';
import { nameKey } from '../../src/core/names';
import { planSetup, type TabInfo } from '../../src/gas/setup/plan';

const BASES = ['Phường 9', 'Phường 1', 'Phường 11', 'Phường Võ Thị Sáu', 'Phòng Giáo dục', 'Phuong 9'];
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const SPACES = [' ', '  ', '\u00a0', '\u2009', '\u3000', ' \t'];

/** One way a person (or a paste) could write `base`: the identity is the base's index. */
const spelling = fc.record({
  base: fc.integer({ min: 0, max: BASES.length - 1 }),
  nfd: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
  invisible: fc.array(fc.tuple(fc.nat(30), fc.constantFrom(...INVISIBLE)), { maxLength: 3 }),
  space: fc.constantFrom(...SPACES),
  edges: fc.tuple(fc.constantFrom('', ' ', '\u00a0', '\u200b'), fc.constantFrom('', ' ', '\u3000')),
  upper: fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
}).map((r) => {
  let chars = Array.from(BASES[r.base]).map((ch, i) => {
    const c = r.upper[i] ? ch.toLocaleUpperCase('vi') : ch;
    return c === ' ' ? r.space : r.nfd[i] ? c.normalize('NFD') : c;
  });
  for (const [at, z] of r.invisible) chars = [...chars.slice(0, at % (chars.length + 1)), z, ...chars.slice(at % (chars.length + 1))];
  return { base: r.base, text: r.edges[0] + chars.join('') + r.edges[1] };
});

const c = parseCampaign(QUAN3_2021);
const TYPE = c.units[0].type;

/** The default Cấu hình with its unit list replaced by `names`. */
function configWith(names: string[]): { grid: unknown[][]; firstRow: number } {
  const only = parseCampaign({ ...QUAN3_2021, units: [{ name: 'X', type: TYPE, emails: [] }] });
  const l = buildConfigLayout(only);
  const grid = l.values.map((r) => [...r]);
  const firstRow = l.headings.units + 2;
  grid.splice(firstRow - 1, 1, ...names.map((n) => [n, TYPE, '', '', '', '']));
  return { grid, firstRow };
}

describe('canonical names, by property', () => {
  it('two spellings are the same unit exactly when they spell the same name', () => {
    fc.assert(fc.property(spelling, spelling, (a, b) => (nameKey(a.text) === nameKey(b.text)) === (a.base === b.base)));
  });

  it('Cấu hình refuses two rows of one name, at both cells, and accepts two names', () => {
    fc.assert(fc.property(spelling, spelling, (a, b) => {
      const { grid, firstRow } = configWith([a.text, b.text]);
      const r = readConfigGrid(grid);
      if (a.base !== b.base) return r.problems.length === 0 && sameUpToCase(r.campaign!, a, b);
      return !r.campaign && [firstRow, firstRow + 1].every((row) => r.problems.some((p) => p.startsWith(`Cấu hình!A${row}: tên đơn vị`)));
    }), { numRuns: 150 });
  });

  it('setup never plans one tab for two units, whatever the tabs’ metadata spell', () => {
    const tab = (i: number, unit: string): TabInfo => ({ sheetId: 100 + i, name: `Tab ${i}`, unit, sync: { editors: [] } });
    fc.assert(fc.property(fc.array(spelling, { minLength: 1, maxLength: 8 }), fc.array(spelling, { maxLength: 8 }), (units, tabs) => {
      const read = readConfigGrid(configWith(units.map((u) => u.text)).grid);
      if (!read.campaign) return new Set(units.map((u) => u.base)).size < units.length;
      const sheets = tabs.map((t, i) => ({ sheetId: 100 + i, name: `Tab ${i}` }));
      const owner = new Map<number, string>();
      for (const a of planSetup(read.campaign, sheets, tabs.map((t, i) => tab(i, t.text)), new Set())) {
        if (a.kind === 'none' || a.kind === 'update' || a.kind === 'finish') {
          const prev = owner.get(a.tab.sheetId);
          if (prev !== undefined && prev !== a.unit.name) return false;
          owner.set(a.tab.sheetId, a.unit.name);
        }
      }
      return true;
    }), { numRuns: 200 });
  });
});

/** Two different bases read back as two units, each its canonical spelling (case as typed). */
function sameUpToCase(campaign: Campaign, a: { base: number }, b: { base: number }): boolean {
  return campaign.units.length === 2 && nameKey(campaign.units[0].name) === nameKey(BASES[a.base]) && nameKey(campaign.units[1].name) === nameKey(BASES[b.base]);
}
