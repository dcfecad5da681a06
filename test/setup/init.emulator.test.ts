/**
 * initCampaign and getSidebarState on the emulator, through the built bundle (dist/Code.js).
 * Protection behaviour relied on: developers.google.com/apps-script/reference/spreadsheet/protection
 * (owner always an editor; Sheet.protect() mirrors the file's editors until editors are set).
 */
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { readConfigGrid } from '../../src/core/config-sheet';
import { asUser, COORDINATOR, emulator, OWNER, UNIT_USER } from './helpers';

describe('initCampaign on a blank spreadsheet', () => {
  it('offers initialisation to the owner, then writes Cấu hình and Mẫu đăng ký', () => {
    const emu = emulator();
    expect(emu.bundle!.call('getSidebarState')).toMatchObject({ user: OWNER, isCoordinator: true, initialized: false });
    const state = emu.bundle!.call('initCampaign') as Record<string, unknown>;
    expect(state).toMatchObject({ initialized: true, isCoordinator: true, campaign: { id: 'quan3-2021', year: 2021, units: 32 } });
    asUser(emu, OWNER, (ss) => {
      // The new file's empty, untouched "Trang tính1" is gone; the person is left on Cấu hình.
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Mẫu đăng ký']);
      expect(ss.getActiveSheet().getName()).toBe('Cấu hình');
      const config = ss.getSheetByName('Cấu hình')!;
      const read = readConfigGrid(config.getDataRange().getValues());
      expect(read.problems).toEqual([]);
      expect(read.campaign).toEqual(parseCampaign({ ...QUAN3_2021, coordinators: [OWNER] }));
      // Frozen down to the unit list's column headers, so they stay in view while scrolling the units.
      const unitHeaders = config.getDataRange().getValues().findIndex((r) => r[0] === 'Tên đơn vị') + 1;
      expect(unitHeaders).toBeGreaterThan(1);
      expect(config.getFrozenRows()).toBe(unitHeaders);
      // The technical tables are folded under the "Nâng cao" heading, whose row holds the group's toggle.
      const advanced = config.getDataRange().getValues().findIndex((r) => String(r[0]).startsWith('NÂNG CAO')) + 1;
      const group = config.getRowGroup(advanced + 1, 1)!;
      expect([group.isCollapsed(), group.getControlIndex(), group.getRange().getLastRow()]).toEqual([true, advanced, config.getMaxRows()]);
      expect(config.getRowGroup(advanced - 1, 1)).toBeNull();
      const template = ss.getSheetByName('Mẫu đăng ký')!;
      expect(template.getMaxColumns()).toBe(6);
      expect(template.getMaxRows()).toBeLessThan(100);
      expect(template.getRange('A1').getValue()).toBe('ĐẢNG BỘ QUẬN 3');
      expect(template.getRange('D1').getValue()).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(template.getRange('A5').getValue()).toBe('BẢNG ĐĂNG KÝ');
      expect(template.getFrozenRows()).toBe(10);
      expect(template.getRange('A10:F10').getValues()[0]).toEqual(['STT', 'Tên mô hình', 'Hình thức thực hiện', 'Thời gian thực hiện',
        'Dự kiến kết quả (hiệu quả, số lượng đạt được)', 'Ghi chú']);
      expect(template.getRange('F12').getDataValidation()?.getCriteriaValues()[0]).toEqual(['tiếp tục thực hiện', 'nhân rộng', 'mô hình mới']);
      for (const sheet of [config, template]) {
        const p = sheet.getProtections(SpreadsheetAppProtectionSheet(emu))[0];
        expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([OWNER]);
      }
    });
  });

  it('keeps the starting sheet when it has anything in it (a value, a chart), and one renamed by hand', () => {
    for (const touch of ['value', 'chart', 'renamed'] as const) {
      const emu = emulator();
      asUser(emu, OWNER, (ss) => {
        const start = ss.getSheetByName('Trang tính1')!;
        if (touch === 'value') start.getRange('Z900').setValue('ghi chú riêng');
        if (touch === 'chart') start.insertChart(start.newChart().setChartType('BAR' as unknown as GoogleAppsScript.Charts.ChartType).addRange(start.getRange('A1:B2')).setPosition(1, 1, 0, 0).build());
        if (touch === 'renamed') start.setName('Danh bạ');
      });
      emu.bundle!.call('initCampaign');
      asUser(emu, OWNER, (ss) => {
        expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Mẫu đăng ký', touch === 'renamed' ? 'Danh bạ' : 'Trang tính1']);
        if (touch === 'value') expect(ss.getSheetByName('Trang tính1')!.getRange('Z900').getValue()).toBe('ghi chú riêng');
      });
    }
  });

  it('writes the Danh mục mô hình the sidebar hands it (the plan’s catalogue), protected with Cấu hình', () => {
    const emu = emulator();
    emu.bundle!.call('initCampaign', { catalogue: QUAN3_2021_CATALOGUE });
    asUser(emu, OWNER, (ss) => {
      const read = readConfigGrid(ss.getSheetByName('Cấu hình')!.getDataRange().getValues());
      expect(read.campaign!.catalogue).toEqual(parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE }).catalogue);
      expect(read.campaign!.catalogue.find((m) => m.name === 'Ngày không hẹn')).toMatchObject({ content: 2, origin: 'Phường 14', continued: false });
    });
    asUser(emu, UNIT_USER, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      const row = config.getDataRange().getValues().findIndex((r) => r[0] === 'Ngày không hẹn') + 1;
      expect(() => config.getRange(row, 3).setValue('Phường 1')).toThrow();
    });
  });

  it('refuses a catalogue that is not one (a model under a content that does not exist)', () => {
    const emu = emulator();
    expect(() => emu.bundle!.call('initCampaign', { catalogue: [{ name: 'X', content: 9 }] })).toThrow(/catalogue\[0\]\.content: nội dung 9 không tồn tại/);
  });

  it('never overwrites: a second call leaves both sheets as a coordinator edited them', () => {
    const emu = emulator();
    emu.bundle!.call('initCampaign');
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Mẫu đăng ký')!.getRange('A5').setValue('BẢNG ĐĂNG KÝ (sửa)'));
    const state = emu.bundle!.call('initCampaign') as { message: string };
    expect(state.message).toContain('không ghi đè');
    asUser(emu, OWNER, (ss) => {
      expect(ss.getSheetByName('Mẫu đăng ký')!.getRange('A5').getValue()).toBe('BẢNG ĐĂNG KÝ (sửa)');
      expect(ss.getSheets().map((s) => s.getName())).toEqual(['Cấu hình', 'Mẫu đăng ký']);
    });
  });

  it('refuses a non-coordinator, changing nothing', () => {
    const emu = emulator();
    emu.user = UNIT_USER;
    expect(emu.bundle!.call('getSidebarState')).toMatchObject({ user: UNIT_USER, isCoordinator: false, initialized: false });
    expect(() => emu.bundle!.call('initCampaign')).toThrow(/không phải người tổng hợp/);
    expect(emu.ctx.data.sheets).toHaveLength(1);
  });

  it('refuses a file editor who is not listed under Người tổng hợp, and tells them it is read-only', () => {
    const emu = emulator();
    emu.bundle!.call('initCampaign');
    emu.user = COORDINATOR;
    expect(emu.bundle!.call('getSidebarState')).toMatchObject({ isCoordinator: false, initialized: true,
      message: expect.stringContaining('chỉ người tổng hợp') });
    expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(/không phải người tổng hợp/);
    expect(emu.ctx.data.sheets.map((s) => s.name)).toEqual(['Cấu hình', 'Mẫu đăng ký']);
  });
});

function SpreadsheetAppProtectionSheet(emu: ReturnType<typeof emulator>): GoogleAppsScript.Spreadsheet.ProtectionType {
  return (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET;
}
