/** A tab made since units have a formal name shows it upper-case in the header block: still that unit's header. */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildTemplateLayout, UNIT_NAME_CELL, unitHeaderName } from '../../src/core/template';
import { recogniseUnitTabs } from '../../src/core/unit-tab/recognise';

const c = parseCampaign(QUAN3_2021);

it('recognises “ĐẢNG ỦY PHƯỜNG 9” in the header as Phường 9, with the tab’s name agreeing', () => {
  const ward = c.units.find((u) => u.name === 'Phường 9')!;
  expect(unitHeaderName(ward)).toBe('ĐẢNG ỦY PHƯỜNG 9');
  const grid = buildTemplateLayout(c).values.map((r) => [...r]) as (string | number)[][];
  grid[UNIT_NAME_CELL.row - 1][UNIT_NAME_CELL.column - 1] = unitHeaderName(ward);
  const r = recogniseUnitTabs(c, [{ sheetId: 5, name: 'Phường 9', grid }], new Set());
  expect(r.unclear).toEqual([]);
  expect(r.tabs).toEqual([expect.objectContaining({ unit: 'Phường 9', by: 'header-and-name' })]);
});
