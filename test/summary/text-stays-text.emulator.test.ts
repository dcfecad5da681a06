/**
 * Tổng hợp's alert dates ("18/05/2021" under Ngày) and other text keep one type whichever way they
 * were written: the full rebuild (Range.setValues, which parses strings as typed:
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)) and an
 * edit's refresh (Sheets API updateCells with stringValue, never parsed:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue).
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { campaignWith, fireRows, firstRowOf } from '../validation-gas/world';
import { fill, good, sheetValues } from './world';

const isDate = (v: unknown) => Object.prototype.toString.call(v) === '[object Date]';
const dates = (emu: Emulator, sheet: string) => sheetValues(emu, sheet).values.flat().filter(isDate);
const alertDate = (emu: Emulator) => sheetValues(emu, 'Tổng hợp').values.find((r) => r[0] === 'Hạn đăng ký Đợt 1')?.[1];

it('the rebuild and an edit\'s refresh both leave Ngày "18/05/2021" as text, and no cell of either sheet a date', () => {
  const emu = campaignWith(32);
  emu.clock.set('2021-05-19T09:00:00+07:00');
  emu.bundle!.call('refreshSummary');
  expect(alertDate(emu)).toBe('18/05/2021');
  expect(dates(emu, 'Tổng hợp')).toEqual([]);
  expect(dates(emu, 'Danh sách mô hình')).toEqual([]);
  fill(emu, 'Phường 1', 1, [good('Bữa cơm 0 đồng')]);
  fireRows(emu, firstRowOf(emu, 1, 'Phường 1'), 1, undefined, 'Phường 1');
  expect(alertDate(emu)).toBe('18/05/2021');
  expect(dates(emu, 'Tổng hợp')).toEqual([]);
  expect(dates(emu, 'Danh sách mô hình')).toEqual([]);
});
