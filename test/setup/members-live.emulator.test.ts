/**
 * Edits in member workbooks, and members that go missing (issue 13).
 * An editor add-on "can only create triggers for the file in which the add-on is used"
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers, Restrictions; the
 * emulator refuses otherwise: test/emulator/spreadsheet-files.test.ts). So setup, run in the hub,
 * cannot install a member's edit trigger: until the coordinator opens the add-on in the member and
 * turns live checking on, the hourly job checks that member, and the dashboard names it.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildTemplateLayout } from '../../src/core/template';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { SpreadsheetData } from '../../src/local/emulator/model';
import { COORDINATOR, emulator, OWNER, setTabsPerFile, setupUntilFinished, writeUnits } from './helpers';

const LAYOUT = buildTemplateLayout(parseCampaign(QUAN3_2021));
const FIRST = LAYOUT.sections.find((s) => s.content === 1)!.firstRow;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

function spread(): Emulator {
  const emu = emulator([COORDINATOR]);
  emu.bundle!.call('initCampaign');
  setTabsPerFile(emu, 4);
  writeUnits(emu, Array.from({ length: 10 }, (_, i) => [`Chi bộ ${i + 1}`, 'chi-bo-co-so', `cb${i + 1}@q3.gov.vn`]));
  setupUntilFinished(emu, 10);
  return emu;
}

const members = (emu: Emulator) => [...emu.files.values()].filter((f) => f.id !== emu.data.id);
function tabOf(emu: Emulator, unit: string): { file: SpreadsheetData; sheetId: number; name: string } {
  for (const file of members(emu)) {
    const m = file.developerMetadata.find((x) => x.key === 'dvk.tab' && JSON.parse(x.value!).unit === unit);
    if (m) { const sheetId = JSON.parse(m.value!).sheetId as number; return { file, sheetId, name: file.sheets.find((s) => s.id === sheetId)!.name }; }
  }
  throw new Error(`no tab for ${unit}`);
}
/** The unit types a bad date (31/02) in its first row, in its member file. */
function typeBadRow(emu: Emulator, unit: string, user: string): { row: number; col: number } {
  const t = tabOf(emu, unit);
  const app = emu.globals().SpreadsheetApp as App;
  emu.run(user, () => app.openById(t.file.id).getSheetById(t.sheetId)!.getRange(FIRST, 2, 1, 5).setValues([['Mô hình', 'Vận động', '31/02/2021', '02 căn', 'mô hình mới']]));
  return { row: FIRST, col: 4 };
}
const noteAt = (emu: Emulator, unit: string, row: number, col: number) => {
  const t = tabOf(emu, unit);
  return t.file.sheets.find((s) => s.id === t.sheetId)!.cells.get(`${row}:${col}`)?.note ?? '';
};

it('without a member trigger the hourly job checks the member; after "Bật kiểm tra khi sửa" in the member, an edit is checked at once', () => {
  const emu = spread();
  const m = tabOf(emu, 'Chi bộ 1').file;
  const dash = emu.bundle!.call('getDashboard') as { members?: { name: string; live: boolean }[] };
  expect(dash.members!.every((x) => !x.live)).toBe(true);
  expect(dash.members!.map((x) => x.name).sort()).toEqual(members(emu).map((f) => f.name).sort());

  // An edit in the member now: no installable trigger there, so nothing marks it…
  const bad = typeBadRow(emu, 'Chi bộ 1', 'cb1@q3.gov.vn');
  const runs = emu.fireEdit({ user: 'cb1@q3.gov.vn', sheet: tabOf(emu, 'Chi bộ 1').name, a1: `B${FIRST}`, spreadsheetId: m.id });
  expect(runs.filter((r) => r.kind === 'installable')).toHaveLength(0);
  expect(noteAt(emu, 'Chi bộ 1', bad.row, bad.col)).toBe('');
  // …until the hourly job, which checks members lacking live checking.
  emu.bundle!.call('enableSummaryAutoRefresh');
  emu.clock.set(emu.clock.now() + 3600_000);
  emu.calls.reset();
  for (const r of emu.runDueTimeTriggers()) if (r.error) throw r.error;
  expect(noteAt(emu, 'Chi bộ 1', bad.row, bad.col)).toMatch(/Thời gian/);
  // The members' check takes what the rebuild before it read: the hub and each member opened once.
  expect(emu.calls.snapshot()['SpreadsheetApp.openById']).toBe(1 + members(emu).length);

  // The coordinator opens the add-on in the member: the sidebar says where the campaign lives and offers the step.
  const state = emu.run(OWNER, () => emu.bundle!.invoke('getSidebarState', []), { spreadsheetId: m.id }) as { member?: { hub: string; live: boolean }; message?: string };
  expect(state.member).toMatchObject({ hub: emu.data.name, live: false });
  expect(state.message).toMatch(/Bật kiểm tra khi sửa/);
  // Setup and initialisation belong to the hub.
  expect(() => emu.run(OWNER, () => emu.bundle!.invoke('setupUnitTabs', []), { spreadsheetId: m.id })).toThrow(/sổ đăng ký thành viên/);
  const after = emu.run(OWNER, () => emu.bundle!.invoke('enableMemberChecks', []), { spreadsheetId: m.id }) as { member: { live: boolean } };
  expect(after.member.live).toBe(true);

  // Now an edit in another unit's tab of that member is marked by the member's own trigger.
  const other = members(emu).find((f) => f.id === m.id)!.developerMetadata.filter((x) => x.key === 'dvk.tab').map((x) => JSON.parse(x.value!).unit as string).find((u) => u !== 'Chi bộ 1')!;
  const email = `cb${other.split(' ')[2]}@q3.gov.vn`;
  const bad2 = typeBadRow(emu, other, email);
  const live = emu.fireEdit({ user: email, sheet: tabOf(emu, other).name, a1: `D${FIRST}`, spreadsheetId: m.id });
  expect(live.filter((r) => r.kind === 'installable').map((r) => r.error)).toEqual([undefined]);
  expect(noteAt(emu, other, bad2.row, bad2.col)).toMatch(/Thời gian/);
  const dash2 = emu.bundle!.call('getDashboard') as { members: { name: string; live: boolean }[] };
  expect(dash2.members.find((x) => x.name === m.name)!.live).toBe(true);
});

it('with every unit\'s tab tracked in the hub or a member, the summary reads none of the hub\'s other sheets (Báo cáo, a sheet of the coordinator\'s) nor its named ranges', () => {
  const emu = spread();
  emu.bundle!.call('generateReport');
  const app = emu.globals().SpreadsheetApp as App;
  emu.run(OWNER, () => app.getActiveSpreadsheet().insertSheet('Ghi chép của tôi').getRange(1, 1).setValue('Việc cần làm'));
  emu.calls.reset();
  const r = emu.bundle!.call('refreshSummary', { units: true }) as { units: { unit: string; sheetName: string | null }[] };
  expect(r.units.filter((u) => /^Chi bộ \d+$/.test(u.unit) && u.sheetName !== null)).toHaveLength(10);
  const calls = emu.calls.snapshot();
  expect(calls['Spreadsheet.getNamedRanges'] ?? 0).toBe(0);
  // The hub's one batchGet and its date re-read, then the same for each member.
  expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBeLessThanOrEqual(2 * emu.files.size);
});

it('a unit user can open only the member holding their tab', () => {
  const emu = spread();
  const app = emu.globals().SpreadsheetApp as App;
  const mine = tabOf(emu, 'Chi bộ 1').file;
  for (const f of members(emu)) {
    const open = () => emu.run('cb1@q3.gov.vn', () => app.openById(f.id).getName());
    if (f.id === mine.id) expect(open()).toBe(f.name);
    else expect(open).toThrow('You do not have permission');
  }
  expect(() => emu.run('cb1@q3.gov.vn', () => app.getActiveSpreadsheet().insertSheet('x'))).toThrow('You do not have permission');
});

it('a member deleted mid-campaign: named in the dashboard, Kiểm tra and the digest; the other units still summarised and reminded', () => {
  const emu = spread();
  const gone = tabOf(emu, 'Chi bộ 1').file;
  const lostUnits = gone.developerMetadata.filter((x) => x.key === 'dvk.tab').map((x) => JSON.parse(x.value!).unit as string);
  emu.deleteFile(gone.id);
  const dash = emu.bundle!.call('getDashboard') as { members: { name: string; problem?: string }[] };
  expect(dash.members.find((x) => x.name === gone.name)!.problem).toMatch(/Không mở được sổ/);
  const check = emu.bundle!.call('checkUnits') as { units: { unit: string; problems: { code: string }[] }[] };
  for (const u of lostUnits) expect(check.units.find((x) => x.unit === u)!.problems.map((p) => p.code)).toEqual(['file-lost']);
  const summary = emu.bundle!.call('refreshSummary', { units: true }) as { units: { unit: string; sheetName: string | null }[] };
  expect(summary.units.filter((u) => /^Chi bộ \d+$/.test(u.unit) && u.sheetName !== null)).toHaveLength(10 - lostUnits.length);

  emu.bundle!.call('setRemindersEnabled', true);
  for (let h = 0; h < 24; h++) {
    emu.clock.set(Date.parse('2021-05-15T00:30:00+07:00') + h * 3600_000);
    for (const r of emu.runDueTimeTriggers()) if (r.error) throw r.error;
  }
  const to = emu.outbox.map((x) => x.to);
  for (const u of lostUnits) expect(to).not.toContain(`cb${u.split(' ')[2]}@q3.gov.vn`);
  expect(to.filter((x) => /^cb\d+@/.test(x))).toHaveLength(10 - lostUnits.length);
  const digest = emu.outbox.find((x) => /Tổng hợp nhắc hạn/.test(x.subject))!;
  expect(digest.body).toContain(gone.name);
  // Nothing was made again in its place.
  expect(members(emu).some((f) => f.name === gone.name)).toBe(false);
});

it("a member's edits use its copy of the hub's campaign until Cấu hình changes in the hub; the change reaches the member's next edit", () => {
  const emu = spread();
  const m = tabOf(emu, 'Chi bộ 1').file;
  emu.run(OWNER, () => emu.bundle!.invoke('enableMemberChecks', []), { spreadsheetId: m.id });
  const notes = () => { const t = tabOf(emu, 'Chi bộ 1'); return [...t.file.sheets.find((s) => s.id === t.sheetId)!.cells.values()].map((c) => c.note ?? '').join('\n'); };
  const edit = () => {
    typeBadRow(emu, 'Chi bộ 1', 'cb1@q3.gov.vn');
    const runs = emu.fireEdit({ user: 'cb1@q3.gov.vn', sheet: tabOf(emu, 'Chi bộ 1').name, a1: `D${FIRST}`, spreadsheetId: m.id });
    expect(runs.filter((r) => r.kind === 'installable').map((r) => r.error)).toEqual([undefined]);
  };
  edit();
  expect(notes()).toMatch(/hạn đăng ký 18\/05\/2021/);

  // The coordinator moves Đợt 1's registration deadline in the hub's Cấu hình.
  const app = emu.globals().SpreadsheetApp as App;
  const setDeadline = (day: string) => emu.run(OWNER, () => {
    const config = app.getActiveSpreadsheet().getSheetByName('Cấu hình')!;
    const grid = config.getDataRange().getValues();
    const head = grid.findIndex((r) => r.includes('Hạn đăng ký'));
    const col = grid[head].indexOf('Hạn đăng ký');
    const cell = config.getRange(head + 2, col + 1);
    cell.setValue(new Date(`${day}T00:00:00+07:00`));
    return cell.getA1Notation();
  });
  emu.fireEdit({ user: OWNER, sheet: 'Cấu hình', a1: setDeadline('2021-05-25') });

  edit();
  expect(notes()).toMatch(/hạn đăng ký 25\/05\/2021/);
  expect(notes()).not.toMatch(/18\/05\/2021/);

  // A change the edit trigger never saw (written by a script) reaches the member's edits after a setup run.
  setDeadline('2021-05-28');
  setupUntilFinished(emu, 10);
  edit();
  expect(notes()).toMatch(/hạn đăng ký 28\/05\/2021/);
});
