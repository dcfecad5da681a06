/**
 * Setup within Google's 200 sheets per spreadsheet (emulator limit: test/emulator/spreadsheet-sheet-cap.test.ts,
 * source: third-party write-ups docs.squared.ai and thodigitals.com). A configuration whose tabs
 * cannot fit is refused before anything is made, with a Vietnamese message naming how many units fit.
 */
import { asUser, campaignWithUnits, OWNER, unitsFirstRow } from './helpers';
import { MAX_TABS_PER_FILE } from '../../src/core/campaign/schema';
import type { Emulator } from '../../src/local/emulator/emulator';
import { CONFIG_TAG } from '../../src/gas/edit-tags';

/** `units` units all asked to live in the one file (Số tab đơn vị tối đa mỗi tệp at its highest), plus `extra` sheets made by hand. */
function campaignOf(units: number, extra = 0, sheetsApi = true): Emulator {
  const emu = campaignWithUnits(units, MAX_TABS_PER_FILE, { sheetsApi });
  asUser(emu, OWNER, (ss) => { for (let i = 1; i <= extra; i++) ss.insertSheet(`Ghi chép ${i}`); });
  return emu;
}

const fingerprint = (emu: Emulator) => ({
  sheets: emu.ctx.data.sheets.map((s) => s.name),
  // The hub's config version (dvk.edit.config) is bumped by every press, refused or not (setup reads
  // Cấu hình afresh): its value is no sheet, tab or mark a person sees.
  metadata: emu.ctx.data.developerMetadata.map((m) => (m.key === CONFIG_TAG ? m.key : `${m.key}=${m.value}`)),
  protections: emu.ctx.data.protections.length,
});

// While the campaign fits in one file (units ≤ Số tab đơn vị tối đa mỗi tệp) it is not spread to member
// workbooks, so the hub must hold every tab; a member out of room: member-cap.emulator.test.ts.
it.each([true, false])('refuses units the file cannot hold (sheets made by hand take room), names how many fit, and makes nothing (Sheets API on: %s)', (sheetsApi) => {
  const emu = campaignOf(MAX_TABS_PER_FILE, 10, sheetsApi);
  const before = fingerprint(emu);
  // Cấu hình, Mẫu đăng ký and the hand-made sheets are there (Khởi tạo removed the empty starting sheet); Tổng hợp, Danh sách mô hình, Báo cáo,
  // Nhật ký nhắc hạn and Dữ liệu tiện ích are to come.
  const fit = 200 - before.sheets.length - 5;
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(
    new RegExp(`tối đa 200 trang tính, tệp này chỉ đủ chỗ cho ${fit} trong ${MAX_TABS_PER_FILE} đơn vị của Cấu hình`));
  expect(fingerprint(emu)).toEqual(before);
});

it('one unit past what fits is refused; removing it lets setup and every later sheet fit under 200', () => {
  // Two sheets made by hand, so that one unit past what fits is still within Số tab đơn vị tối đa mỗi tệp (one file).
  const probe = campaignOf(1, 2);
  const fit = 200 - probe.ctx.data.sheets.length - 5;
  expect(fit + 1).toBeLessThanOrEqual(MAX_TABS_PER_FILE);
  const emu = campaignOf(fit + 1, 2);
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(`chỉ đủ chỗ cho ${fit} trong ${fit + 1} đơn vị`);
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss) + fit, 1, 1, 3).clearContent());
  for (let guard = 0; guard < 20; guard++) if ((emu.bundle!.call('setupUnitTabs') as { finished: boolean }).finished) break;
  expect(emu.ctx.data.sheets.filter((s) => s.name.startsWith('Chi bộ Khu phố'))).toHaveLength(fit);
  // After Đợt 1's registration deadline (18/05/2021), so the refresh records lateness in Dữ liệu tiện ích.
  emu.clock.set('2021-05-19T08:00:00+07:00');
  emu.bundle!.call('refreshSummary');
  emu.bundle!.call('generateReport');
  emu.bundle!.call('setRemindersEnabled', true);
  emu.bundle!.call('runRemindersNow');
  const names = emu.ctx.data.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Tổng hợp', 'Danh sách mô hình', 'Báo cáo', 'Nhật ký nhắc hạn', 'Dữ liệu tiện ích']));
  expect(names).toHaveLength(200);
});
