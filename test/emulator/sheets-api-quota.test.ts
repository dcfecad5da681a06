/**
 * Sheets API write quota: 60 write requests a minute per user, 300 per project; past either, HTTP 429
 * and nothing applied. Source: https://developers.google.com/workspace/sheets/api/limits
 * (quota table and "If you exceed a quota, you'll get a 429: Too many requests"). One batchUpdate is
 * one request (https://developers.google.com/workspace/sheets/api/guides/batch).
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
  return { ...t, write, tick: (ms: number) => { now += ms; } };
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
