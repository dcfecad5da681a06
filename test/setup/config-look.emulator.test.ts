/**
 * A campaign's Cấu hình written before its current look (8ee187b: unit list widths fit their text; ae2612b: frozen
 * through the unit list's headers) gets that look on setup's re-run, through the built bundle: nothing typed changes,
 * a column the coordinator widened by hand stays as wide, and a second re-run writes neither.
 * Emulator behaviour relied on: Sheet.setColumnWidth / getColumnWidth and setFrozenRows / getFrozenRows
 * (developers.google.com/apps-script/reference/spreadsheet/sheet).
 */
import { asUser, emulator, OWNER, setupUntilFinished } from './helpers';

/** The widths and frozen rows the add-on wrote before 8ee187b and ae2612b. */
const OLD_WIDTHS = [260, 320, 300, 130, 130, 150];
const HAND_WIDENED_A = 520;

const look = (emu: ReturnType<typeof emulator>) => asUser(emu, OWNER, (ss) => {
  const config = ss.getSheetByName('Cấu hình')!;
  return { frozen: config.getFrozenRows(), widths: OLD_WIDTHS.map((_, j) => config.getColumnWidth(j + 1)), values: config.getDataRange().getValues() };
});

test('setup re-run gives an existing Cấu hình the new look without touching its values, then writes nothing for it', () => {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  const fresh = look(emu);
  const unitHeaders = fresh.values.findIndex((r) => r[0] === 'Tên đơn vị') + 1;
  expect(fresh.frozen).toBe(unitHeaders);
  // As an existing campaign's sheet was: 2 frozen rows, the old narrow widths; column A widened by hand; a value typed.
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    config.setFrozenRows(2);
    OLD_WIDTHS.forEach((w, j) => config.setColumnWidth(j + 1, w));
    config.setColumnWidth(1, HAND_WIDENED_A);
    config.getRange(unitHeaders + 1, 3).setValue('phuong1@q3.gov.vn');
  });
  const before = look(emu);
  expect(fresh.widths.slice(1, 5).every((w, j) => w > OLD_WIDTHS[j + 1])).toBe(true);

  setupUntilFinished(emu);
  const after = look(emu);
  expect(after.frozen).toBe(unitHeaders);
  expect(after.widths).toEqual([HAND_WIDENED_A, ...fresh.widths.slice(1)]);
  expect(after.values).toEqual(before.values);

  emu.calls.reset();
  setupUntilFinished(emu);
  const calls = emu.calls.snapshot();
  expect([calls['Sheet.setColumnWidth'] ?? 0, calls['Sheet.setColumnWidths'] ?? 0, calls['Sheet.setFrozenRows'] ?? 0]).toEqual([0, 0, 0]);
  expect(look(emu)).toEqual(after);
});
