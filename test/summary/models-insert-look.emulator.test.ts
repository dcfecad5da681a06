/**
 * A unit's first models in Danh sách mô hình, when its block is the first under the header row, do not take the
 * header's look: the edit's refresh inserts them taking the row below's (insertDimension inheritFromBefore false),
 * where any other insert takes the row above's, a model row.
 * Behaviour relied on: "If inheritFromBefore is true, the two new rows will be red (because the row before the insertion
 * point was red), whereas if inheritFromBefore is false, the two new rows will be green (because the row after the
 * insertion point was green)", and the size with it (DimensionProperties): the emulator's insertDimension
 * (src/local/emulator/spreadsheet/sheet-structure.ts, pinned in b593ccc; conformance sheets-api.insert-rows-inherit
 * asks Google under a heading row)
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { fireRows, firstRowOf } from '../validation-gas/world';
import { asUser, call, campaignWith, fill, good, OWNER, sheetValues, unitTable } from './world';

const MODELS = 'Danh sách mô hình';
const HEADER_FILL = '#cfe2f3';
const look = (emu: Emulator, row: number) => asUser(emu, OWNER, (ss) => {
  const sheet = ss.getSheetByName(MODELS)!;
  const range = sheet.getRange(row, 1, 1, sheet.getLastColumn());
  return { fills: range.getBackgrounds()[0], height: sheet.getRowHeight(row) };
});

test.each([['the Sheets API', true], ['SpreadsheetApp (no advanced service)', false]])('through %s, a unit\'s first models inserted right under the header row carry a model row\'s look, not the header\'s fill or height', (_, sheetsApi) => {
  const emu = campaignWith(12, { sheetsApi });
  call(emu, 'refreshSummary');
  const [first, , third] = [...unitTable(emu).keys()];
  fill(emu, third, 1, [good('Một cửa thân thiện')]);
  call(emu, 'refreshSummary');
  // The coordinator gives the header row a fill and a height (the add-on makes it bold and wrapped only).
  asUser(emu, OWNER, (ss) => {
    const sheet = ss.getSheetByName(MODELS)!;
    sheet.getRange(1, 1, 1, sheet.getLastColumn()).setBackground(HEADER_FILL);
    sheet.setRowHeight(1, 48);
  });
  const modelRow = look(emu, 2);
  expect(sheetValues(emu, MODELS).values[1][0]).toBe(third);
  expect(look(emu, 1)).not.toEqual(modelRow);

  fill(emu, first, 1, [good('Bữa cơm 0 đồng'), good('Tủ bánh mì')]);
  fireRows(emu, firstRowOf(emu, 1, first), 2, OWNER, first);
  expect(sheetValues(emu, MODELS).values.slice(1, 4).map((r) => r[0])).toEqual([first, first, third]);
  expect([look(emu, 2), look(emu, 3)]).toEqual([modelRow, modelRow]);
  expect(look(emu, 1).fills[0]).toBe(HEADER_FILL);
  // As the rebuild lays them out.
  const refreshed = [2, 3, 4].map((r) => look(emu, r));
  call(emu, 'refreshSummary');
  expect([2, 3, 4].map((r) => look(emu, r))).toEqual(refreshed);
});
