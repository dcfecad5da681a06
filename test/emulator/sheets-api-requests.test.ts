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

/*
 * SetDataValidationRequest: "Sets a data validation rule to every cell in the range. To clear
 * validation in a range, call this with no rule specified." DataValidationRule: strict "True if
 * invalid data should be rejected", showCustomUi "If true, 'List' conditions will show a dropdown",
 * inputMessage "A message to show the user when adding data to the cell"; ONE_OF_LIST: "The
 * condition's value must be in the list of values".
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/other#DataValidationRule
 */
it('setDataValidation puts a list rule on every cell of the range, keeps the values, and clears with no rule; other conditions are refused', () => {
  const { sheet, sheets, ss } = api();
  sheet.getRange('B2').setValue('mới');
  const range = { sheetId: sheet.getSheetId(), startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 };
  sheets.Spreadsheets.batchUpdate({ requests: [{ setDataValidation: { range,
    rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'mới' }, { userEnteredValue: 'nhân rộng' }] }, strict: false, showCustomUi: true, inputMessage: 'Chọn một' } } }] }, ss.getId());
  const rules = sheet.getRange('B2:B3').getDataValidations().map((r) => r[0]);
  expect(rules.map((r) => [String(r?.getCriteriaType()), r?.getCriteriaValues(), r?.getAllowInvalid(), r?.getHelpText()])).toEqual([
    ['VALUE_IN_LIST', [['mới', 'nhân rộng'], true], true, 'Chọn một'], ['VALUE_IN_LIST', [['mới', 'nhân rộng'], true], true, 'Chọn một']]);
  expect(sheet.getRange('B2').getValue()).toBe('mới');
  expect(sheet.getRange('B4').getDataValidation()).toBeNull();
  sheets.Spreadsheets.batchUpdate({ requests: [{ setDataValidation: { range: { ...range, endRowIndex: 2 } } }] }, ss.getId());
  expect(sheet.getRange('B2').getDataValidation()).toBeNull();
  expect(sheet.getRange('B3').getDataValidation()).not.toBeNull();
  expect(() => sheets.Spreadsheets.batchUpdate({ requests: [{ setDataValidation: { range, rule: { condition: { type: 'DATE_IS_VALID' } } } }] }, ss.getId())).toThrow(/HTTP 400/);
  expect(sheet.getRange('B3').getDataValidation()).not.toBeNull();
});

/*
 * A sheet's basic filter through Spreadsheets.get: Sheet.basicFilter ("The filter on this sheet,
 * if any"), its BasicFilter.range ("The range the filter covers"), a GridRange (0-based,
 * end-exclusive; proto3 JSON leaves out zeros). No filter: no basicFilter.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#BasicFilter
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/other#GridRange
 */
it('Spreadsheets.get gives a sheet\'s basic filter range as the fields mask asks, and nothing for a sheet without one', () => {
  const { sheets, ss, sheet } = api();
  const other = ss.insertSheet('Danh sách');
  other.getRange('B2:D7').createFilter();
  const got = sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets(properties(title),basicFilter/range(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex))' }) as {
    sheets?: { properties?: { title?: string }; basicFilter?: { range?: Record<string, number> } }[] };
  expect(got.sheets?.[0]).toEqual({ properties: { title: sheet.getName() } });
  expect(got.sheets?.[1].basicFilter).toEqual({ range: { sheetId: other.getSheetId(), startRowIndex: 1, endRowIndex: 7, startColumnIndex: 1, endColumnIndex: 4 } });
  other.getFilter()!.remove();
  expect((sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets(basicFilter)' }) as { sheets?: object[] }).sheets?.[1]).toEqual({});
});

/*
 * Developer metadata through Spreadsheets.get: the spreadsheet's own entries in
 * Spreadsheet.developerMetadata ("The developer metadata associated with a spreadsheet"), a sheet's
 * in Sheet.developerMetadata ("… associated with a sheet"), each a DeveloperMetadata resource
 * (metadataId, metadataKey, metadataValue, location, visibility); proto3 JSON leaves out defaults
 * (the first sheet's sheetId and index 0, hidden false).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 */
it('Spreadsheets.get gives the spreadsheet\'s metadata and each sheet\'s under its sheet, with sheet properties, as the fields mask asks', () => {
  const { sheets, ss, sheet } = api();
  const other = ss.insertSheet('Phường 1');
  other.hideSheet();
  ss.addDeveloperMetadata('dvk.config', String(sheet.getSheetId()));
  other.addDeveloperMetadata('dvk.tab', '{"unit":"Phường 1"}');
  const got = sheets.Spreadsheets.get(ss.getId(), { fields: 'developerMetadata(metadataKey,metadataValue,location),sheets(properties(sheetId,title,index,hidden),developerMetadata(metadataId,metadataKey,metadataValue))' }) as {
    developerMetadata?: unknown[]; sheets?: { properties?: Record<string, unknown>; developerMetadata?: { metadataId?: number }[] }[] };
  expect(got.developerMetadata).toEqual([{ metadataKey: 'dvk.config', metadataValue: String(sheet.getSheetId()), location: { locationType: 'SPREADSHEET', spreadsheet: true } }]);
  expect(got.sheets?.[0]).toEqual({ properties: { title: sheet.getName() } });
  expect(got.sheets?.[1].properties).toEqual({ sheetId: other.getSheetId(), title: 'Phường 1', index: 1, hidden: true });
  expect(got.sheets?.[1].developerMetadata).toEqual([{ metadataId: other.getDeveloperMetadata()[0].getId(), metadataKey: 'dvk.tab', metadataValue: '{"unit":"Phường 1"}' }]);
  // A field the emulator does not model is refused, never answered without it.
  expect(() => sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets(developerMetadata(location(dimensionRange)))' })).toThrow(/not modelled/);
});

/*
 * DeleteDeveloperMetadataRequest: "The data filter describing the criteria used to select which
 * developer metadata entry to delete"; the reply lists what went (DeleteDeveloperMetadataResponse).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/response#deletedevelopermetadataresponse
 * A lookup that selects nothing is refused: Google does not say, the emulator takes the stricter side.
 */
it('deleteDeveloperMetadata removes the entry its lookup selects by metadataId, with the rest of the batch or not at all', () => {
  const { sheets, ss, sheet } = api();
  ss.addDeveloperMetadata('dvk.claim', '1 a');
  ss.addDeveloperMetadata('dvk.claim', '2 b');
  const [a, b] = ss.getDeveloperMetadata();
  const res = sheets.Spreadsheets.batchUpdate({ requests: [{ deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: a.getId() } } } }] }, ss.getId());
  expect(res.replies).toEqual([{ deleteDeveloperMetadata: { deletedDeveloperMetadata: [{ metadataId: a.getId(), metadataKey: 'dvk.claim', metadataValue: '1 a', visibility: 'DOCUMENT' }] } }]);
  expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['2 b']);
  sheet.getRange('A1').setValue('giữ');
  expect(() => sheets.Spreadsheets.batchUpdate({ requests: [
    { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: b.getId() } } } },
    { updateCells: { start: { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'mới' } }] }] } },
    { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: a.getId() } } } },
  ] }, ss.getId())).toThrow(/HTTP 400/);
  expect(ss.getDeveloperMetadata().map((m) => m.getValue())).toEqual(['2 b']);
  expect(sheet.getRange('A1').getValue()).toBe('giữ');
});
