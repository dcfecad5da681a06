/**
 * Range.setValue(s) and Sheet.appendRow take strings as if typed into the cell, in the
 * spreadsheet's locale; the Sheets API's stringValue (and RAW) never parses.
 * Sources: https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
 *          https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption
 *          ("USER_ENTERED: The values will be parsed as if the user typed them into the UI. Numbers
 *          will stay as numbers, but strings may be converted to numbers, dates, etc.");
 *          https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue
 *          (stringValue: "Represents a string value. Leading single quotes are not included").
 * The vi_VN conventions (day first, decimal comma) are the locale's; Google's full parser (currency,
 * month names, bare times) is larger than what is modelled here: see src/local/emulator/spreadsheet/typed-input.ts.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { setup } from './spreadsheet-fixture';

function viSheet() {
  const t = setup();
  t.data.locale = 'vi_VN';
  t.data.timeZone = 'Asia/Ho_Chi_Minh';
  return { ...t, sheet: t.ss.getSheets()[0] };
}

describe('setValue(s) parses strings as typed (range#setValue; ValueInputOption USER_ENTERED)', () => {
  it('vi_VN: 18/05/2021 is a date at midnight in the spreadsheet zone, shown dd/MM/yyyy', () => {
    const { sheet } = viSheet();
    sheet.getRange('A1').setValue('18/05/2021');
    const v = sheet.getRange('A1').getValue() as Date;
    expect(Object.prototype.toString.call(v)).toBe('[object Date]');
    expect(v.toISOString()).toBe('2021-05-17T17:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('18/05/2021');
  });

  it('en_US reads the same text month first; an impossible date stays text', () => {
    const { sheet, data } = viSheet();
    data.locale = 'en_US';
    sheet.getRange('A1:B1').setValues([['05/18/2021', '18/05/2021']]);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2021-05-17T17:00:00.000Z');
    expect(sheet.getRange('B1').getValue()).toBe('18/05/2021');
  });

  it('numbers (leading zeros dropped, vi_VN separators), percents and booleans', () => {
    const { sheet } = viSheet();
    sheet.getRange('A1:F1').setValues([['0123', '12%', '1,5', '3.000', 'TRUE', 'Quý 3']]);
    expect(sheet.getRange('A1:F1').getValues()[0]).toEqual([123, 0.12, 1.5, 3000, true, 'Quý 3']);
    expect(sheet.getRange('B1').getNumberFormat()).toBe('0%');
  });

  it("a leading ' makes text and is not kept; = makes a formula", () => {
    const { sheet } = viSheet();
    sheet.getRange('A1:C1').setValues([["'0123", "'=1+1", '=1+1']]);
    expect(sheet.getRange('A1:B1').getValues()[0]).toEqual(['0123', '=1+1']);
    expect(sheet.getRange('A1:C1').getFormulas()[0]).toEqual(['', '', '=1+1']);
  });

  it("a cell formatted as plain text ('@') before the write keeps the string; formatting after is too late", () => {
    const { sheet } = viSheet();
    sheet.getRange('A1').setNumberFormat('@').setValue('18/05/2021');
    sheet.getRange('B1').setValue('18/05/2021').setNumberFormat('@');
    expect(sheet.getRange('A1').getValue()).toBe('18/05/2021');
    expect(Object.prototype.toString.call(sheet.getRange('B1').getValue())).toBe('[object Date]');
  });

  it('appendRow parses as typed too', () => {
    const { sheet } = viSheet();
    sheet.appendRow(['07/05/2021', '45%']);
    expect(sheet.getRange('B1').getValue()).toBe(0.45);
    expect(Object.prototype.toString.call(sheet.getRange('A1').getValue())).toBe('[object Date]');
  });

  it('the Sheets API stringValue never parses', () => {
    const { sheet, ctx, ss } = viSheet();
    createSheetsApi(ctx).Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 },
      rows: [{ values: [{ userEnteredValue: { stringValue: '18/05/2021' } }, { userEnteredValue: { stringValue: '0123' } }] }], fields: 'userEnteredValue' } }] }, ss.getId());
    expect(sheet.getRange('A1:B1').getValues()[0]).toEqual(['18/05/2021', '0123']);
  });
});
