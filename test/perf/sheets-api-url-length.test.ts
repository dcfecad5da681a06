/**
 * A batchGet (and a Spreadsheets.get with ranges) is a GET: every range travels in the URL's query
 * string (https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet,
 * "ranges[]: query parameter"). Google publishes no URL length limit; the best public source found is
 * third-party: Google API GET URLs stop at 8,192 characters
 * (https://github.com/googleapis/google-api-nodejs-client/issues/972, a Google client maintainer's
 * answer). The emulator takes that stricter figure (core/google-limits URL_CHARS) and refuses a longer
 * request whole; the add-on splits its reads by encoded URL length as well as by range count.
 */
import { gasWorld } from './gas-world';
import type { SheetsAdvancedService } from '../../src/local/emulator/services/sheets-api';
import { readTabGrids, MAX_RANGES_PER_REQUEST } from '../../src/gas/sheets-batch';
import { readMarkCells } from '../../src/gas/validation/read-marks';
import { URL_CHARS, getUrlLength } from '../../src/core/google-limits';

const OWNER = 'owner@example.org';
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

const world = gasWorld;

/** Realistic unit tab names: a chi bộ of a khu dân cư in a named phường, numbered. */
const unitName = (i: number) => `Chi bộ Khu dân cư số ${i} – Phường Nguyễn Thái Bình`;
const quoted = (n: string) => `'${n}'`;

function unitTabs(ss: SS, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const sh = ss.insertSheet(unitName(i + 1));
    sh.getRange(1, 1, 2, 2).setValues([['STT', 'Tên mô hình'], [1, `Mô hình của đơn vị ${i + 1}`]]);
    return sh;
  });
}

describe('GET request URLs are capped by length (third-party figure, stricter reading)', () => {
  test('100 Vietnamese tab names make a batchGet URL well over 8 KB, which the emulator refuses whole; the same ranges in two requests go through', () => {
    const { withGlobals, api, emu } = world();
    withGlobals((ss) => {
      unitTabs(ss, 100);
      const ranges = Array.from({ length: 100 }, (_, i) => quoted(unitName(i + 1)));
      const args = { valueRenderOption: 'UNFORMATTED_VALUE' as const, dateTimeRenderOption: 'FORMATTED_STRING' as const };
      const length = getUrlLength(`${ss.getId()}/values:batchGet`, ranges, args);
      expect(length).toBeGreaterThan(URL_CHARS); // ≈ 14.7 KB here; ≈ 12 KB with shorter names
      expect(() => api.Spreadsheets.Values.batchGet(ss.getId(), { ranges, ...args })).toThrow(/HTTP 414/);
      const half = (part: string[]) => api.Spreadsheets.Values.batchGet(ss.getId(), { ranges: part, ...args }).valueRanges;
      const got = [...half(ranges.slice(0, 50)), ...half(ranges.slice(50))];
      expect(got).toHaveLength(100);
      expect(got[99].values).toEqual([['STT', 'Tên mô hình'], [1, 'Mô hình của đơn vị 100']]);
      // Spreadsheets.get with ranges is a GET too.
      expect(() => api.Spreadsheets.get(ss.getId(), { ranges, fields: 'sheets(properties/sheetId)' })).toThrow(/HTTP 414/);
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.Values.batchGet']).toBe(3);
    });
  });

  test('the add-on reads 120 such tabs in requests that fit the URL (more than the range count alone would send), every grid whole, no slow fallback', () => {
    const { withGlobals, emu } = world();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      withGlobals((ss) => {
        const tabs = unitTabs(ss, 120);
        emu.calls.reset();
        const grids = readTabGrids(ss, tabs);
        const calls = emu.calls.snapshot();
        expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBeGreaterThan(Math.ceil(120 / MAX_RANGES_PER_REQUEST));
        expect(warn).not.toHaveBeenCalled();
        expect(tabs.map((t) => grids.get(t.getSheetId())![1][1])).toEqual(tabs.map((_, i) => `Mô hình của đơn vị ${i + 1}`));

        // Kiểm tra's notes-and-fills read (Spreadsheets.get with one range per tab) splits the same way.
        emu.calls.reset();
        const marks = readMarkCells(ss, tabs.map((t) => ({ sheetId: t.getSheetId(), name: t.getName(), top: 1, bottom: 2, width: 2 })));
        expect(marks.size).toBe(120);
        expect(emu.calls.snapshot()['Sheets.Spreadsheets.get']).toBeGreaterThan(2);
        expect(warn).not.toHaveBeenCalled();
      });
    } finally {
      warn.mockRestore();
    }
  });
});
