/**
 * "Chia sẻ tệp cho các đơn vị" (shareWithUnits): after setup, units whose e-mails the file is not
 * shared with cannot open their tab; one call shares each file holding unit tabs (the hub, the
 * member workbooks) with its units' e-mails as editors, adding only, and says what it did.
 * Emulator behaviour relied on: test/emulator/spreadsheet-files.test.ts (Spreadsheet.addEditors,
 * per-file sharing) and the conformance scenario spreadsheet.add-editors-once.
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { asUser, campaignWithUnits, emulator, OWNER, COORDINATOR, setupUntilFinished, unitsFirstRow, UNIT_USER } from './helpers';

const UNSHARED = ['phuong2@q3.gov.vn', 'phuong3@q3.gov.vn'];

/** The default 32 units, Phường 1 shared (UNIT_USER), Phường 2 and 3 given e-mails the file is not shared with. */
function campaignNotShared(): Emulator {
  const emu = emulator([COORDINATOR, UNIT_USER]);
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 3, 3, 1).setValues([[UNIT_USER], [UNSHARED[0]], [UNSHARED[1]]]));
  return emu;
}

const writeOwnTab = (emu: Emulator, user: string, tab: string) => asUser(emu, user, (ss) => ss.getSheetByName(tab)!.getRange('B12').setValue('Mái ấm tình thương'));

test('units the file is not shared with are flagged by setup; one call shares the file with them and they can then edit their own tab', () => {
  const emu = campaignNotShared();
  const { items } = setupUntilFinished(emu);
  const flagged = (b: string) => [...items.values()].filter((i) => i.blocked?.includes(b)).map((i) => i.unit);
  expect(flagged('not-shared')).toEqual(['Phường 2', 'Phường 3']);
  expect(items.get('Phường 2\u0000Phường 2')!.message).toContain('Chưa được chia sẻ quyền chỉnh sửa tệp: phuong2@q3.gov.vn (đề nghị bấm “Chia sẻ tệp cho các đơn vị”)');
  expect(() => writeOwnTab(emu, UNSHARED[0], 'Phường 2')).toThrow();
  // The panel opened again says the same, from the file's sharing as it is now.
  const blockedNow = (b: string) => ((emu.bundle!.call('getSidebarState') as { blocked?: { unit: string; blocked: string[] }[] }).blocked ?? [])
    .filter((x) => x.blocked.includes(b)).map((x) => x.unit);
  expect(blockedNow('not-shared')).toEqual(['Phường 2', 'Phường 3']);
  expect(blockedNow('no-email')).toHaveLength(29);

  const r = emu.bundle!.call('shareWithUnits') as { message: string; shared: string[]; added: number };
  expect(r).toMatchObject({ message: 'Đã chia sẻ quyền chỉnh sửa cho 2 e-mail của các đơn vị.', added: 2 });
  expect(r.shared).toEqual(expect.arrayContaining(['Phường 1', 'Phường 2', 'Phường 3']));
  expect(emu.data.editors).toEqual([COORDINATOR, UNIT_USER, ...UNSHARED]);
  writeOwnTab(emu, UNSHARED[0], 'Phường 2');
  expect(blockedNow('not-shared')).toEqual([]);
  // Their own tab only: the protections setup made still hold.
  expect(() => writeOwnTab(emu, UNSHARED[0], 'Phường 3')).toThrow();

  // Pressed again: nothing to add, and setup no longer flags anyone.
  expect(emu.bundle!.call('shareWithUnits')).toMatchObject({ message: 'Tệp đã được chia sẻ cho e-mail của tất cả các đơn vị.', added: 0 });
  expect([...setupUntilFinished(emu).items.values()].filter((i) => i.blocked?.includes('not-shared'))).toEqual([]);
});

test('a unit member cannot share the file', () => {
  const emu = campaignNotShared();
  setupUntilFinished(emu);
  emu.user = UNIT_USER;
  expect(() => emu.bundle!.call('shareWithUnits')).toThrow(/không phải người tổng hợp/);
  expect(emu.data.editors).toEqual([COORDINATOR, UNIT_USER]);
});

test('a campaign in member workbooks: each member is shared with its own units\' e-mails again, the hub with none of them', () => {
  const emu = campaignWithUnits(6, 3);
  setupUntilFinished(emu);
  const members = [...emu.files.values()].filter((f) => f.id !== emu.data.id);
  expect(members.length).toBeGreaterThan(0);
  // Someone took a unit off a member's sharing by hand.
  const member = members.find((f) => f.editors.includes('donvi1@q3.gov.vn'))!;
  member.editors = member.editors.filter((e) => e !== 'donvi1@q3.gov.vn');
  const hubBefore = [...emu.data.editors];
  const r = emu.bundle!.call('shareWithUnits') as { message: string; added: number };
  expect(r).toMatchObject({ added: 1 });
  expect(member.editors).toContain('donvi1@q3.gov.vn');
  expect(emu.data.editors).toEqual(hubBefore);
});
