/**
 * A Cấu hình table whose header row was deleted (issue 18, break 5) is a configuration error naming
 * the table, never a table one row shorter (its first unit, round or quota silently gone). Each
 * table in core, and the unit list through the built bundle as a coordinator would meet it.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildConfigLayout, readConfigGrid, TABLE, TABLE_ORDER } from '../../src/core/config-sheet';
import { asUser, emulator, OWNER } from './helpers';

const c = parseCampaign(QUAN3_2021);

describe.each(TABLE_ORDER.map((id) => [TABLE[id].heading, id] as const))('the “%s” table without its header row', (heading, id) => {
  const layout = buildConfigLayout(c);
  const grid = layout.values.map((r) => [...r]);
  const header = layout.headings[id] + 1;
  grid.splice(header - 1, 1);
  const r = readConfigGrid(grid);

  it('is an error at the cell under the heading, naming the table; no campaign is read', () => {
    expect(r.campaign).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(new RegExp(`^Cấu hình!A${header}: bảng “${heading}” thiếu dòng tiêu đề \\(“${TABLE[id].headers[0].replace(/[()]/g, '\\$&')}”`))]);
  });
});

test('setup stops on a Đơn vị table without its header, and no unit loses its tab', () => {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const tabs = () => asUser(emu, OWNER, (ss) => ss.getSheets().length);
  const before = tabs();
  const row = asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const header = config.getDataRange().getValues().findIndex((r) => r[0] === 'Tên đơn vị') + 1;
    config.deleteRow(header);
    return header;
  });
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(`Cấu hình!A${row}: bảng “Đơn vị” thiếu dòng tiêu đề`);
  expect(tabs()).toBe(before);
});
