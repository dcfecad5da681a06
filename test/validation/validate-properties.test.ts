/** validateEntries on whatever a paste can put in a tab. */
import fc from 'fast-check';
import { validateEntries } from '../../src/core/validation';
import type { RawEntry } from '../../src/core/unit-tab/entry';
import { campaign, ward } from './fixtures';

const cell = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('mới', 'Tiếp tục', 'nhân rộng từ Phường 9', 'Đợt 1', 'Tháng 5/2021', '=1+1', '- gạch đầu dòng', 'Bếp ăn tình thương'),
  fc.integer(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
);
const row = fc.record({
  content: fc.integer({ min: 1, max: 5 }),
  row: fc.integer({ min: 1, max: 500 }),
  cells: fc.record({ stt: cell, name: cell, form: cell, time: cell, expected: cell, kind: cell }),
});

describe('validateEntries properties', () => {
  it('never throws; problems point at given rows; counted rows have a name and no error', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.constantFrom('2021-05-01', '2021-06-01', '2021-07-01'), (rows: RawEntry[], today) => {
        const r = validateEntries(campaign, ward, rows, today);
        const given = new Set(rows.map((x) => x.row));
        for (const p of r.problems) {
          expect(given.has(p.row)).toBe(true);
          expect(p.message.startsWith(`Dòng ${p.row}, cột `)).toBe(true);
        }
        for (const e of r.entries) {
          if (e.counts) expect(e.name !== '' && e.errors === 0).toBe(true);
          for (const [k, v] of Object.entries(e.rewrites)) expect(v).toBe(`'${rows.find((x) => x.row === e.row && x.cells[k as 'name'] === v.slice(1))!.cells[k as 'name']}`);
        }
        expect(r.errors + r.warnings).toBe(r.problems.length + r.quotas.length);
      }),
      { numRuns: 300 },
    );
  });
});
