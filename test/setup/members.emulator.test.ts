/**
 * A campaign larger than one spreadsheet (issue 13): past Cấu hình's "Số tab đơn vị tối đa mỗi
 * tệp" (default 150) setup makes member workbooks ("Sổ đăng ký – …") grouped by unit type (or the
 * unit's own Nhóm sổ đăng ký), each unit tab built from the hub's Mẫu đăng ký, protected for its
 * unit's e-mails and the coordinators, and each member shared with exactly those people.
 * Emulator behaviour relied on: test/emulator/spreadsheet-files.test.ts (create, openById,
 * per-file sharing, copyTo across files) and spreadsheet-sheet-cap.test.ts (200 sheets a file).
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import type { SpreadsheetData } from '../../src/local/emulator/model';
import { MAX_SHEETS_PER_SPREADSHEET } from '../../src/local/emulator/spreadsheet';
import { emulator, OWNER, COORDINATOR, setupUntilFinished, writeUnits, type SetupResult } from './helpers';

const TYPES = [['phuong-xa', 200], ['co-quan', 150], ['doan-the', 100]] as const;

/** 450 units: 200 wards, 150 agencies, 100 mass organisations, one e-mail each. */
function campaign450(): { emu: Emulator; units: { name: string; type: string; email: string }[] } {
  const emu = emulator([COORDINATOR]);
  emu.bundle!.call('initCampaign');
  const units = TYPES.flatMap(([type, n]) => Array.from({ length: n }, (_, i) => ({ name: `${type} ${i + 1}`, type, email: `${type}.${i + 1}@hcm.gov.vn` })));
  addTypes(emu);
  writeUnits(emu, units.map((u) => [u.name, u.type, u.email]));
  return { emu, units };
}

/** The three unit types as rows of Cấu hình's Loại đơn vị table (no quotas), and a coordinator. */
function addTypes(emu: Emulator): void {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  emu.run(OWNER, () => {
    const config = app.getActiveSpreadsheet().getSheetByName('Cấu hình')!;
    const values = config.getDataRange().getValues();
    const at = values.findIndex((r) => r[0] === 'Loại đơn vị' && r.slice(1).every((v) => v === '')) + 3;
    config.insertRowsBefore(at, TYPES.length);
    config.getRange(at, 1, TYPES.length, 2).setValues([['phuong-xa', 'Phường, xã'], ['co-quan', 'Cơ quan'], ['doan-the', 'Đoàn thể']]);
    const coord = config.getDataRange().getValues().findIndex((r) => r[0] === 'Người tổng hợp' && r.slice(1).every((v) => v === '')) + 3;
    config.insertRowsBefore(coord, 1);
    config.getRange(coord, 1).setValue(COORDINATOR);
  });
}

const members = (emu: Emulator): SpreadsheetData[] => [...emu.files.values()].filter((f) => f.id !== emu.data.id);
const unitTabs = (f: SpreadsheetData) => f.developerMetadata.filter((m) => m.key === 'dvk.tab').map((m) => JSON.parse(m.value!) as { unit: string; sheetId: number; sync?: unknown });

it('450 units land in hub + members, each under the sheet cap, grouped by type, tabs protected and files shared exactly', () => {
  const { emu, units } = campaign450();
  const { runs } = setupUntilFinished(emu, 40);
  const last = runs[runs.length - 1] as SetupResult & { members?: { name: string; units: number; url: string }[] };
  expect(last).toMatchObject({ finished: true, done: 450, total: 450 });

  const files = members(emu);
  // 200 wards → 2 files (150 + 50), 150 agencies → 1, 100 organisations → 1.
  expect(files.map((f) => f.name.split(' – ')[1]).sort()).toEqual(['Cơ quan', 'Phường, xã', 'Phường, xã (2)', 'Đoàn thể']);
  for (const f of [emu.data, ...files]) expect(f.sheets.length).toBeLessThanOrEqual(MAX_SHEETS_PER_SPREADSHEET);
  expect(unitTabs(emu.data)).toHaveLength(0);
  const where = new Map<string, SpreadsheetData>();
  for (const f of files) for (const t of unitTabs(f)) {
    expect(where.has(t.unit)).toBe(false);
    where.set(t.unit, f);
    expect(t.sync).toBeDefined();
  }
  expect(where.size).toBe(450);

  for (const u of units) {
    const f = where.get(u.name)!;
    expect(f.name).toContain(u.type === 'phuong-xa' ? 'Phường, xã' : u.type === 'co-quan' ? 'Cơ quan' : 'Đoàn thể');
    const tab = f.sheets.find((s) => s.id === unitTabs(f).find((t) => t.unit === u.name)!.sheetId)!;
    const p = f.protections.find((x) => x.sheetId === tab.id)!;
    expect(p.editors.sort()).toEqual([u.email, COORDINATOR].sort());
  }
  // Each member is shared with exactly its units' e-mails and the coordinators; the hub with no unit.
  for (const f of files) {
    const mine = units.filter((u) => where.get(u.name) === f).map((u) => u.email);
    expect([...f.editors].sort()).toEqual([...mine, COORDINATOR].sort());
    expect(f.developerMetadata.find((m) => m.key === 'dvk.hub')?.value).toBe(emu.data.id);
    expect(f.timeZone).toBe(emu.data.timeZone);
  }
  expect(emu.data.editors).toEqual([COORDINATOR]);
  expect(last.members!.map((m) => m.units).sort((a, b) => a - b)).toEqual([50, 100, 150, 150]);

  // A second run makes nothing: no new file, no new tab.
  const before = [...emu.files.values()].map((f) => `${f.id}:${f.sheets.length}`);
  const again = setupUntilFinished(emu).runs;
  expect(again).toHaveLength(1);
  expect([...emu.files.values()].map((f) => `${f.id}:${f.sheets.length}`)).toEqual(before);
});

it('growing: new units go to a member of their group with room, else a new member; a unit never moves', () => {
  const { emu } = campaign450();
  setupUntilFinished(emu, 40);
  const ids = new Set(members(emu).map((f) => f.id));
  writeUnits(emu, [['phuong-xa 201', 'phuong-xa', 'p201@hcm.gov.vn'], ['Ban Tuyên giáo', 'co-quan', 'btg@hcm.gov.vn', 'Đoàn thể']]);
  setupUntilFinished(emu, 10);
  const after = members(emu);
  expect(after.map((f) => f.id).every((id) => ids.has(id))).toBe(true);
  const holder = (unit: string) => after.find((f) => unitTabs(f).some((t) => t.unit === unit))!.name;
  expect(holder('phuong-xa 201')).toContain('Phường, xã (2)');
  // Cơ quan is full (150): the coordinator's group puts this agency with the organisations.
  expect(holder('Ban Tuyên giáo')).toContain('Đoàn thể');
});

it('a member deleted mid-campaign is reported by name; its units are not recreated; others still set up', () => {
  const { emu } = campaign450();
  setupUntilFinished(emu, 40);
  const gone = members(emu).find((f) => f.name.includes('Đoàn thể'))!;
  emu.deleteFile(gone.id);
  const count = emu.files.size;
  const { runs } = setupUntilFinished(emu, 5);
  const last = runs[runs.length - 1] as SetupResult & { members?: { name: string; problem?: string }[] };
  expect(emu.files.size).toBe(count);
  expect(last.members!.find((m) => m.name === gone.name)!.problem).toMatch(/Không mở được sổ .*đã bị xoá/);
  const lost = last.items.filter((i) => i.status === 'problem' && /Không mở được sổ/.test(i.message));
  expect(lost).toHaveLength(100);
  expect(last.items.filter((i) => i.status === 'present')).toHaveLength(350);
});

it('setup stopped between recording a member and creating it makes no second file: the row is reported', () => {
  const { emu } = campaign450();
  setupUntilFinished(emu, 40);
  // As if a run died right after writing the record: a member record with no file id.
  const hub = emu.data;
  const tag = hub.developerMetadata.find((m) => m.key === 'dvk.state')!;
  const state = hub.sheets.find((s) => s.id === Number(tag.value))!;
  const row = Math.max(...[...state.cells.keys()].map((k) => Number(k.split(':')[0]))) + 1;
  state.cells.set(`${row}:1`, { value: 'member:Khối mới#1' });
  state.cells.set(`${row}:2`, { value: JSON.stringify({ name: 'Sổ đăng ký – Khối mới', group: 'Khối mới', id: '', url: '', units: [] }) });
  writeUnits(emu, [['Đơn vị mới', 'co-quan', 'moi@hcm.gov.vn', 'Khối mới']]);
  const count = emu.files.size;
  const { runs } = setupUntilFinished(emu, 5);
  expect(emu.files.size).toBe(count);
  expect(runs[runs.length - 1].items.find((i) => i.unit === 'Đơn vị mới')!.message).toMatch(/đang tạo dở/);
});
