/**
 * What a row inserted inside a unit's table carries over from its neighbours.
 *
 * Documented (Google): Sheets API InsertDimensionRequest.inheritFromBefore, "Whether dimension
 * properties should be extended from the dimensions before or after the newly inserted dimensions …
 * if row index 0 has red background and row index 1 has a green background … If inheritFromBefore is
 * true, the two new rows will be red … if inheritFromBefore is false, the two new rows will be green".
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * and the dimension properties are the line's pixelSize (and hidden state, metadata):
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#DimensionProperties
 *
 * Not documented: whether a new row also gets the number format, borders or data validation of its
 * neighbour (through either API), and what SpreadsheetApp's insertRowsAfter / insertRowsBefore carry
 * at all: the reference only says they insert rows
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)
 * The emulator takes the stricter case for the add-on there: no rule, format or border (Kiểm tra and the
 * edit must put the Ghi chú dropdown back, the printed copy must rule the row), and the neighbour's
 * background (an add-on mark colour may arrive on a new row, so the marks must reset it). Which side
 * SpreadsheetApp takes it from follows gas-fakes (THIRD PARTY, not Google: tanaikech/gas-fakes
 * src/services/spreadsheetapp/fakesheet.js sends insertRowsAfter as inheritFromBefore true and
 * insertRowsBefore / insertRows as false; its test/testsheetstext.js, run on live Apps Script, checks
 * only values and getLastRow, so it is no evidence of what is inherited). The conformance scenario
 * sheets-api.insert-rows-inherit records what Google really does.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { setup } from './spreadsheet-fixture';

/** Rows 2–3 of a small table: a dd/MM/yyyy date, borders, a list rule, a pink cell; row 4 green. */
function table() {
  const t = setup();
  const sheet = t.ss.getSheets()[0];
  const rule = t.app.newDataValidation().requireValueInList(['mô hình mới', 'tiếp tục thực hiện'], true).setAllowInvalid(true).build();
  for (const row of [2, 3]) {
    sheet.getRange(row, 1, 1, 3).setBorder(true, true, true, true, true, true);
    sheet.getRange(row, 2).setNumberFormat('dd/MM/yyyy').setValue(new Date(Date.UTC(2021, 4, 15)));
    sheet.getRange(row, 3).setDataValidation(rule).setValue('mô hình mới');
  }
  sheet.getRange('A3').setBackground('#f4cccc').setNote('⚠ Dân vận khéo: ghi chú');
  sheet.getRange('A4:C4').setBackground('#00ff00');
  sheet.setRowHeight(3, 42);
  sheet.setRowHeight(4, 30);
  return { ...t, sheet, sheets: createSheetsApi(t.ctx) };
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
/** What a user would see of row `r`: each cell's fill, format, rule and note, and the row's height. */
const rowOf = (sheet: Sheet, r: number) => ({
  backgrounds: sheet.getRange(r, 1, 1, 3).getBackgrounds()[0],
  dateFormat: sheet.getRange(r, 2).getNumberFormat(),
  rule: sheet.getRange(r, 3).getDataValidation() ? 'rule' : 'none',
  note: sheet.getRange(r, 1).getNote(),
  values: sheet.getRange(r, 1, 1, 3).getValues()[0],
  height: sheet.getRowHeight(r),
});

describe('Sheets API insertDimension (documented: the neighbour\'s dimension properties and background)', () => {
  const insert = (t: ReturnType<typeof table>, startIndex: number, endIndex: number, inheritFromBefore: boolean) =>
    t.sheets.Spreadsheets.batchUpdate({ requests: [{ insertDimension: { range: { sheetId: t.sheet.getSheetId(), dimension: 'ROWS', startIndex, endIndex }, inheritFromBefore } }] }, t.ss.getId());

  it('inheritFromBefore true: two rows under row 3 take its fills and height, and nothing else of it', () => {
    const t = table();
    const blank = rowOf(t.sheet, 10);
    insert(t, 3, 5, true);
    for (const r of [4, 5]) {
      expect(rowOf(t.sheet, r)).toEqual({ ...blank, backgrounds: ['#f4cccc', '#ffffff', '#ffffff'], height: 42 });
    }
    // The row that was below moved down whole.
    expect(rowOf(t.sheet, 6).backgrounds).toEqual(['#00ff00', '#00ff00', '#00ff00']);
    expect(rowOf(t.sheet, 3).rule).toBe('rule');
  });

  it('inheritFromBefore false: the rows take the fills and height of the row after them', () => {
    const t = table();
    const blank = rowOf(t.sheet, 10);
    insert(t, 3, 4, false);
    expect(rowOf(t.sheet, 4)).toEqual({ ...blank, backgrounds: ['#00ff00', '#00ff00', '#00ff00'], height: 30 });
    expect(rowOf(t.sheet, 5).backgrounds).toEqual(['#00ff00', '#00ff00', '#00ff00']);
  });

  it('at the end of the sheet with inheritFromBefore false there is no row after: the new rows are bare', () => {
    const t = table();
    t.sheet.getRange(1000, 1).setBackground('#0000ff');
    insert(t, 1000, 1002, false);
    expect(t.sheet.getMaxRows()).toBe(1002);
    expect(t.sheet.getRange('A1001:A1002').getBackgrounds()).toEqual([['#ffffff'], ['#ffffff']]);
  });
});

describe('SpreadsheetApp insertRowsAfter / insertRowsBefore (not documented: the stricter case)', () => {
  it('insertRowsAfter(3): the new row has the fills of row 3 only; no date format, rule, border, note or height of it', () => {
    const t = table();
    const blank = rowOf(t.sheet, 10);
    t.sheet.insertRowsAfter(3, 1);
    expect(rowOf(t.sheet, 4)).toEqual({ ...blank, backgrounds: ['#f4cccc', '#ffffff', '#ffffff'] });
    expect(t.ctx.data.sheets[0].cells.get('4:2')?.border).toBeUndefined();
    // Row 3's own rule, format and borders stay on it.
    expect(rowOf(t.sheet, 3)).toMatchObject({ rule: 'rule', dateFormat: 'dd/MM/yyyy', height: 42 });
    expect(t.ctx.data.sheets[0].cells.get('3:2')?.border).toEqual({ top: true, left: true, bottom: true, right: true });
  });

  it('insertRowsBefore(4) and insertRows(4): the new rows have the fills of the row they push down', () => {
    const t = table();
    t.sheet.insertRowsBefore(4, 2);
    expect(t.sheet.getRange('A4:C5').getBackgrounds()).toEqual([['#00ff00', '#00ff00', '#00ff00'], ['#00ff00', '#00ff00', '#00ff00']]);
    expect(t.sheet.getRowHeight(4)).toBe(21);
    t.sheet.insertRows(2, 1);
    expect(rowOf(t.sheet, 2)).toMatchObject({ backgrounds: ['#ffffff', '#ffffff', '#ffffff'], rule: 'none' });
  });
});

/*
 * How the conformance scenario reads borders: CellFormat.borders, each side a Border with its style
 * (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#borders).
 * The emulator keeps Range.setBorder's solid default only, so it answers a side's style and refuses
 * a mask asking for more of a Border.
 */
it('Spreadsheets.get gives the ruled table cells\' border styles and none on an inserted row; width is not modelled', () => {
  const t = table();
  t.sheet.insertRowsAfter(2, 1);
  const read = (fields: string) => t.sheets.Spreadsheets.get(t.ss.getId(), { ranges: ['A2:A4'], fields }) as { sheets: { data: { rowData: { values?: { userEnteredFormat?: unknown }[] }[] }[] }[] };
  const got = read('sheets(data(rowData/values(userEnteredFormat/borders(top/style,left/style))))');
  expect(got.sheets[0].data[0].rowData.map((r) => r.values?.[0]?.userEnteredFormat ?? null))
    .toEqual([{ borders: { top: { style: 'SOLID' }, left: { style: 'SOLID' } } }, null, { borders: { top: { style: 'SOLID' }, left: { style: 'SOLID' } } }]);
  expect(() => read('sheets(data(rowData/values(userEnteredFormat/borders/top/width)))')).toThrow(/not modelled/);
});
