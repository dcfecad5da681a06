/**
 * The Sheets advanced service in the emulator and the batched tab reader built on it.
 * REST reference pinned here:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 * (value ranges in the order asked; "Empty trailing rows and columns are omitted", from
 * https://developers.google.com/workspace/sheets/api/samples/reading), and
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
 * (SERIAL_NUMBER: days since 30/12/1899, "January 1st 1900 at noon would be 2.5"; FORMATTED_STRING:
 * dates as shown by their number format).
 */
import { gasWorld } from './gas-world';
import type { SheetsAdvancedService } from '../../src/local/emulator/services/sheets-api';
import { readTabGrids, type TabSize } from '../../src/gas/sheets-batch';

const OWNER = 'owner@example.org';
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const world = gasWorld;

/** A unit-like tab: dates (one with a time), a plain number that looks like a serial, text, a boolean, gaps. */
function fillTab(ss: SS, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sh = ss.insertSheet(name);
  sh.getRange(1, 1, 1, 4).setValues([['STT', 'Tên mô hình', 'Thời gian', 'Số hộ']]);
  sh.getRange(2, 1, 4, 4).setValues([
    [1, 'Mô hình A', new Date('2021-05-18T00:00:00+07:00'), 44334],
    [2, '', 'Tháng 5 - 10/2021', ''],
    [3, "'=cố ý", new Date('2021-06-30T14:30:00+07:00'), true],
    ['', '', "'01/06/2021", 0.5], // typed with an apostrophe: text that only looks like a date stays text (setValues parses as typed)
  ]);
  // Formatting alone past the data: getDataRange ignores it, so must the batched read.
  sh.getRange(9, 7).setBackground('#f4cccc');
  return sh;
}

describe('Sheets.Spreadsheets.Values.batchGet (emulated REST semantics)', () => {
  test('ranges come back in order, sheet-qualified and clipped, with trailing empty rows and cells omitted', () => {
    const { withGlobals, api, emu } = world();
    withGlobals((ss) => {
      fillTab(ss, 'Phường 2');
      ss.insertSheet("Ông Bà's");
      emu.calls.reset();
      const r = api!.Spreadsheets.Values.batchGet(ss.getId(), {
        ranges: ["'Phường 2'", "'Ông Bà''s'", "'Phường 2'!B2:D3"], valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER',
      });
      expect(r.valueRanges.map((v) => v.range)).toEqual(["'Phường 2'!A1:Z1000", "'Ông Bà''s'!A1:Z1000", "'Phường 2'!B2:D3"]);
      const whole = r.valueRanges[0].values!;
      expect(whole).toHaveLength(5); // row 9's fill holds no value
      expect(whole[2]).toEqual([2, '', 'Tháng 5 - 10/2021']); // the empty Số hộ is omitted
      expect(whole[4]).toEqual(['', '', '01/06/2021', 0.5]);
      expect(r.valueRanges[1].values).toBeUndefined();
      expect(r.valueRanges[2].values).toEqual([['Mô hình A', 44334, 44334], ['', 'Tháng 5 - 10/2021']]);
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(1);
    });
  });

  test('dates: serial numbers in the spreadsheet time zone, or the shown text; FORMATTED_VALUE shows everything', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      fillTab(ss, 'T');
      const get = (valueRenderOption: 'UNFORMATTED_VALUE' | 'FORMATTED_VALUE', dateTimeRenderOption: 'SERIAL_NUMBER' | 'FORMATTED_STRING') =>
        api!.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['T!C2:D4'], valueRenderOption, dateTimeRenderOption }).valueRanges[0].values!;
      const serial = get('UNFORMATTED_VALUE', 'SERIAL_NUMBER');
      expect(serial[0][0]).toBe(44334); // 18/05/2021 00:00 in Asia/Ho_Chi_Minh
      expect(serial[2][0]).toBeCloseTo(44377 + 14.5 / 24, 9); // 30/06/2021 14:30
      expect(get('UNFORMATTED_VALUE', 'FORMATTED_STRING')[0]).toEqual(['18/05/2021', 44334]);
      expect(get('FORMATTED_VALUE', 'SERIAL_NUMBER')[0]).toEqual(['18/05/2021', '44334']);
    });
  });

  test('an unknown sheet or another spreadsheet id is refused as the API refuses it', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      expect(() => api!.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ["'Không có'!A1:B2"] })).toThrow(/Unable to parse range/);
      expect(() => api!.Spreadsheets.Values.batchGet('other-id', { ranges: ['A1'] })).toThrow(/not found/);
    });
  });

  test('is absent when the advanced service is not enabled', () => {
    expect(world({ sheetsApi: false }).g.Sheets).toBeUndefined();
  });
});

describe('readTabGrids: many tabs in one request, equal to getValues', () => {
  test('each grid equals getDataRange().getValues(): Dates for date cells, numbers, text, booleans, \'\' for empty', () => {
    const { withGlobals, emu } = world();
    withGlobals((ss) => {
      const tabs = [fillTab(ss, 'Phường 1'), fillTab(ss, 'Phường 2'), ss.insertSheet('Trống')];
      tabs[1].getRange(12, 2).setValue('cuối');
      const expected = tabs.map((s) => s.getDataRange().getValues());
      emu.calls.reset();
      const grids = readTabGrids(ss, tabs);
      const calls = emu.calls.snapshot();
      tabs.forEach((s, i) => expect(grids.get(s.getSheetId())).toEqual(expected[i]));
      const d = grids.get(tabs[0].getSheetId())![1][2];
      expect(Object.prototype.toString.call(d)).toBe('[object Date]');
      expect(grids.get(tabs[0].getSheetId())![4][2]).toBe('01/06/2021');
      // One request for the values, one small one telling dates from numbers; no per-tab read.
      expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBe(2);
      expect(calls['Range.getValues']).toBeUndefined();
    });
  });

  test('30 tabs are still two requests; without the advanced service it reads each tab', () => {
    for (const sheetsApi of [true, false]) {
      const { withGlobals, emu } = world({ sheetsApi });
      withGlobals((ss) => {
        const tabs = Array.from({ length: 30 }, (_, i) => fillTab(ss, `Đơn vị ${i + 1}`));
        const expected = tabs.map((s) => s.getDataRange().getValues());
        emu.calls.reset();
        const grids = readTabGrids(ss, tabs);
        tabs.forEach((s, i) => expect(grids.get(s.getSheetId())).toEqual(expected[i]));
        const calls = emu.calls.snapshot();
        expect(calls['Sheets.Spreadsheets.Values.batchGet'] ?? 0).toBe(sheetsApi ? 2 : 0);
        expect(calls['Range.getValues'] ?? 0).toBe(sheetsApi ? 0 : 30);
        // 60 date cells on two days: the zone's offset is asked per day (twice), never per cell.
        expect(calls['Utilities.formatDate'] ?? 0).toBeLessThanOrEqual(4);
      });
    }
  });

  test('90 tabs after a read that learnt their size go in one request (and one date re-read); at the first guess of a tab\'s size they take two', () => {
    for (const taught of [true, false]) {
      const { withGlobals, emu } = world();
      withGlobals((ss) => {
        const first = Array.from({ length: 5 }, (_, i) => fillTab(ss, `Sổ 1 – ${i + 1}`));
        const tabs = Array.from({ length: 90 }, (_, i) => fillTab(ss, `Sổ 2 – ${i + 1}`));
        const size: TabSize = {};
        if (taught) readTabGrids(ss, first, undefined, size);
        emu.calls.reset();
        const grids = readTabGrids(ss, tabs, undefined, size);
        expect(grids.get(tabs[89].getSheetId())).toEqual(tabs[89].getDataRange().getValues());
        expect(emu.calls.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(taught ? 2 : 4);
      });
    }
  });

  test('dates on and around a daylight-saving change come back as the same instants as getValues', () => {
    const { withGlobals } = world();
    withGlobals((ss) => {
      ss.setSpreadsheetTimeZone('Europe/Berlin');
      const sh = ss.insertSheet('DST');
      // 28/03/2021: Berlin moves from +01:00 to +02:00 at 02:00.
      sh.getRange(1, 1, 4, 1).setValues([[new Date('2021-03-27T12:00:00+01:00')], [new Date('2021-03-28T01:30:00+01:00')],
        [new Date('2021-03-28T14:30:00+02:00')], [new Date('2021-03-29T00:00:00+02:00')]]);
      const grid = readTabGrids(ss, [sh]).get(sh.getSheetId())!;
      expect(grid.map((r) => (r[0] as Date).toISOString())).toEqual(sh.getDataRange().getValues().map((r) => (r[0] as Date).toISOString()));
    });
  });

  test('a failing request falls back to one getValues per tab, with the same grids', () => {
    const { withGlobals, g, emu } = world();
    (g.Sheets as SheetsAdvancedService).Spreadsheets.Values.batchGet = () => { throw new Error('API call to sheets.spreadsheets.values.batchGet failed with error: quota'); };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    withGlobals((ss) => {
      const tabs = [fillTab(ss, 'A'), fillTab(ss, 'B')];
      const expected = tabs.map((s) => s.getDataRange().getValues());
      emu.calls.reset();
      const grids = readTabGrids(ss, tabs);
      tabs.forEach((s, i) => expect(grids.get(s.getSheetId())).toEqual(expected[i]));
      expect(emu.calls.snapshot()['Range.getValues']).toBe(2);
    });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

/**
 * The read quota: 60 read requests a minute per user (https://developers.google.com/workspace/sheets/api/limits,
 * emulated in test/emulator/sheets-api-quota.test.ts); past it HTTP 429, and the page asks for
 * exponential back-off. Waiting is Utilities.sleep, which moves the emulator's clock.
 */
describe('readTabGrids within the Sheets API read quota', () => {
  /** `n` reads of the minute used up by the same user (another job a moment ago). */
  const useReads = (api: SheetsAdvancedService, ss: SS, n: number) => {
    for (let i = 0; i < n; i++) api.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ['A1'] });
  };

  test('100 tabs (100 reads a minute if read one request a tab) with 59 of the minute\'s reads gone: the reader waits and gets every grid through the API', () => {
    const { withGlobals, api, emu } = world();
    withGlobals((ss) => {
      const tabs = Array.from({ length: 100 }, (_, i) => fillTab(ss, `Tổ dân phố ${i + 1}`));
      const expected = tabs.map((s) => s.getDataRange().getValues());
      useReads(api!, ss, 59);
      emu.calls.reset();
      const t0 = emu.clock.now();
      const grids = readTabGrids(ss, tabs);
      tabs.forEach((s, i) => expect(grids.get(s.getSheetId())).toEqual(expected[i]));
      const calls = emu.calls.snapshot();
      // The values' request went through, the dates' one got 429, waited, and went through.
      expect(calls['Utilities.sleep']).toBeGreaterThanOrEqual(1);
      expect(emu.clock.now() - t0).toBeGreaterThanOrEqual(1000);
      expect(emu.clock.now() - t0).toBeLessThanOrEqual(70_000);
      expect(calls['Range.getValues'] ?? 0).toBe(0);
    });
  });

  test('a quota that stays exhausted: the waits stop after about a minute and every tab is read with getValues instead, the same grids', () => {
    const { withGlobals, g, emu } = world();
    (g.Sheets as SheetsAdvancedService).Spreadsheets.Values.batchGet = () => {
      throw new Error("GoogleJsonResponseException: API call to sheets.spreadsheets.values.batchGet failed with error: Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'. (HTTP 429)");
    };
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    withGlobals((ss) => {
      const tabs = [fillTab(ss, 'A'), fillTab(ss, 'B')];
      const expected = tabs.map((s) => s.getDataRange().getValues());
      emu.calls.reset();
      const t0 = emu.clock.now();
      const grids = readTabGrids(ss, tabs);
      tabs.forEach((s, i) => expect(grids.get(s.getSheetId())).toEqual(expected[i]));
      expect(emu.clock.now() - t0).toBeGreaterThanOrEqual(60_000);
      expect(emu.clock.now() - t0).toBeLessThanOrEqual(64_000);
      expect(emu.calls.snapshot()['Range.getValues']).toBe(2);
    });
    warn.mockRestore();
  });
});

/**
 * Spreadsheets.get with ranges and a fields mask, as the notes-and-fills read of Kiểm tra uses it.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get ("If a field
 * mask is set, the includeGridData parameter is ignored"; "Limiting the range returns only the
 * portions of the spreadsheet that intersect the requested ranges")
 * https://developers.google.com/workspace/sheets/api/guides/field-masks
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#GridData
 */
describe('Sheets.Spreadsheets.get with a fields mask (emulated)', () => {
  const FIELDS = 'sheets(properties/sheetId,data(startRow,rowData/values(note,userEnteredFormat/backgroundColor)))';

  test('only the masked fields of the sheets the ranges fall on, defaults and trailing empty cells left out', () => {
    const { withGlobals, api, emu } = world();
    withGlobals((ss) => {
      const a = ss.insertSheet('A');
      const b = ss.insertSheet('B');
      ss.insertSheet('C'); // no range on it: not in the answer
      a.getRange('B2').setNote('ghi chú').setValue('x');
      a.getRange('A3').setBackground('#f4cccc');
      b.getRange('A1').setBackground('#ff0000');
      emu.calls.reset();
      const r = api!.Spreadsheets.get(ss.getId(), { ranges: ["'B'!A1:B2", "'A'!A2:C4"], fields: FIELDS }) as { sheets: unknown[] };
      expect(r).toEqual({ sheets: [
        { properties: { sheetId: a.getSheetId() }, data: [{ startRow: 1, rowData: [
          { values: [{}, { note: 'ghi chú' }] },
          { values: [{ userEnteredFormat: { backgroundColor: { red: 244 / 255, green: 204 / 255, blue: 204 / 255 } } }] },
        ] }] },
        // A 0 component is left out of the JSON, as proto3 writes it.
        { properties: { sheetId: b.getSheetId() }, data: [{ rowData: [{ values: [{ userEnteredFormat: { backgroundColor: { red: 1 } } }] }] }] },
      ] });
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.get']).toBe(1);
    });
  });

  test('a date cell\'s userEnteredValue is its serial number (ExtendedValue.numberValue, reference/rest/v4/other#ExtendedValue)', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      const sh = ss.insertSheet('D');
      sh.getRange('A1:B1').setValues([[new Date('2021-05-18T00:00:00+07:00'), 'chữ']]);
      const r = api!.Spreadsheets.get(ss.getId(), { ranges: ["'D'!A1:B1"], fields: 'sheets/data/rowData/values/userEnteredValue' }) as { sheets: { data: { rowData: { values: unknown[] }[] }[] }[] };
      expect(r.sheets[0].data[0].rowData[0].values).toEqual([{ userEnteredValue: { numberValue: 44334 } }, { userEnteredValue: { stringValue: 'chữ' } }]);
    });
  });

  test('effectiveValue is a formula\'s computed value and a literal\'s own; a date cell\'s effective number format says DATE (reference/rest/v4/spreadsheets/cells)', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      const sh = ss.insertSheet('E');
      sh.getRange('A1:C1').setValues([[new Date('2021-05-18T00:00:00+07:00'), 7, 'chữ']]);
      sh.getRange('D1').setFormula('=HYPERLINK("https://x","Nhãn")');
      const fields = 'sheets/data/rowData/values(effectiveValue,effectiveFormat/numberFormat/type)';
      const r = api!.Spreadsheets.get(ss.getId(), { ranges: ["'E'!A1:E1"], fields }) as { sheets: { data: { rowData: { values: unknown[] }[] }[] }[] };
      expect(r.sheets[0].data[0].rowData[0].values).toEqual([
        { effectiveValue: { numberValue: 44334 }, effectiveFormat: { numberFormat: { type: 'DATE' } } },
        { effectiveValue: { numberValue: 7 } },
        { effectiveValue: { stringValue: 'chữ' } },
        { effectiveValue: { stringValue: 'Nhãn' } },
      ]);
    });
  });

  test('the spreadsheet\'s own developer metadata and time zone come with the same request (reference/rest/v4/spreadsheets: Spreadsheet)', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      ss.addDeveloperMetadata('dvk.claim', '123 abc');
      ss.insertSheet('F').addDeveloperMetadata('dvk.tab', 'on a sheet');
      const r = api!.Spreadsheets.get(ss.getId(), { ranges: ["'F'!A1"], fields: 'properties/timeZone,developerMetadata(metadataKey,metadataValue)' });
      expect(r).toEqual({ properties: { timeZone: ss.getSpreadsheetTimeZone() }, developerMetadata: [{ metadataKey: 'dvk.claim', metadataValue: '123 abc' }] });
    });
  });

  test('without a mask or includeGridData no cells come back; a mask the emulator cannot answer is refused', () => {
    const { withGlobals, api } = world();
    withGlobals((ss) => {
      ss.insertSheet('A').getRange('A1').setNote('n');
      const plain = api!.Spreadsheets.get(ss.getId(), { ranges: ["'A'!A1"] }) as { sheets: { data?: unknown }[] };
      expect(plain.sheets[0].data).toBeUndefined();
      expect(() => api!.Spreadsheets.get(ss.getId(), { ranges: ["'A'!A1"], fields: 'sheets/data/rowData/values/formattedValue' }))
        .toThrow(/sheets\.get failed.*not modelled/);
      expect(() => api!.Spreadsheets.get('nope', { fields: 'sheets/properties' })).toThrow(/HTTP 404/);
    });
  });
});
