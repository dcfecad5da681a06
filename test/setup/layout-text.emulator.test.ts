/**
 * Cấu hình and Mẫu đăng ký read back exactly as their layouts say: setValues parses strings as typed
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object); emulated in
 * test/emulator/spreadsheet-typed-input.test.ts), so applyLayout sets number formats first and writes
 * text behind an apostrophe: "1" or "7, 3, 1, 0" stays text, numbers stay numbers, dates stay dates.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildConfigLayout } from '../../src/core/config-sheet/write';
import { buildTemplateLayout } from '../../src/core/template/template';
import { asUser, emulator, OWNER } from './helpers';

const c = parseCampaign(QUAN3_2021);

const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';

it('Mẫu đăng ký holds its layout\'s values, each of its type', () => {
  const layout = buildTemplateLayout(c);
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  expect(asUser(emu, OWNER, (ss) => ss.getSheetByName('Mẫu đăng ký')!.getRange(1, 1, layout.numRows, layout.numColumns).getValues())).toEqual(layout.values);
});

it('Cấu hình keeps text that looks like a number ("1", "7, 3, 1, 0") as text, and its dates as dates', () => {
  const layout = buildConfigLayout(c);
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const values = asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getDataRange().getValues()).flat();
  const numberLike = (v: unknown) => typeof v === 'string' && /^[\d.,%\s]+$/.test(v);
  expect(layout.values.flat().filter(numberLike).length).toBeGreaterThan(0);
  expect(values.filter(numberLike)).toEqual(layout.values.flat().filter(numberLike));
  expect(values.filter(isDate)).toHaveLength(layout.values.flat().filter(isDate).length);
});
