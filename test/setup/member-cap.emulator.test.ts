/**
 * A member workbook is a spreadsheet too: 200 sheets at most (emulator limit: test/emulator/spreadsheet-sheet-cap.test.ts,
 * source: third-party write-ups docs.squared.ai and thodigitals.com), and its units' editors may add sheets of their own.
 * The hub's refusal (sheet-cap.emulator.test.ts) applies while the campaign fits in the hub; once it spreads, a member
 * out of room gets none of its new tabs, each unit listed in Vietnamese, and the other files still set up.
 */
import { campaignWithUnits, OWNER, setupUntilFinished, unitsEndRow, unitsFirstRow, asUser } from './helpers';
import type { SpreadsheetData } from '../../src/local/emulator/model';

const tabsOf = (f: SpreadsheetData) => f.developerMetadata.filter((m) => m.key === 'dvk.tab').map((m) => (JSON.parse(m.value!) as { unit: string }).unit);

it.each([true, false])('a member filled with hand-made sheets gets no new tab: its units are listed in Vietnamese naming the book and how many fit; a unit going elsewhere is made (Sheets API on: %s)', (sheetsApi) => {
  const emu = campaignWithUnits(15, 10, { sheetsApi });
  setupUntilFinished(emu);
  const members = [...emu.files.values()].filter((f) => f.id !== emu.data.id);
  // The 32 units (the sample's 17 and 15 more) fill books of 10: the chi bộ group's second book holds 5.
  const second = members.find((f) => /Chi bộ cơ sở \(2\)/.test(f.name))!;
  expect(tabsOf(second)).toHaveLength(5);
  emu.run(OWNER, () => {
    const ss = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(second.id);
    while (ss.getNumSheets() < 199) ss.insertSheet(`Ghi chép ${ss.getNumSheets()}`);
  });
  // Two more chi bộ (to the full book, which has room for one) and one đảng bộ cơ sở (to its own book).
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const at = unitsEndRow(ss) - 1;
    config.insertRowsBefore(at, 3);
    config.getRange(at, 1, 3, 3).setValues([
      ['Chi bộ Khu phố 16', 'chi-bo-co-so', 'donvi16@q3.gov.vn'], ['Chi bộ Khu phố 17', 'chi-bo-co-so', 'donvi17@q3.gov.vn'],
      ['Đảng bộ Phường 9', 'dang-bo-co-so', 'p9@q3.gov.vn']]);
    expect(unitsFirstRow(ss)).toBeLessThan(at);
  });
  const before = second.sheets.length;
  const r = emu.bundle!.call('setupUnitTabs') as { items: { unit: string; status: string; message: string; file?: string }[] };
  const refused = r.items.filter((i) => i.status === 'problem');
  expect(refused.map((i) => i.unit).sort()).toEqual(['Chi bộ Khu phố 16', 'Chi bộ Khu phố 17']);
  for (const i of refused) {
    expect(i.message).toBe(`Chưa tạo trang tính: sổ “${second.name}” chứa tối đa 200 trang tính, chỉ đủ chỗ cho 6 trong 7 đơn vị của sổ. Đề nghị xoá trang tính không dùng đến trong sổ, rồi chạy lại.`);
    expect(i.message).not.toMatch(/[Tt]his action|limit/);
  }
  // Nothing half-way: not even the one tab that would have fitted.
  expect(second.sheets.length).toBe(before);
  expect(tabsOf(second)).toHaveLength(5);
  expect(members.concat([...emu.files.values()]).some((f) => tabsOf(f).includes('Đảng bộ Phường 9'))).toBe(true);
});
