/**
 * Google's 50,000 characters per cell (issue 18, break 7; the figure from independent write-ups,
 * cited in core/google-limits): the emulator refuses a longer write as Google does, through
 * SpreadsheetApp and the Sheets API; what the add-on writes is cut to fit and says so; a Cấu hình
 * cell over the limit (a file made elsewhere) is refused at its cell.
 */
import { CHARS_PER_CELL, fitCell } from '../../src/core/google-limits';
import { buildConfigLayout, readConfigGrid } from '../../src/core/config-sheet';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { logRow } from '../../src/core/reminders';
import { asUser, emulator, OWNER } from './helpers';

const long = 'x'.repeat(CHARS_PER_CELL + 70);

test('the emulator refuses a cell over 50,000 characters, by setValue and by the Sheets API', () => {
  const emu = emulator();
  asUser(emu, OWNER, (ss) => {
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange('A1').setValue(long)).toThrow('Your input contains more than the maximum of 50000 characters in a single cell.');
    sheet.getRange('A1').setValue('x'.repeat(CHARS_PER_CELL));
    expect(String(sheet.getRange('A1').getValue())).toHaveLength(CHARS_PER_CELL);
  });
  const Sheets = emu.globals().Sheets as { Spreadsheets: { batchUpdate(r: unknown, id: string): unknown } };
  const id = asUser(emu, OWNER, (ss) => ss.getId());
  const sheetId = asUser(emu, OWNER, (ss) => ss.getSheets()[0].getSheetId());
  expect(() => emu.run(OWNER, () => Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: {
    start: { sheetId, rowIndex: 0, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: long } }] }], fields: 'userEnteredValue' } }] }, id)))
    .toThrow(/50000 characters/);
});

test('a multi-cell setValues with one cell too long writes nothing at all', () => {
  // Google validates the whole call before writing (range#setValues throws, no partial write).
  const emu = emulator();
  asUser(emu, OWNER, (ss) => {
    const range = ss.getSheets()[0].getRange('A1:B2');
    range.setValues([['giữ', 'giữ'], ['giữ', 'giữ']]);
    expect(() => range.setValues([['mới', 'mới'], ['mới', long]])).toThrow(/50000 characters/);
    expect(range.getValues()).toEqual([['giữ', 'giữ'], ['giữ', 'giữ']]);
    expect(() => range.setFormulas([['=1', '=2'], ['=3', `="${long}"`]])).toThrow(/50000 characters/);
    expect(range.getValues()).toEqual([['giữ', 'giữ'], ['giữ', 'giữ']]);
  });
});

test('what the add-on writes is cut to 50,000 characters and says how much was left out', () => {
  const cut = fitCell(long);
  expect(cut.length).toBeLessThanOrEqual(CHARS_PER_CELL);
  const left = Number(/… \(đã cắt bớt (\d+) ký tự: ô chỉ chứa tối đa 50000 ký tự\)$/.exec(cut)![1]);
  expect(cut.indexOf(' … (')+ left).toBe(long.length);
  expect(fitCell('ngắn')).toBe('ngắn');
  // The reminder log's cells (a 50,070-character subject or address list is logged, not refused).
  const row = logRow({ time: new Date(0), key: 'k', unit: long, kind: 'hạn đăng ký', round: 'Đợt 1', deadline: '18/05/2021', step: '', recipients: long, result: 'sent', detail: long });
  expect(row.every((v) => typeof v !== 'string' || v.length <= CHARS_PER_CELL)).toBe(true);
});

test('a Cấu hình cell over the limit is refused at that cell', () => {
  const grid = buildConfigLayout(parseCampaign(QUAN3_2021)).values.map((r) => [...r]);
  const row = grid.findIndex((r) => r[0] === 'Tiêu đề bảng đăng ký');
  grid[row][1] = long;
  expect(readConfigGrid(grid).problems).toEqual([`Cấu hình!B${row + 1}: ô dài ${long.length} ký tự, quá 50000 ký tự một ô của Google Sheets; hãy rút gọn.`]);
});
