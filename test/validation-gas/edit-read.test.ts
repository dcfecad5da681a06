/**
 * An edit's one read (src/gas/validation/edit-read): one Sheets.Spreadsheets.getByDataFilter gives
 * what getDataRange().getValues(), getNotes() and getBackgrounds() of the tab and getValues() of
 * Tổng hợp's rows would, plus the spreadsheet's own developer metadata.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/getByDataFilter
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells (effectiveValue, effectiveFormat)
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues (dates as Date)
 */
import { gasWorld } from '../perf/gas-world';
import { readForEdit } from '../../src/gas/validation/edit-read';

const OWNER = 'owner@example.org';
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const world = gasWorld;

/** Dates (one with a time), a number that looks like a serial, text, a boolean, a formula, notes, fills, formatting past the data. */
function fillTab(ss: SS): GoogleAppsScript.Spreadsheet.Sheet {
  const sh = ss.insertSheet('Phường 2');
  sh.getRange(1, 1, 1, 4).setValues([['STT', 'Tên mô hình', 'Thời gian', 'Số hộ']]);
  sh.getRange(2, 1, 4, 4).setValues([
    [1, 'Mô hình A', new Date('2021-05-18T00:00:00+07:00'), 44334],
    [2, '', 'Tháng 5 - 10/2021', ''],
    [3, '=HYPERLINK("https://x","Nhãn")', new Date('2021-06-30T14:30:00+07:00'), true],
    ['', '', "'01/06/2021", 0.5],
  ]);
  sh.getRange('C3').setNote('⚠ Dân vận khéo: thiếu ngày').setBackground('#f4cccc');
  sh.getRange(9, 7).setBackground('#fce5cd').setNote('ngoài bảng');
  return sh;
}

describe('an edit\'s one read', () => {
  test('the tab\'s values are getDataRange().getValues(), its notes and fills getNotes() and getBackgrounds(), in one request', () => {
    const { emu, withGlobals, app } = world();
    withGlobals((ss) => {
      const sh = fillTab(ss);
      const expected = sh.getDataRange().getValues();
      const block = sh.getRange(2, 1, 4, 6);
      sh.getRange('F3:F4').setDataValidation(app.newDataValidation().requireValueInList(['mới', 'nhân rộng'], true).build());
      sh.getRange('E3').setDataValidation(app.newDataValidation().requireDate().build());
      const [notes, fills] = [block.getNotes(), block.getBackgrounds()];
      // Each cell's rule by its Sheets API condition type (getDataValidations' criteria, named as
      // ConditionType names them): the Ghi chú dropdown a list, E3's date rule another, '' none.
      const api: Record<string, string> = { VALUE_IN_LIST: 'ONE_OF_LIST', DATE_IS_VALID_DATE: 'DATE_IS_VALID' };
      const rules = block.getDataValidations().map((r) => r.map((v) => (v ? api[String(v.getCriteriaType())] : '')));
      expect([rules[1][5], rules[1][4], rules[1][3]]).toEqual(['ONE_OF_LIST', 'DATE_IS_VALID', '']);
      emu.calls.reset();
      const read = readForEdit(ss, { sheetId: sh.getSheetId() })!;
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
      expect(read.grid).toEqual(expected);
      expect(read.grid[1][2]).toBeInstanceOf(Date);
      expect(read.cells(2, 5, 6)).toEqual({ notes, backgrounds: fills, rules });
    });
  });

  test('a block of another sheet by its id, whatever its name, and the spreadsheet\'s own metadata', () => {
    const { withGlobals } = world();
    withGlobals((ss) => {
      const sh = fillTab(ss);
      const summary = ss.insertSheet('Tổng hợp (đổi tên)');
      summary.getRange(1, 1, 2, 3).setValues([['TỔNG HỢP', '', ''], ['Phường 2', 3, '18/05/2021']]);
      ss.addDeveloperMetadata('dvk.claim', '999 hourly');
      const read = readForEdit(ss, { sheetId: sh.getSheetId() }, { sheetId: summary.getSheetId(), rows: 3, width: 3 })!;
      expect(read.block).toEqual(summary.getRange(1, 1, 3, 3).getValues());
      expect(read.metadata).toEqual([{ key: 'dvk.claim', value: '999 hourly' }]);
    });
  });

  test('a block asked as ranges (its head rows whole, some columns below, a single cell) is read as those ranges, each cell in its place, the rest empty', () => {
    // Sheet.data: one GridData per range asked on the sheet, placed by its startRow/startColumn
    // (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet).
    const { emu, withGlobals } = world();
    withGlobals((ss) => {
      const sh = fillTab(ss);
      const summary = ss.insertSheet('Tổng hợp');
      summary.getRange(1, 1, 4, 5).setValues([['TỔNG HỢP', 'x', '', '', 'y'], ['Phường 1', 'Đủ', 'dài', 4, 'bỏ qua'], ['Phường 2', 'Thiếu', 'dài', 7, 'bỏ qua'], ['Phường 3', '', 'dài', 0, 'bỏ qua']]);
      emu.calls.reset();
      const read = readForEdit(ss, { sheetId: sh.getSheetId() }, { sheetId: summary.getSheetId(), rows: 4, width: 5,
        ranges: [[0, 1, 0, 5], [1, 4, 3, 4], [1, 4, 0, 2], [2, 3, 4, 5]] })!;
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
      expect(read.block).toEqual([['TỔNG HỢP', 'x', '', '', 'y'], ['Phường 1', 'Đủ', '', 4, ''], ['Phường 2', 'Thiếu', '', 7, 'bỏ qua'], ['Phường 3', '', '', 0, '']]);
    });
  });

  test('without the advanced service, or when the block\'s sheet is gone, there is no read (the caller reads with SpreadsheetApp)', () => {
    world({ sheetsApi: false }).withGlobals((ss) => expect(readForEdit(ss, { sheetId: fillTab(ss).getSheetId() })).toBeNull());
    const { withGlobals } = world();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    withGlobals((ss) => expect(readForEdit(ss, { sheetId: fillTab(ss).getSheetId() }, { sheetId: 987654, rows: 3, width: 3 })).toBeNull());
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
