/**
 * Setup within Google's 200 sheets per spreadsheet (emulator limit: test/emulator/spreadsheet-sheet-cap.test.ts,
 * source: third-party write-ups docs.squared.ai and thodigitals.com). A configuration whose tabs
 * cannot fit is refused before anything is made, with a Vietnamese message naming how many units fit.
 */
import { asUser, emulator, OWNER, unitsFirstRow } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

function campaignOf(units: number): Emulator {
  const emails = Array.from({ length: units }, (_, i) => `donvi${i + 1}@q3.gov.vn`);
  const emu = emulator(emails);
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.insertRowsAfter(config.getMaxRows(), units);
    config.getRange(first, 1, units, 3).setValues(emails.map((e, i) => [`Chi bộ Khu phố ${i + 1}`, 'chi-bo-co-so', e]));
  });
  return emu;
}

const fingerprint = (emu: Emulator) => ({
  sheets: emu.ctx.data.sheets.map((s) => s.name),
  metadata: emu.ctx.data.developerMetadata.map((m) => `${m.key}=${m.value}`),
  protections: emu.ctx.data.protections.length,
});

it('refuses 300 units in one spreadsheet, names how many fit, and makes nothing', () => {
  const emu = campaignOf(300);
  const before = fingerprint(emu);
  // Cấu hình, Mẫu đăng ký and the starting sheet are there; Tổng hợp, Danh sách mô hình, Báo cáo and Nhật ký nhắc hạn are to come.
  const fit = 200 - before.sheets.length - 4;
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(
    new RegExp(`tối đa 200 trang tính.*Cấu hình có 300 đơn vị, tệp này chỉ đủ chỗ cho ${fit} đơn vị`));
  expect(fingerprint(emu)).toEqual(before);
});

it('one unit past what fits is refused; removing it lets setup and every later sheet fit under 200', () => {
  const probe = campaignOf(1);
  const fit = 200 - probe.ctx.data.sheets.length - 4;
  const emu = campaignOf(fit + 1);
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(`chỉ đủ chỗ cho ${fit} đơn vị`);
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss) + fit, 1, 1, 3).clearContent());
  for (let guard = 0; guard < 20; guard++) if ((emu.bundle!.call('setupUnitTabs') as { finished: boolean }).finished) break;
  expect(emu.ctx.data.sheets.filter((s) => s.name.startsWith('Chi bộ Khu phố'))).toHaveLength(fit);
  emu.bundle!.call('refreshSummary');
  emu.bundle!.call('generateReport');
  emu.bundle!.call('setRemindersEnabled', true);
  emu.bundle!.call('runRemindersNow');
  const names = emu.ctx.data.sheets.map((s) => s.name);
  expect(names).toEqual(expect.arrayContaining(['Tổng hợp', 'Danh sách mô hình', 'Báo cáo', 'Nhật ký nhắc hạn']));
  expect(names).toHaveLength(200);
});
