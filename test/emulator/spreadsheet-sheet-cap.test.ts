/**
 * 200 sheets per spreadsheet. No Google reference page states the cap; it is cited by independent
 * public write-ups of Google Sheets' limits (third-party, not Google):
 *   docs.squared.ai/guides/destinations/retl-destinations/productivity-tools/google-sheets
 *   ("There is a cap of 200 worksheets within a single Google Sheets spreadsheet"),
 *   thodigitals.com/en/limitations-of-google-sheets ("cannot contain more than 200 individual sheets").
 * Every way of making a sheet is refused past it: SpreadsheetApp insertSheet (with or without a
 * template), duplicateActiveSheet, Sheet.copyTo, and the Sheets API's addSheet / duplicateSheet
 * (developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addsheetrequest).
 * Google's exact exception text is not public; the test pins the figure, not the wording.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { MAX_SHEETS_PER_SPREADSHEET } from '../../src/local/emulator/spreadsheet/limits';
import { setup } from './spreadsheet-fixture';

function fullBook() {
  const t = setup();
  for (let i = t.ss.getNumSheets(); i < 200; i++) t.ss.insertSheet(`Tab ${i}`);
  return t;
}

describe('200 sheets per spreadsheet (third-party write-ups: docs.squared.ai, thodigitals.com)', () => {
  it('exposes the cap as a per-spreadsheet constant of 200', () => {
    expect(MAX_SHEETS_PER_SPREADSHEET).toBe(200);
  });

  it('insertSheet makes the 200th sheet, then throws and adds nothing', () => {
    const { ss } = fullBook();
    expect(ss.getNumSheets()).toBe(200);
    expect(() => ss.insertSheet('Tab 201')).toThrow(/limit of 200 sheets/);
    expect(() => ss.insertSheet()).toThrow(/limit of 200 sheets/);
    expect(() => ss.insertSheet('Mẫu', 1, { template: ss.getSheets()[0] })).toThrow(/limit of 200 sheets/);
    expect(ss.getNumSheets()).toBe(200);
    expect(ss.getSheetByName('Tab 201')).toBeNull();
  });

  it('duplicateActiveSheet and Sheet.copyTo are refused at the cap', () => {
    const { ss } = fullBook();
    expect(() => ss.duplicateActiveSheet()).toThrow(/limit of 200 sheets/);
    expect(() => ss.getSheets()[1].copyTo(ss)).toThrow(/limit of 200 sheets/);
    expect(ss.getNumSheets()).toBe(200);
  });

  it('deleting a sheet makes room again', () => {
    const { ss } = fullBook();
    ss.deleteSheet(ss.getSheetByName('Tab 5')!);
    expect(ss.insertSheet('Tab 5 mới').getName()).toBe('Tab 5 mới');
    expect(ss.getNumSheets()).toBe(200);
  });

  it('Sheets API addSheet / duplicateSheet: 400 past the cap, and the whole batch is undone', () => {
    const { ss, ctx } = setup();
    for (let i = 1; i < 198; i++) ss.insertSheet(`Tab ${i}`);
    const api = createSheetsApi(ctx);
    const reply = api.Spreadsheets.batchUpdate({ requests: [{ addSheet: { properties: { title: 'Mới', index: 0 } } }] }, ss.getId());
    expect(reply.replies[0]).toEqual({ addSheet: { properties: expect.objectContaining({ title: 'Mới', index: 0 }) } });
    expect(ss.getSheets()[0].getName()).toBe('Mới');
    expect(ss.getNumSheets()).toBe(199);
    const src = ss.getSheetByName('Tab 1')!.getSheetId();
    // The first request fills the 200th place; the second is refused, and the first is rolled back with it.
    expect(() => api.Spreadsheets.batchUpdate({ requests: [
      { duplicateSheet: { sourceSheetId: src, newSheetName: 'Bản sao' } },
      { addSheet: { properties: { title: 'Quá' } } },
    ] }, ss.getId())).toThrow(/HTTP 400.*limit of 200 sheets|limit of 200 sheets.*HTTP 400/);
    expect(ss.getNumSheets()).toBe(199);
    expect(ss.getSheetByName('Bản sao')).toBeNull();
    const dup = api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src, newSheetName: 'Bản sao' } }] }, ss.getId());
    expect(dup.replies[0]).toEqual({ duplicateSheet: { properties: expect.objectContaining({ title: 'Bản sao' }) } });
    expect(ss.getNumSheets()).toBe(200);
    expect(() => api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src } }] }, ss.getId())).toThrow(/limit of 200 sheets/);
  });
});
