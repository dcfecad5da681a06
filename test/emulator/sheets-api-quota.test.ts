/**
 * Sheets API quotas: 60 write requests a minute per user, 300 per project; the same for read
 * requests, counted apart; past either, HTTP 429 and nothing applied or answered. Source:
 * https://developers.google.com/workspace/sheets/api/limits (quota table "Read requests: Per minute
 * per project 300, Per minute per user per project 60; Write requests: the same", "Read requests are
 * calls to any method that retrieves data from a spreadsheet, such as get", and "If you exceed a
 * quota, you'll get a 429: Too many requests ... After 1 minute, you can execute requests again").
 * One batchUpdate is one request (https://developers.google.com/workspace/sheets/api/guides/batch).
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { setup } from './spreadsheet-fixture';

function world() {
  const t = setup({ editors: ['a@q3.gov.vn', ...Array.from({ length: 6 }, (_, u) => `u${u}@q3.gov.vn`)] });
  let now = Date.UTC(2021, 4, 10, 1);
  const ctx = { ...t.ctx, now: () => now };
  const as = (user: string) => createSheetsApi({ ...ctx, effectiveUser: user, activeUser: user });
  const sheetId = t.ss.getSheets()[0].getSheetId();
  const write = (user: string, row: number) => as(user).Spreadsheets.batchUpdate({ requests: [{ updateCells: {
    start: { sheetId, rowIndex: row, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { numberValue: row } }] }], fields: 'userEnteredValue' } }] }, t.ss.getId());
  const read = (user: string, how: 'batchGet' | 'get' | 'getByDataFilter' = 'batchGet') => {
    const api = as(user).Spreadsheets;
    if (how === 'get') return api.get(t.ss.getId(), { ranges: ['A1'], fields: 'sheets(data(rowData(values(effectiveValue))))' });
    if (how === 'getByDataFilter') return api.getByDataFilter({ dataFilters: [{ gridRange: { sheetId, startRowIndex: 0, endRowIndex: 1 } }] }, t.ss.getId(), { fields: 'sheets(data(rowData(values(effectiveValue))))' });
    return api.Values.batchGet(t.ss.getId(), { ranges: ['A1:A2'], valueRenderOption: 'UNFORMATTED_VALUE' });
  };
  return { ...t, write, read, tick: (ms: number) => { now += ms; } };
}

it('the 61st write request of a user within a minute gets HTTP 429 and is not applied; a minute later it goes through', () => {
  const { write, tick, ss } = world();
  for (let i = 0; i < 60; i++) write('a@q3.gov.vn', i);
  expect(() => write('a@q3.gov.vn', 60)).toThrow(/Write requests per minute per user.*HTTP 429/);
  expect(ss.getSheets()[0].getRange(61, 1).getValue()).toBe('');
  tick(60_001);
  write('a@q3.gov.vn', 60);
  expect(ss.getSheets()[0].getRange(61, 1).getValue()).toBe(60);
});

it('300 write requests a minute for the whole project, whoever sends them', () => {
  const { write } = world();
  for (let u = 0; u < 5; u++) for (let i = 0; i < 60; i++) write(`u${u}@q3.gov.vn`, u * 60 + i);
  expect(() => write('u5@q3.gov.vn', 301)).toThrow(/Write requests per minute'.*HTTP 429/);
});

it('the 61st read request of a user within a minute gets HTTP 429 with no answer; get and getByDataFilter count as reads; a minute later reads go through', () => {
  const { read, write, tick, ss } = world();
  ss.getSheets()[0].getRange('A1').setValue(7);
  for (let i = 0; i < 20; i++) read('a@q3.gov.vn', 'batchGet');
  for (let i = 0; i < 20; i++) read('a@q3.gov.vn', 'get');
  for (let i = 0; i < 20; i++) read('a@q3.gov.vn', 'getByDataFilter');
  expect(() => read('a@q3.gov.vn', 'batchGet')).toThrow(/sheets\.spreadsheets\.values\.batchGet.*'Read requests per minute per user'.*HTTP 429/);
  expect(() => read('a@q3.gov.vn', 'get')).toThrow(/sheets\.spreadsheets\.get .*HTTP 429/);
  expect(() => read('a@q3.gov.vn', 'getByDataFilter')).toThrow(/getByDataFilter.*HTTP 429/);
  // Reads and writes are separate quotas: the writes of the same minute still go through.
  write('a@q3.gov.vn', 1);
  tick(60_001);
  expect(read('a@q3.gov.vn')).toMatchObject({ valueRanges: [{ values: [[7], [1]] }] }); // A2: the write above
});

it('300 read requests a minute for the whole project, whoever sends them; another user is not held back by one user\'s 60', () => {
  const { read } = world();
  for (let i = 0; i < 60; i++) read('u0@q3.gov.vn');
  expect(() => read('u0@q3.gov.vn')).toThrow(/HTTP 429/);
  read('u1@q3.gov.vn');
  for (let u = 1; u < 5; u++) for (let i = u === 1 ? 1 : 0; i < 60; i++) read(`u${u}@q3.gov.vn`);
  expect(() => read('u5@q3.gov.vn')).toThrow(/'Read requests per minute'.*HTTP 429/);
});
