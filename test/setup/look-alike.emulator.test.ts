/**
 * Look-alike unit names (issue 18, break 1), through the built bundle: "Phường 9" typed decomposed
 * (NFD), with a zero-width space, a no-break space or a double space is the same unit as "Phường 9".
 * A second Cấu hình row with such a spelling is a configuration error at both cells, and never
 * moves the ward's tab (or its protection) to the newcomer; a retyped spelling of the same row keeps
 * the same tab, with no look-alike or "(2)" tab made beside it.
 * Behaviours relied on (Google's reference):
 * - Protection.getEditors lists who may edit a protected sheet
 *   https://developers.google.com/apps-script/reference/spreadsheet/protection#getEditors()
 * - Developer metadata stays with a sheet, whatever its name
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 */
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow, unitsEndRow, type SS } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const WARD = 'Phường 9';
const INTRUDER = 'ke.gia.mao@gmail.com';

const SPELLINGS: [string, string][] = [
  ['decomposed (NFD)', WARD.normalize('NFD')],
  ['with a zero-width space', 'Phư\u200bờng 9'],
  ['with a no-break space', 'Phường\u00a09'],
  ['with a double space', 'Phường  9'],
];

function setUp(): Emulator {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  setupUntilFinished(emu);
  return emu;
}

/** The row of Cấu hình's Đơn vị table naming `name` exactly. */
function unitRow(ss: SS, name: string): number {
  const config = ss.getSheetByName('Cấu hình')!;
  const first = unitsFirstRow(ss);
  const names = config.getRange(first, 1, config.getLastRow() - first + 1, 1).getValues().map((r) => r[0]);
  return first + names.indexOf(name);
}

const editorsOf = (emu: Emulator, sheetId: number) =>
  asUser(emu, OWNER, (ss) => ss.getSheets().find((s) => s.getSheetId() === sheetId)!.getProtections(SHEET())[0].getEditors().map((u) => u.getEmail()).sort());
const sheetNames = (emu: Emulator) => asUser(emu, OWNER, (ss) => ss.getSheets().map((s) => s.getName()));
const wardTabId = (emu: Emulator) => asUser(emu, OWNER, (ss) => ss.getSheetByName(WARD)!.getSheetId());

describe.each(SPELLINGS)('a second Cấu hình row "Phường 9" %s, with another e-mail', (_label, twin) => {
  const emu = setUp();
  const tab = wardTabId(emu);
  const before = editorsOf(emu, tab);
  const names = sheetNames(emu);
  const { ward, added } = asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const ward = unitRow(ss, WARD);
    const added = unitsEndRow(ss);
    config.insertRowsBefore(added, 1);
    config.getRange(added, 1, 1, 3).setValues([[twin, config.getRange(ward, 2).getValue(), INTRUDER]]);
    return { ward, added };
  });

  it('is a configuration error at both cells: setup stops and says so in Vietnamese', () => {
    let message = '';
    try { emu.bundle!.call('setupUnitTabs'); } catch (e) { message = (e as Error).message; }
    expect(message).toMatch(/^Cấu hình có lỗi/);
    expect(message).toContain(`Cấu hình!A${ward}: tên đơn vị “${WARD}” trùng với đơn vị thứ`);
    expect(message).toContain(`Cấu hình!A${added}: tên đơn vị`);
  });

  it('never hands the ward’s tab to the newcomer: protection and tabs unchanged', () => {
    expect(editorsOf(emu, tab)).toEqual(before);
    expect(editorsOf(emu, tab)).not.toContain(INTRUDER);
    expect(sheetNames(emu)).toEqual(names);
  });

  it('the summary refuses too, so no entry is counted for the twin', () => {
    expect(() => emu.bundle!.call('refreshSummary')).toThrow(/Cấu hình có lỗi/);
  });
});

describe.each(SPELLINGS)('the ward’s own row retyped "Phường 9" %s', (_label, spelling) => {
  const emu = setUp();
  const tab = wardTabId(emu);
  const before = editorsOf(emu, tab);
  const names = sheetNames(emu);
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitRow(ss, WARD), 1).setValue(spelling));
  const { items } = setupUntilFinished(emu);
  const mine = [...items.values()].filter((i) => i.sheetId === tab);

  it('is the same unit on the same tab: no look-alike tab, no "Phường 9 (2)"', () => {
    expect(sheetNames(emu)).toEqual(names);
    expect(mine).toEqual([expect.objectContaining({ unit: WARD, sheetName: WARD, status: 'present' })]);
    expect([...items.values()].filter((i) => i.status === 'created')).toEqual([]);
    expect(editorsOf(emu, tab)).toEqual(before);
  });

  it('is checked on its tab (Kiểm tra finds it by any spelling)', () => {
    const r = emu.bundle!.call('checkUnits', spelling) as { units: { unit: string; sheetId: number | null }[] };
    expect(r.units).toEqual([expect.objectContaining({ unit: WARD, sheetId: tab })]);
  });
});
