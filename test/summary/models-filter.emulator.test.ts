/**
 * Danh sách mô hình is filterable: after a rebuild one filter covers exactly its header and model
 * rows; each edit's refresh keeps it over every model row without extra calls when the new rows
 * fall inside it, and a rebuild that finds it right leaves it (and a coordinator's criteria) alone.
 * Behaviours relied on (Google's reference):
 * - One filter per sheet; Range.createFilter on a sheet that has one throws
 *   https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
 * - Sheet.getFilter returns null when the sheet has none; Filter.remove removes it
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter()
 *   https://developers.google.com/apps-script/reference/spreadsheet/filter#remove()
 * - Rows inserted inside a range that a sheet object covers (a filter, like a protected range) grow it
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { fireRows, firstRowOf } from '../validation-gas/world';
import { asUser, call, campaignWith, fill, good, OWNER, sheetIdOf, sheetValues, type Row } from './world';

const MODELS = 'Danh sách mô hình';
const refreshTab = (emu: Emulator, tab: string) => emu.run(OWNER, () => emu.bundle!.invoke('refreshUnitTab_', [sheetIdOf(emu, tab)]));
const filterOf = (emu: Emulator) => asUser(emu, OWNER, (ss) => ss.getSheetByName(MODELS)!.getFilter()?.getRange().getA1Notation() ?? null);
/** Rows holding a model (column Đơn vị filled), header excluded. */
const modelRows = (emu: Emulator) => sheetValues(emu, MODELS).values.slice(1).filter((r) => r[0] !== '');
/** Header (row 1, columns A:I) and every model row, nothing below. */
const tableA1 = (emu: Emulator) => `A1:J${1 + modelRows(emu).length}`;
const models = (n: number, prefix: string): Row[] => Array.from({ length: n }, (_, i) => good(`${prefix} ${i + 1}`));

/** Calls a refresh made to the filter (none is the goal when the rows fall inside it). */
function filterCalls(emu: Emulator, run: () => unknown): Record<string, number> {
  emu.calls.reset();
  run();
  return Object.fromEntries(Object.entries(emu.calls.snapshot()).filter(([k]) => /Filter/.test(k)));
}

describe('the filter of Danh sách mô hình', () => {
  const emu = campaignWith(12);
  fill(emu, 'Phường 1', 1, models(3, 'Bữa cơm'));
  fill(emu, 'Phường 3', 2, models(2, 'Một cửa'));

  it('covers exactly the header and the model rows after a rebuild', () => {
    call(emu, 'refreshSummary');
    expect(modelRows(emu)).toHaveLength(5);
    expect(filterOf(emu)).toBe('A1:J6');
    expect(sheetValues(emu, MODELS).values[0].slice(0, 4)).toEqual(['Đơn vị', 'Loại đơn vị', 'Nội dung', 'Tên mô hình']);
  });

  it('grows with a unit’s added models at no extra call when rows follow them', () => {
    fill(emu, 'Phường 1', 1, models(5, 'Bữa cơm'));
    expect(filterCalls(emu, () => expect(refreshTab(emu, 'Phường 1')).toBe('refreshed'))).toEqual({});
    expect(modelRows(emu)).toHaveLength(7);
    expect(filterOf(emu)).toBe(tableA1(emu));
  });

  it('reaches the models of the last unit when they are added below the table (a person’s edit through the triggers)', () => {
    const tab = 'Phường Võ Thị Sáu';
    fill(emu, tab, 1, models(2, 'Hẻm xanh'));
    fireRows(emu, firstRowOf(emu, 1, tab), 2, OWNER, tab);
    expect(modelRows(emu).slice(-2).map((r) => [r[0], r[3]])).toEqual([[tab, 'Hẻm xanh 1'], [tab, 'Hẻm xanh 2']]);
    expect(filterOf(emu)).toBe('A1:J10');
    // Once the unit has a row above its last, more models go inside the filter: no filter call.
    fill(emu, tab, 1, models(4, 'Hẻm xanh'));
    expect(filterCalls(emu, () => refreshTab(emu, tab))).toEqual({});
    expect(filterOf(emu)).toBe('A1:J12');
    expect(filterOf(emu)).toBe(tableA1(emu));
  });

  it('shrinks with a unit’s removed models', () => {
    fill(emu, 'Phường 3', 2, []);
    refreshTab(emu, 'Phường 3');
    expect(filterOf(emu)).toBe(tableA1(emu));
    expect(filterOf(emu)).toBe('A1:J10');
  });

  it('is left alone by a rebuild that finds it right, and remade when the table changed', () => {
    // Found right in the file's layout read (the Sheets API's basicFilter): no filter call at all.
    expect(filterCalls(emu, () => call(emu, 'refreshSummary'))).toEqual({});
    expect(filterOf(emu)).toBe('A1:J10');
    // A write no edit event reports (by API): the next rebuild finds the table longer.
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Phường 4')!.getRange(firstRowOf(emu, 3, 'Phường 4'), 2, 2, 5).setValues(models(2, 'Khu phố')));
    expect(filterCalls(emu, () => call(emu, 'refreshSummary'))).toEqual({ 'Sheet.getFilter': 1, 'Filter.getRange': 1, 'Filter.remove': 1, 'Range.createFilter': 1 });
    expect(filterOf(emu)).toBe('A1:J12');
    expect(filterOf(emu)).toBe(tableA1(emu));
  });

  it('is made again by the rebuild after a coordinator removed it', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetByName(MODELS)!.getFilter()!.remove());
    call(emu, 'refreshSummary');
    expect(filterOf(emu)).toBe(tableA1(emu));
  });
});
