/**
 * Field masks in batchUpdate clear what they cover. The Sheets API field-mask guide
 * (https://developers.google.com/workspace/sheets/api/guides/field-masks, "Update with a field mask")
 * and Google's developer blog (https://developers.googleblog.com/using-field-masks-with-update-requests-to-google-apis:
 * a field "in the field mask" with no data in the request "will be reset") say a masked field the
 * request leaves unset is reset to its default; "*" names every field of CellData. So an updateCells
 * or repeatCell with "*" and an empty cell clears the value, note, validation and every format;
 * "userEnteredFormat" clears every format, not only the fill. The emulator keeps no model of a
 * number format or validation sent through the API, so it refuses one rather than drop it.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { setup } from './spreadsheet-fixture';

function formatted() {
  const t = setup();
  const sheet = t.ss.getSheets()[0];
  const r = sheet.getRange('A1:B1');
  r.setValues([['Tổng hợp', 12]]).setNote('ghi chú').setBackground('#f4cccc').setFontWeight('bold')
    .setNumberFormat('0.00').setHorizontalAlignment('center').setBorder(true, true, true, true, false, false)
    .setDataValidation(t.app.newDataValidation().requireNumberBetween(0, 100).build());
  return { ...t, sheet, r, sheets: createSheetsApi(t.ctx) };
}

it('"*" with an empty cell clears the value, note, validation and every format of the cells it covers', () => {
  const { sheet, sheets, ss, r } = formatted();
  sheets.Spreadsheets.batchUpdate({ requests: [{ repeatCell: { range: { sheetId: sheet.getSheetId(), startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, cell: {}, fields: '*' } }] }, ss.getId());
  const a1 = sheet.getRange('A1');
  expect([a1.getValue(), a1.getNote(), a1.getBackground(), a1.getFontWeight(), a1.getNumberFormat(), a1.getHorizontalAlignment(), a1.getDataValidation()])
    .toEqual(['', '', '#ffffff', 'normal', sheet.getRange('C5').getNumberFormat(), sheet.getRange('C5').getHorizontalAlignment(), null]);
  // B1, outside the range, keeps everything.
  const b1 = r.offset(0, 1, 1, 1);
  expect([b1.getValue(), b1.getNote(), b1.getBackground(), b1.getFontWeight(), b1.getNumberFormat()]).toEqual([12, 'ghi chú', '#f4cccc', 'bold', '0.00']);
  expect(b1.getDataValidation()).not.toBeNull();
});

it('"userEnteredFormat" clears every format (not only the fill) and sets the given fill; value and note stay', () => {
  const { sheet, sheets, ss } = formatted();
  sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredFormat',
    rows: [{ values: [{ userEnteredFormat: { backgroundColorStyle: { rgbColor: { red: 1, green: 1, blue: 0 } } } }, {}] }] } }] }, ss.getId());
  const [a1, b1] = [sheet.getRange('A1'), sheet.getRange('B1')];
  expect([a1.getValue(), a1.getNote(), a1.getBackground(), a1.getFontWeight(), a1.getNumberFormat()]).toEqual(['Tổng hợp', 'ghi chú', '#ffff00', 'normal', sheet.getRange('C5').getNumberFormat()]);
  expect([b1.getValue(), b1.getBackground(), b1.getFontWeight(), b1.getHorizontalAlignment()]).toEqual([12, '#ffffff', 'normal', sheet.getRange('C5').getHorizontalAlignment()]);
  // A narrower mask still touches only its field.
  sheet.getRange('A1').setFontWeight('bold');
  sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredFormat.backgroundColorStyle', rows: [{ values: [{}] }] } }] }, ss.getId());
  expect([sheet.getRange('A1').getBackground(), sheet.getRange('A1').getFontWeight()]).toEqual(['#ffffff', 'bold']);
});

it('a format or validation the emulator does not model is refused under a mask that covers it, and nothing applies', () => {
  const { sheet, sheets, ss } = formatted();
  const send = (cell: object, fields: string) => () => sheets.Spreadsheets.batchUpdate({ requests: [
    { repeatCell: { range: { sheetId: sheet.getSheetId(), startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, cell: {}, fields: 'note' } },
    { repeatCell: { range: { sheetId: sheet.getSheetId(), startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 }, cell, fields } },
  ] } as never, ss.getId());
  expect(send({ userEnteredFormat: { numberFormat: { type: 'NUMBER', pattern: '0' } } }, 'userEnteredFormat')).toThrow(/HTTP 400/);
  expect(send({ dataValidation: { condition: { type: 'BLANK' } } }, '*')).toThrow(/HTTP 400/);
  expect(sheet.getRange('A1').getNote()).toBe('ghi chú');
});
