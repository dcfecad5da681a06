/**
 * Sheets API batchUpdate requests as the v4 reference defines them:
 * - InsertDimensionRequest.inheritFromBefore: "True to inherit from the dimensions before (in which
 *   case the start index must be greater than 0)"
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * - CellFormat.backgroundColor is deprecated for backgroundColorStyle ("If backgroundColor is also
 *   set, this field takes precedence"); a read returns both
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#cellformat
 * Google's exact error text for the first is not documented; the test pins the refusal, not the words.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { setup } from './spreadsheet-fixture';

function api() {
  const t = setup();
  const sheet = t.ss.getSheets()[0];
  return { ...t, sheet, sheets: createSheetsApi(t.ctx) };
}

it('insertDimension with inheritFromBefore at index 0 is refused (400) and nothing of the batch applies', () => {
  const { sheet, sheets, ss } = api();
  sheet.getRange('A1').setValue('giữ');
  const rows = sheet.getMaxRows();
  expect(() => sheets.Spreadsheets.batchUpdate({ requests: [
    { insertDimension: { range: { sheetId: sheet.getSheetId(), dimension: 'ROWS', startIndex: 2, endIndex: 3 }, inheritFromBefore: true } },
    { insertDimension: { range: { sheetId: sheet.getSheetId(), dimension: 'ROWS', startIndex: 0, endIndex: 1 }, inheritFromBefore: true } },
  ] }, ss.getId())).toThrow(/HTTP 400/);
  expect(sheet.getMaxRows()).toBe(rows);
  sheets.Spreadsheets.batchUpdate({ requests: [
    { insertDimension: { range: { sheetId: sheet.getSheetId(), dimension: 'ROWS', startIndex: 0, endIndex: 1 }, inheritFromBefore: false } },
  ] }, ss.getId());
  expect(sheet.getRange('A2').getValue()).toBe('giữ');
});

it('backgroundColorStyle sets the fill, wins over backgroundColor, and is read back with it', () => {
  const { sheet, sheets, ss } = api();
  sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredFormat.backgroundColorStyle',
    rows: [{ values: [{ userEnteredFormat: { backgroundColorStyle: { rgbColor: { red: 1, green: 0, blue: 0 } }, backgroundColor: { red: 0, green: 0, blue: 1 } } }] }] } }] }, ss.getId());
  expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
  const got = sheets.Spreadsheets.get(ss.getId(), { ranges: ['A1'], fields: 'sheets(data(rowData/values(userEnteredFormat(backgroundColor,backgroundColorStyle))))' });
  const format = (got as { sheets?: { data?: { rowData?: { values?: { userEnteredFormat?: unknown }[] }[] }[] }[] }).sheets?.[0].data?.[0].rowData?.[0].values?.[0].userEnteredFormat;
  // Zero components are left out, as the API does for default values.
  expect(format).toEqual({ backgroundColor: { red: 1 }, backgroundColorStyle: { rgbColor: { red: 1 } } });
});
