/**
 * Cấu hình's problems are shown at their cells as well as in the sidebar: "Tạo/cập nhật tab đơn vị" writes
 * each as a note on the cell it names (in Vietnamese), keeps a coordinator's own note, and takes the
 * add-on's note away once the cell is fixed. Through the built bundle on the emulator.
 */
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow } from './helpers';

const note = (emu: ReturnType<typeof emulator>, row: number, column: number) =>
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(row, column).getNote());

it('writes a refused configuration’s problem at its cell and removes it once fixed, keeping the coordinator’s own note', () => {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const row = asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const r = unitsFirstRow(ss) + 2;
    config.getRange(r, 2).setValue('xa').setNote('Hỏi lại anh Tâm');
    return r;
  });
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(`Cấu hình!B${row}: loại đơn vị "xa"`);
  expect(note(emu, row, 2)).toBe('Hỏi lại anh Tâm\n\n⚠ Dân vận khéo: loại đơn vị "xa" không có trong danh sách loại đơn vị');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('phuong'));
  setupUntilFinished(emu);
  expect(note(emu, row, 2)).toBe('Hỏi lại anh Tâm');
});

it('marks a unit’s bad e-mail at its cell while the other units still get their tabs', () => {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const row = asUser(emu, OWNER, (ss) => {
    const r = unitsFirstRow(ss);
    ss.getSheetByName('Cấu hình')!.getRange(r, 3).setValue('p1@q3.gov.vn, p1.q3.gov.vn');
    return r;
  });
  expect(setupUntilFinished(emu).items.size).toBe(32);
  expect(note(emu, row, 3)).toBe('⚠ Dân vận khéo: “p1.q3.gov.vn” không phải địa chỉ e-mail hợp lệ (đã bỏ qua).');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(row, 3).setValue('p1@q3.gov.vn'));
  setupUntilFinished(emu);
  expect(note(emu, row, 3)).toBe('');
});
