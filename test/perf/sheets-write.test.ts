/**
 * Sheets.Spreadsheets.batchUpdate in the emulator, and the write batch (src/gas/sheets-write.ts)
 * that sends an edit's writes as one request or replays them with SpreadsheetApp.
 * REST reference pinned here:
 * https://developers.google.com/workspace/sheets/api/guides/batch (subrequests run in order; the
 *   batch is applied atomically: if any request is not valid nothing is applied)
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest
 *   (`fields`: "The fields of CellData that should be updated. At least one field must be specified";
 *   `start`: a GridCoordinate, 0-based)
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedimensionrequest
 *   (DimensionRange: startIndex inclusive, endIndex exclusive, 0-based)
 */
import { Emulator } from '../../src/local/emulator/emulator';
import type { SheetsAdvancedService } from '../../src/local/emulator/services/sheets-api';
import { newWriteBatch } from '../../src/gas/sheets-write';

const OWNER = 'owner@example.org';
const UNIT = 'unit@example.org';
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

function world(opts: { sheetsApi?: boolean } = {}) {
  const emu = new Emulator({ owner: OWNER, editors: [UNIT], ...opts });
  const g = emu.globals();
  const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const as = <T>(user: string, fn: (s: SS) => T): T => emu.run(user, () => {
    const saved = (globalThis as Record<string, unknown>).Sheets;
    (globalThis as Record<string, unknown>).Sheets = g.Sheets;
    try {
      return fn(app.getActiveSpreadsheet());
    } finally {
      (globalThis as Record<string, unknown>).Sheets = saved;
    }
  });
  return { emu, as, api: g.Sheets as SheetsAdvancedService | undefined };
}

const values = (sh: GoogleAppsScript.Spreadsheet.Sheet) => sh.getDataRange().getValues();

describe('Sheets.Spreadsheets.batchUpdate (emulated)', () => {
  test('updateCells writes only the masked fields; text starting with = stays text; formulaValue is a formula', () => {
    const { as, api, emu } = world();
    as(OWNER, (ss) => {
      const sh = ss.insertSheet('T');
      sh.getRange(1, 1, 1, 2).setValues([['cũ', 'giữ']]);
      sh.getRange(1, 1).setNote('ghi chú của đơn vị').setBackground('#fff2cc');
      emu.calls.reset();
      api!.Spreadsheets.batchUpdate({ requests: [
        { updateCells: { start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue',
          rows: [{ values: [{ userEnteredValue: { stringValue: '=SUM(1)' }, note: 'bỏ qua' }] }, { values: [{ userEnteredValue: { numberValue: 3 } }, { userEnteredValue: { formulaValue: '=A2*2' } }] }] } },
        { updateCells: { start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 1 }, fields: 'note,userEnteredFormat.backgroundColor',
          rows: [{ values: [{ note: 'mới', userEnteredFormat: { backgroundColor: { red: 244 / 255, green: 204 / 255, blue: 204 / 255 } } }] }] } },
      ] }, ss.getId());
      expect(sh.getRange('A1:B2').getFormulas()).toEqual([['', ''], ['', '=A2*2']]);
      // =A2*2's value is Google's to compute: the emulator refuses to read it rather than answer ''.
      expect(() => values(sh)).toThrow(/^Emulator: cannot read the value of 'T'!B2, the formula =A2\*2\./);
      expect([sh.getRange('A1:B1').getValues()[0], sh.getRange('A2').getValue()]).toEqual([['=SUM(1)', 'giữ'], 3]);
      // Outside the mask: A1's note and fill stay; B1 got a note and a fill, its value untouched.
      expect(sh.getRange('A1:B1').getNotes()).toEqual([['ghi chú của đơn vị', 'mới']]);
      expect(sh.getRange('A1:B1').getBackgrounds()).toEqual([['#fff2cc', '#f4cccc']]);
      expect(emu.calls.snapshot()['Sheets.Spreadsheets.batchUpdate']).toBe(1);
      expect(emu.calls.snapshot()['SheetsApi.transferKB']).toBeGreaterThanOrEqual(1);
      // What the benchmark prices the request by: its sub-requests by kind and the cells written (3, under 1,000).
      expect(emu.calls.snapshot()['SheetsApi.request.updateCells']).toBe(2);
      expect(emu.calls.snapshot()['SheetsApi.kCells']).toBe(1);
    });
  });

  test("a formula the emulator cannot compute: reads of its value (values.batchGet, get's effectiveValue) throw loudly, its text and other fields still read", () => {
    // Google answers the computed value (ValueRenderOption, CellData.effectiveValue); the emulator
    // computes only =HYPERLINK, so it refuses rather than answer ''.
    const { as, api } = world();
    as(OWNER, (ss) => {
      const sh = ss.insertSheet('T');
      sh.getRange('A1').setValue(2).setNote('ghi chú');
      api!.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 1 }, fields: 'userEnteredValue',
        rows: [{ values: [{ userEnteredValue: { formulaValue: '=A1*2' } }] }] } }] }, ss.getId());
      const refused = /^Emulator: cannot read the value of 'T'!B1, the formula =A1\*2\./;
      const get = (valueRenderOption: 'UNFORMATTED_VALUE' | 'FORMATTED_VALUE' | 'FORMULA') => api!.Spreadsheets.Values.batchGet(ss.getId(), { ranges: ["'T'!A1:B1"], valueRenderOption }).valueRanges[0].values;
      expect(() => get('UNFORMATTED_VALUE')).toThrow(refused);
      expect(() => get('FORMATTED_VALUE')).toThrow(refused);
      expect(get('FORMULA')).toEqual([[2, '=A1*2']]);
      expect(() => api!.Spreadsheets.get(ss.getId(), { ranges: ["'T'!A1:B1"], fields: 'sheets(data(rowData(values(effectiveValue))))' })).toThrow(refused);
      const notes = api!.Spreadsheets.get(ss.getId(), { ranges: ["'T'!A1:B1"], fields: 'sheets(data(rowData(values(note,userEnteredValue))))' }) as GoogleAppsScript.Sheets.Schema.Spreadsheet;
      expect(notes.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values).toEqual([{ note: 'ghi chú', userEnteredValue: { numberValue: 2 } }, { userEnteredValue: { formulaValue: '=A1*2' } }]);
    });
  });

  test('a field in the mask but absent from the cell is cleared', () => {
    const { as, api } = world();
    as(OWNER, (ss) => {
      const sh = ss.insertSheet('T');
      sh.getRange(1, 1).setValue('x').setNote('n').setBackground('#f4cccc');
      api!.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: sh.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'note,userEnteredFormat.backgroundColor', rows: [{ values: [{}] }] } }] }, ss.getId());
      expect([sh.getRange(1, 1).getValue(), sh.getRange(1, 1).getNote(), sh.getRange(1, 1).getBackground()]).toEqual(['x', '', '#ffffff']);
    });
  });

  test('insertDimension and deleteDimension move rows with their cells, in request order', () => {
    const { as, api } = world();
    as(OWNER, (ss) => {
      const sh = ss.insertSheet('T');
      sh.getRange(1, 1, 4, 1).setValues([['a'], ['b'], ['c'], ['d']]);
      const id = sh.getSheetId();
      api!.Spreadsheets.batchUpdate({ requests: [
        { insertDimension: { range: { sheetId: id, dimension: 'ROWS', startIndex: 1, endIndex: 3 }, inheritFromBefore: true } },
        { updateCells: { start: { sheetId: id, rowIndex: 1, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }, { values: [{ userEnteredValue: { stringValue: 'y' } }] }] } },
        { deleteDimension: { range: { sheetId: id, dimension: 'ROWS', startIndex: 4, endIndex: 5 } } },
      ] }, ss.getId());
      expect(values(sh)).toEqual([['a'], ['x'], ['y'], ['b'], ['d']]);
      expect(sh.getMaxRows()).toBe(1001);
    });
  });

  test('all or nothing: a request on a protected cell fails the batch and the earlier requests are undone', () => {
    const { as, api } = world();
    const id = as(OWNER, (ss) => {
      const sh = ss.insertSheet('T');
      sh.getRange(1, 1, 2, 1).setValues([['a'], ['b']]);
      sh.getRange('A2').protect().removeEditors([UNIT]);
      return sh.getSheetId();
    });
    as(UNIT, (ss) => {
      const sh = ss.getSheetByName('T')!;
      expect(() => api!.Spreadsheets.batchUpdate({ requests: [
        { insertDimension: { range: { sheetId: id, dimension: 'ROWS', startIndex: 0, endIndex: 1 } } },
        { updateCells: { start: { sheetId: id, rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'mới' } }] }] } },
        { updateCells: { start: { sheetId: id, rowIndex: 2, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'cấm' } }] }] } },
      ] }, ss.getId())).toThrow(/requests\[2\]\.updateCells: You are trying to edit a protected cell/);
      expect(values(sh)).toEqual([['a'], ['b']]);
      expect(sh.getMaxRows()).toBe(1000);
      expect(sh.getRange('A2').getValue()).toBe('b');
    });
  });

  test('an empty mask is refused', () => {
    const { as, api } = world();
    as(OWNER, (ss) => {
      expect(() => api!.Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: 0 }, fields: '', rows: [] } }] }, ss.getId())).toThrow(/At least one field/);
    });
  });
});

describe('the write batch', () => {
  /** The same queued writes, sent by the API or replayed with SpreadsheetApp. */
  function write(sheetsApi: boolean) {
    const { as, emu } = world({ sheetsApi });
    return as(OWNER, (ss) => {
      const sh = ss.insertSheet('Danh sách');
      sh.getRange(1, 1, 4, 2).setValues([['Đơn vị', 'Tên'], ['Phường 1', 'A'], ['Phường 2', 'B'], ['Phường 3', 'C']]);
      sh.getRange(3, 2).setNote('của đơn vị');
      emu.calls.reset();
      const b = newWriteBatch(ss);
      b.insertRows(sh.getSheetId(), 3, 2); // by id: the fallback opens the sheet itself
      b.values(sh, 3, 1, [['Phường 2', '=HYPERLINK("#gid=0","tab")'], ['Phường 2', "'=1+1"]]);
      b.deleteRows(sh, 5, 1);
      b.notes(sh, 2, 2, [['⚠ Dân vận khéo: thiếu'], ['']]);
      b.backgrounds(sh, 2, 2, [['#f4cccc'], [null]]);
      const path = b.commit();
      return { path, calls: emu.calls.snapshot(), values: values(sh), formulas: sh.getDataRange().getFormulas(), notes: sh.getDataRange().getNotes(), bgs: sh.getRange('B2:B3').getBackgrounds() };
    });
  }

  test('one batchUpdate with the service, SpreadsheetApp writes without it, and the same sheet either way', () => {
    const api = write(true);
    const plain = write(false);
    expect(api.path).toBe('api');
    expect(plain.path).toBe('spreadsheetapp');
    expect(api.calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(api.calls['Range.setValues'] ?? 0).toBe(0);
    // The values, then the notes and fills of the same cells as one updateCells (fields 'note,userEnteredFormat.backgroundColorStyle').
    expect(api.calls['SheetsApi.request.updateCells']).toBe(2);
    expect(api.notes[1][1]).toBe('⚠ Dân vận khéo: thiếu');
    expect(api.bgs[0][0]).toBe('#f4cccc');
    expect(plain.calls['Range.setValues']).toBe(1);
    expect(api.formulas).toEqual(plain.formulas);
    expect(api.notes).toEqual(plain.notes);
    expect(api.bgs).toEqual(plain.bgs);
    expect(api.values.map((r) => r[0])).toEqual(plain.values.map((r) => r[0]));
    expect(api.values.map((r) => r[0])).toEqual(['Đơn vị', 'Phường 1', 'Phường 2', 'Phường 2', 'Phường 3']);
    // Formula-like text is the same text on both paths: setValues takes the apostrophe as "this is
    // text" and does not keep it (ExtendedValue.stringValue: "Leading single quotes are not included").
    expect(api.values[3][1]).toBe('=1+1');
    expect(plain.values[3][1]).toBe('=1+1');
    expect(api.values).toEqual(plain.values);
    expect(api.formulas[3][1]).toBe('');
    expect(api.formulas[2][1]).toBe('=HYPERLINK("#gid=0","tab")');
  });

  test('a failing request (a deleted sheet) falls back to SpreadsheetApp, which reports the missing sheet', () => {
    const { as } = world();
    as(OWNER, (ss) => {
      const b = newWriteBatch(ss);
      b.values(987654, 1, 1, [['x']]);
      expect(() => b.commit()).toThrow('Không tìm thấy trang tính (id 987654).');
    });
  });
});

test('rows inserted at the top go through the API (inheritFromBefore only where the start index is above 0, as the reference requires) and fills are sent as backgroundColorStyle', () => {
  const { as, emu } = world({ sheetsApi: true });
  as(OWNER, (ss) => {
    const sh = ss.insertSheet('Đầu');
    sh.getRange(1, 1).setValue('dòng 1');
    emu.calls.reset();
    const b = newWriteBatch(ss);
    b.insertRows(sh, 1, 1);
    b.backgrounds(sh, 1, 1, [['#f4cccc']]);
    expect(b.commit()).toBe('api');
    expect(sh.getRange(2, 1).getValue()).toBe('dòng 1');
    expect(sh.getRange(1, 1).getBackground()).toBe('#f4cccc');
  });
});

test('past the Sheets API write quota (60 a minute per user: HTTP 429) the batch is written once through SpreadsheetApp, nothing lost or doubled', () => {
  // Quota: https://developers.google.com/workspace/sheets/api/limits (emulated in test/emulator/sheets-api-quota.test.ts).
  const { as, api } = world({ sheetsApi: true });
  as(OWNER, (ss) => {
    const sh = ss.insertSheet('Quota');
    sh.getRange(1, 1, 3, 1).setValues([['a'], ['b'], ['c']]);
    const one = { requests: [{ repeatCell: { range: { sheetId: sh.getSheetId(), startRowIndex: 9, endRowIndex: 10 }, cell: {}, fields: 'note' } }] };
    for (let i = 0; i < 60; i++) api!.Spreadsheets.batchUpdate(one, ss.getId());
    const b = newWriteBatch(ss);
    b.insertRows(sh, 2, 1);
    b.values(sh, 2, 1, [['mới']]);
    b.notes(sh, 3, 1, [['⚠ ghi chú']]);
    expect(b.commit()).toBe('spreadsheetapp');
    expect(values(sh).map((r) => r[0])).toEqual(['a', 'mới', 'b', 'c']);
    expect(sh.getRange(3, 1).getNote()).toBe('⚠ ghi chú');
  });
});
