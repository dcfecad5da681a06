/**
 * Issue 16: an existing Cấu hình of the old layout (written by the add-on before units came first; fixture in
 * fixtures/old-config.ts) is brought to the current one by “Tạo/cập nhật tab đơn vị” without losing anything a
 * coordinator typed: units first, types by name, the technical tables folded under “NÂNG CAO”, the no-e-mail mark as
 * a rule instead of a fill, e-mail cells validated, problems written at their (new) cells.
 * Emulator behaviour relied on: row groups (test/emulator/row-groups…, reference/spreadsheet/group), conditional
 * format rules and data validations (test/emulator/spreadsheet-range.test.ts).
 */
import { readConfigGrid } from '../../src/core/config-sheet';
import type { Emulator } from '../../src/local/emulator/emulator';
import { writeOldConfig, OLD_MISSING } from './fixtures/old-config';
import { asUser, emulator, OWNER, setupUntilFinished, type SS } from './helpers';

const TZ = 'Asia/Ho_Chi_Minh';
const config = (ss: SS) => ss.getSheetByName('Cấu hình')!;
const grid = (emu: Emulator) => asUser(emu, OWNER, (ss) => config(ss).getDataRange().getValues());
const rowOf = (g: unknown[][], a: unknown) => g.findIndex((r) => r[0] === a) + 1;
const blank = (v: unknown) => v === '' || v === null || v === undefined;

/** A file set up by the old add-on: its Cấu hình in the old layout, then edited by hand as coordinators do. */
function oldFile(): { emu: Emulator; before: unknown[][] } {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const campaign = readConfigGrid(grid(emu), TZ).campaign!;
  campaign.units[0].emails = ['phuong1@q3.gov.vn'];
  writeOldConfig(emu, OWNER, campaign);
  asUser(emu, OWNER, (ss) => {
    const sheet = config(ss);
    const g = sheet.getDataRange().getValues();
    const p2 = rowOf(g, 'Phường 2');
    sheet.getRange(p2, 3).setValue('phuong2@q3'); // a typo: not an address, left out of the campaign but kept in its cell
    sheet.insertColumnAfter(6);
    sheet.getRange(p2, 7).setValue('Đã gọi điện ngày 12/5'); // a coordinator's own column
    sheet.getRange(p2, 1).setNote('Chị Lan phụ trách');
    sheet.getRange(rowOf(g, 'Bật nhắc hạn (Có/Không)'), 2).setValue('Có');
  });
  return { emu, before: grid(emu) };
}

test('an old-layout Cấu hình is brought to the new layout by setup, every value and note kept, and reads the same campaign', () => {
  const { emu, before } = oldFile();
  const old = readConfigGrid(before, TZ);
  expect(old.campaign).toBeDefined();
  expect(rowOf(before, 'Đơn vị')).toBeGreaterThan(rowOf(before, 'Loại đơn vị'));

  const { runs } = setupUntilFinished(emu);
  expect(runs[0].message).toContain('Đã chuyển Cấu hình sang bố cục mới');
  const after = grid(emu);
  const read = readConfigGrid(after, TZ);
  expect(read.problems).toEqual([]);
  expect(read.campaign).toEqual({ ...old.campaign!, reminders: read.campaign!.reminders });
  expect(read.campaign!.reminders).toEqual({ ...old.campaign!.reminders, enabled: read.campaign!.reminders.enabled });
  expect(read.unitIssues.map((i) => i.unit)).toEqual(['Phường 2']);

  // Units first; the technical tables below the NÂNG CAO heading, folded.
  const units = rowOf(after, 'Đơn vị');
  const advanced = after.findIndex((r) => String(r[0]).startsWith('NÂNG CAO')) + 1;
  expect(units).toBe(4);
  for (const t of ['Thiết lập kỹ thuật', 'Nội dung', 'Cột bảng đăng ký', 'Loại đơn vị']) expect([t, rowOf(after, t) > advanced]).toEqual([t, true]);
  expect(rowOf(after, 'Múi giờ')).toBeGreaterThan(advanced);
  asUser(emu, OWNER, (ss) => expect(config(ss).getRowGroup(advanced + 1, 1)!.isCollapsed()).toBe(true));

  // Nothing typed is lost: every value of the old sheet is in the new one, but for the add-on's own words
  // (title rows, headers, a type's code now shown by its name) and the do-nothing “Bật nhắc hạn” row.
  const own = new Set(['Loại đơn vị (mã)', 'Bật nhắc hạn (Có/Không)', 'Có', ...old.campaign!.unitTypes.map((t) => t.id)]);
  const count = (g: unknown[][]) => {
    const m = new Map<string, number>();
    g.slice(3).flat().filter((v) => !blank(v)).forEach((v) => { const k = v instanceof Date ? `d${v.getTime()}` : String(v); m.set(k, (m.get(k) ?? 0) + 1); });
    return m;
  };
  const now = count(after);
  const missing = [...count(before)].filter(([k, n]) => !own.has(k) && (now.get(k) ?? 0) < n).map(([k]) => k);
  expect(missing).toEqual([]);

  // The typed cells moved with their unit's row: the typo, the remark in column G, the note.
  const p2 = rowOf(after, 'Phường 2');
  expect(p2).toBeLessThan(rowOf(after, 'Chiến dịch'));
  const ward = old.campaign!.unitTypes.find((t) => t.id === 'phuong')!.name;
  expect(after[p2 - 1].slice(1, 3)).toEqual([ward, 'phuong2@q3']);
  expect(after[p2 - 1][6]).toBe('Đã gọi điện ngày 12/5');
  asUser(emu, OWNER, (ss) => {
    const sheet = config(ss);
    expect(sheet.getRange(p2, 1).getNote()).toBe('Chị Lan phụ trách');
    // The typo is said at its new cell, in Vietnamese.
    expect(sheet.getRange(p2, 3).getNote()).toContain('“phuong2@q3” không phải địa chỉ e-mail hợp lệ');
    // No static fill left; the no-e-mail mark is a rule over the units' e-mail cells, and they are validated.
    const first = units + 2;
    const emailCells = sheet.getRange(first, 3, 32, 1);
    expect(emailCells.getBackgrounds().flat().filter((b) => b === OLD_MISSING)).toEqual([]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0].getBooleanCondition()!.getBackground()).toBe(OLD_MISSING);
    expect(rules[0].getRanges()[0].getRow()).toBe(first);
    expect(sheet.getRange(first + 1, 3).getDataValidation()!.getCriteriaType()).toBe(SpreadsheetAppCriteria(emu).CUSTOM_FORMULA);
    expect(sheet.getRange(first, 2).getDataValidation()!.getCriteriaValues()[0]).toContain(ward);
  });

  // Pressed again: nothing more to bring over, and the sheet stays as it is.
  const again = setupUntilFinished(emu).runs[0];
  expect(again.message ?? '').not.toContain('bố cục mới');
  expect(grid(emu)).toEqual(after);
});

test('an old Cấu hình holding text outside its tables is left as it is, and setup says why', () => {
  const { emu } = oldFile();
  asUser(emu, OWNER, (ss) => config(ss).getRange('A3').setValue('Bản nháp của chị Lan'));
  const before = grid(emu);
  const { runs } = setupUntilFinished(emu);
  expect(runs[0].message).toContain('Cấu hình có nội dung ngoài các bảng (Cấu hình!A3)');
  expect(grid(emu)).toEqual(before);
  // It still reads: the tabs were made.
  expect(runs.at(-1)!.total).toBe(32);
});

function SpreadsheetAppCriteria(emu: Emulator) {
  return (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).DataValidationCriteria;
}
