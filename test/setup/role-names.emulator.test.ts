/**
 * Role sheets are found by the add-on's tracking, never by a name a unit can set (issue 18,
 * break 2), through the built bundle. A unit renames its own tab to each role's name — Tổng hợp,
 * Danh sách mô hình, Nhật ký nhắc hạn, Báo cáo, Cấu hình, Mẫu đăng ký — with the role sheet absent
 * (never made, or deleted by a coordinator) and present (renamed by a coordinator); and a
 * spreadsheet-level entry pointing a role at the unit's tab. The unit's tab keeps every cell and
 * its protection; a role sheet made while its name is taken gets another name, and the job says so.
 * Behaviours relied on (Google's reference):
 * - Sheet.setName: two sheets cannot share a name
 *   https://developers.google.com/apps-script/reference/spreadsheet/sheet#setName(String)
 * - Spreadsheet.getDeveloperMetadata / addDeveloperMetadata: entries on the spreadsheet name a sheet by id
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getDeveloperMetadata()
 */
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow, UNIT_USER, type SS } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const TAB = 'Phường 1';

type Make = (emu: Emulator) => { message?: string };
const call = (fn: string): Make => (emu) => emu.bundle!.call(fn) as { message?: string };
const ROLES: { name: string; key: string; make: Make; bySetup?: boolean; prepare?: string }[] = [
  { name: 'Tổng hợp', key: 'dvk.summary', make: call('refreshSummary') },
  { name: 'Danh sách mô hình', key: 'dvk.models', make: call('refreshSummary') },
  { name: 'Nhật ký nhắc hạn', key: 'dvk.reminderLog', make: call('runRemindersNow') },
  // The report adds Kết quả columns to every unit tab (by design): they are added first, so the test sees only the role's writes.
  { name: 'Báo cáo', key: 'dvk.report', make: call('generateReport'), prepare: 'addResultsColumns' },
  { name: 'Cấu hình', key: 'dvk.config', make: call('initCampaign'), bySetup: true },
  { name: 'Mẫu đăng ký', key: 'dvk.template', make: call('initCampaign'), bySetup: true },
];

function setUp(prepare?: string): { emu: Emulator; tabId: number } {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 3).setValue(UNIT_USER)); // Phường 1
  setupUntilFinished(emu);
  if (prepare) emu.bundle!.call(prepare);
  const tabId = asUser(emu, OWNER, (ss) => ss.getSheetByName(TAB)!.getSheetId());
  // The unit types into its tab, so a role write over it would show.
  asUser(emu, UNIT_USER, (ss) => ss.getSheetByName(TAB)!.getRange('B12').setValue('Tổ tự quản an ninh'));
  return { emu, tabId };
}

const byId = (ss: SS, id: number) => ss.getSheets().find((s) => s.getSheetId() === id)!;
/** The unit tab as its users see it: every value and who may edit it. */
const unitTab = (emu: Emulator, id: number) => asUser(emu, OWNER, (ss) => ({
  values: byId(ss, id).getDataRange().getValues(),
  editors: byId(ss, id).getProtections(SHEET())[0].getEditors().map((u) => u.getEmail()).sort(),
}));
const rename = (emu: Emulator, user: string, id: number, name: string) => asUser(emu, user, (ss) => byId(ss, id).setName(name));
const idOf = (emu: Emulator, name: string) => asUser(emu, OWNER, (ss) => ss.getSheetByName(name)?.getSheetId());

describe.each(ROLES)('a unit renames its trang tính “$name”', ({ name, key, make, bySetup, prepare }) => {
  it('with the role sheet absent: the job makes “name (2)”, says so, and leaves the unit’s tab as it was', () => {
    const { emu, tabId } = setUp(prepare);
    if (bySetup) asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName(name)!));
    rename(emu, UNIT_USER, tabId, name);
    const before = unitTab(emu, tabId);
    const r = make(emu);
    expect(unitTab(emu, tabId)).toEqual(before);
    expect(idOf(emu, name)).toBe(tabId);
    expect(idOf(emu, `${name} (2)`)).toEqual(expect.any(Number));
    expect(r.message).toContain(`Tên “${name}” đã có một trang tính khác dùng (không phải của tiện ích), nên đã tạo “${name} (2)”`);
    // The next run finds its own sheet again, by tracking.
    const sheets = asUser(emu, OWNER, (ss) => ss.getSheets().length);
    make(emu);
    expect(asUser(emu, OWNER, (ss) => ss.getSheets().length)).toBe(sheets);
    expect(unitTab(emu, tabId)).toEqual(before);
  });

  it('with the role sheet present under another name: the job writes its own sheet, not the unit’s', () => {
    const { emu, tabId } = setUp(prepare);
    if (!bySetup) make(emu);
    const roleId = idOf(emu, name)!;
    rename(emu, OWNER, roleId, `${name} 2021`);
    rename(emu, UNIT_USER, tabId, name);
    const before = unitTab(emu, tabId);
    const sheets = asUser(emu, OWNER, (ss) => ss.getSheets().map((s) => s.getName()));
    make(emu);
    expect(unitTab(emu, tabId)).toEqual(before);
    expect(asUser(emu, OWNER, (ss) => ss.getSheets().map((s) => s.getName()))).toEqual(sheets);
  });

  it('an entry on the spreadsheet pointing the role at the unit’s tab is not believed', () => {
    const { emu, tabId } = setUp(prepare);
    if (bySetup) asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName(name)!));
    asUser(emu, UNIT_USER, (ss) => ss.addDeveloperMetadata(key, String(tabId)));
    const before = unitTab(emu, tabId);
    make(emu);
    expect(unitTab(emu, tabId)).toEqual(before);
    expect(idOf(emu, name)).toEqual(expect.any(Number));
    expect(idOf(emu, name)).not.toBe(tabId);
  });
});

test('a unit that points Cấu hình at its own tab does not become a coordinator', () => {
  const { emu, tabId } = setUp();
  asUser(emu, OWNER, (ss) => ss.deleteSheet(ss.getSheetByName('Cấu hình')!));
  asUser(emu, UNIT_USER, (ss) => {
    ss.addDeveloperMetadata('dvk.config', String(tabId));
    byId(ss, tabId).getRange('A1').setValue('Người tổng hợp');
    byId(ss, tabId).getRange('A3').setValue(UNIT_USER);
  });
  emu.user = UNIT_USER;
  expect(emu.bundle!.call('getSidebarState')).toMatchObject({ isCoordinator: false, initialized: false });
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(/không phải người tổng hợp/);
});

/**
 * DOCUMENT-visible developer metadata "is accessible from any developer project with access to the
 * document" (developers.google.com/apps-script/reference/spreadsheet/developer-metadata-visibility):
 * an editor's own script may delete the add-on's entry and add its own. The add-on believes the
 * Cấu hình id in its document properties, which only its project reads and writes.
 */
test('a unit that replaces the Cấu hình entry with one naming a sheet of its own does not become a coordinator', () => {
  const { emu } = setUp();
  const real = idOf(emu, 'Cấu hình');
  asUser(emu, UNIT_USER, (ss) => {
    for (const m of ss.getDeveloperMetadata()) if (m.getKey() === 'dvk.config') m.remove();
    const mine = ss.insertSheet('Cấu hình của tôi');
    const grid = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
    mine.getRange(1, 1, grid.length, grid[0].length).setValues(grid);
    const row = grid.findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    mine.getRange(row, 1).setValue(UNIT_USER);
    ss.addDeveloperMetadata('dvk.config', String(mine.getSheetId()));
  });
  emu.user = UNIT_USER;
  expect(emu.bundle!.call('getSidebarState')).toMatchObject({ isCoordinator: false, initialized: true });
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(/không phải người tổng hợp/);
  emu.user = OWNER;
  expect(emu.bundle!.call('checkUnits')).toMatchObject({ units: expect.any(Array) });
  expect(idOf(emu, 'Cấu hình')).toBe(real);
});
