/**
 * A file the add-on ran in that has lost its Cấu hình (deleted by a coordinator) never takes another
 * sheet as Cấu hình by its content: any editor of the file, a unit's user too, can add a sheet
 * (Spreadsheet.insertSheet needs only edit access to the file), so a look-alike Cấu hình listing its
 * maker as coordinator would hand that user the campaign. Content decides only in a file without
 * the add-on's tracking (test/cli/real-files.test.ts). Through the built bundle.
 * - Spreadsheet.insertSheet: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet()
 * - Spreadsheet.getDeveloperMetadata: entries on the spreadsheet outlive the sheet they name by id
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()
 */
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow, UNIT_USER } from './helpers';

function campaignWithForgedConfig() {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 3).setValue(UNIT_USER)); // Phường 1
  setupUntilFinished(emu);
  // The unit's user copies Cấu hình into a sheet of their own and names themself coordinator.
  asUser(emu, UNIT_USER, (ss) => {
    const grid = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
    const forged = grid.map((row) => row.map((v) => (typeof v === 'string' && v.includes('@q3.gov.vn') && v !== UNIT_USER ? UNIT_USER : v)));
    const sheet = ss.insertSheet('Bảng phụ');
    sheet.getRange(1, 1, forged.length, forged[0].length).setValues(forged);
  });
  asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName('Cấu hình')!));
  return emu;
}

const configEntries = (emu: ReturnType<typeof emulator>) => asUser(emu, OWNER, (ss) =>
  ss.getDeveloperMetadata().filter((m) => m.getKey() === 'dvk.config').map((m) => m.getValue()));

describe('Cấu hình deleted in a file the add-on set up', () => {
  it('setup adopts no look-alike as Cấu hình and tells the coordinator to restore the real one', () => {
    const emu = campaignWithForgedConfig();
    const forgedId = String(asUser(emu, OWNER, (ss) => ss.getSheetByName('Bảng phụ')!.getSheetId()));
    const before = configEntries(emu);
    let message = '';
    try {
      const r = emu.bundle!.call('setupUnitTabs') as { message?: string; items?: { message: string }[] };
      message = [r.message ?? '', ...(r.items ?? []).map((i) => i.message)].join('\n');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Trang Cấu hình của chiến dịch đã bị xóa');
    expect(message).not.toContain('là trang Cấu hình (theo nội dung)');
    expect(configEntries(emu)).toEqual(before);
    expect(configEntries(emu)).not.toContain(forgedId);
  });

  it('the summary does not read the look-alike either', () => {
    const emu = campaignWithForgedConfig();
    expect(() => emu.bundle!.call('refreshSummary')).toThrow();
    expect(asUser(emu, OWNER, (ss) => ss.getSheetByName('Bảng phụ')!.getDeveloperMetadata().length)).toBe(0);
  });
});
