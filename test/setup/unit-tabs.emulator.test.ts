/**
 * "Tạo/cập nhật tab đơn vị" on the emulator, through the built bundle.
 * Behaviours relied on (Google's reference):
 * - Spreadsheet.insertSheet(name, index, {template}) copies the template sheet
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)
 * - Sheet.protect / Protection.addEditors / removeEditors; the owner is always an editor; addEditor does not share the file
 *   https://developers.google.com/apps-script/reference/spreadsheet/protection
 * - Developer metadata on a sheet stays with it when the sheet is renamed
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 * - LockService.getDocumentLock().tryLock(ms) returns false on timeout
 *   https://developers.google.com/apps-script/reference/lock/lock
 */
import { readUnitTab } from '../../src/core/unit-tab/read';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { asUser, COORDINATOR, emulator, OWNER, setupUntilFinished, unitsFirstRow, UNIT_USER, type SS } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';
import { readUnitTabs } from '../../src/gas/setup/read-unit-tabs';

const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const editorsOf = (ss: SS, name: string) =>
  ss.getSheetByName(name)!.getProtections(SHEET())[0].getEditors().map((u) => u.getEmail()).sort();

function initialised(): Emulator {
  const emu = emulator();
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.getRange(first, 3).setValue(`${UNIT_USER}, p1.chutich@q3.gov.vn`); // Phường 1
    // Add a coordinator: the Người tổng hợp table has the owner on its first row.
    const values = config.getDataRange().getValues();
    const coord = values.findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    config.insertRowsAfter(coord, 1);
    config.getRange(coord + 1, 1).setValue(COORDINATOR);
  });
  return emu;
}

/** Every cell of every unit tab, by sheet id: what "no cell of unit data changes" compares. */
function snapshotCells(emu: Emulator, except: Set<number> = new Set()): Record<number, unknown> {
  const out: Record<number, unknown> = {};
  for (const s of emu.ctx.data.sheets) {
    if (except.has(s.id) || s.name === 'Cấu hình' || s.name === 'Mẫu đăng ký') continue;
    out[s.id] = { cells: [...s.cells.entries()].map(([k, v]) => [k, { ...v }]), rows: s.maxRows };
  }
  return JSON.parse(JSON.stringify(out));
}

describe('fresh setup', () => {
  const emu = initialised();
  const { runs, items } = setupUntilFinished(emu);
  const all = [...items.values()];

  it('creates one tab per unit, named after it, in one run for 32 units', () => {
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ finished: true, done: 32, total: 32 });
    expect(all.filter((i) => i.status === 'created')).toHaveLength(32);
    asUser(emu, OWNER, (ss) => {
      const names = ss.getSheets().map((s) => s.getName());
      expect(names.slice(0, 2)).toEqual(['Cấu hình', 'Mẫu đăng ký']);
      expect(names).toEqual(expect.arrayContaining(['Phường 1', 'Phường Võ Thị Sáu', 'Phòng Tài chính - Kế hoạch', 'Quận Đoàn 3']));
      expect(names).toHaveLength(2 + 32);
    });
  });

  it('puts the unit’s name in the header, keeps the form, frozen rows, widths, validations, trimmed grid', () => {
    asUser(emu, OWNER, (ss) => {
      const tab = ss.getSheetByName('Phường 9')!;
      expect(tab.getRange('A2').getValue()).toBe('ĐẢNG ỦY PHƯỜNG 9'); // the formal name, upper-case as the issuing body of a party document
      expect(tab.getRange('A1').getValue()).toBe('ĐẢNG BỘ QUẬN 3');
      expect(tab.getFrozenRows()).toBe(10);
      expect(tab.getColumnWidth(2)).toBe(240);
      expect(tab.getMaxColumns()).toBe(6);
      expect(tab.getMaxRows()).toBeLessThan(100);
      expect(tab.getRange('F12').getDataValidation()?.getCriteriaValues()[0]).toEqual(['tiếp tục thực hiện', 'nhân rộng', 'mô hình mới']);
      const read = readUnitTab(tab.getDataRange().getValues(), parseCampaign(QUAN3_2021));
      expect(read).toMatchObject({ unitName: 'ĐẢNG ỦY PHƯỜNG 9', entries: [], problems: [] });
    });
  });

  it('lets only the unit’s e-mails and the coordinators edit a unit tab (owner always)', () => {
    asUser(emu, OWNER, (ss) => {
      expect(editorsOf(ss, 'Phường 1')).toEqual([OWNER, 'p1.chutich@q3.gov.vn', UNIT_USER, COORDINATOR].sort());
      expect(editorsOf(ss, 'Phường 2')).toEqual([OWNER, COORDINATOR].sort());
      expect(editorsOf(ss, 'Cấu hình')).toEqual([OWNER, COORDINATOR].sort());
      expect(editorsOf(ss, 'Mẫu đăng ký')).toEqual([OWNER, COORDINATOR].sort());
    });
    asUser(emu, UNIT_USER, (ss) => {
      ss.getSheetByName('Phường 1')!.getRange('B12').setValue('Bữa cơm 0 đồng');
      expect(() => ss.getSheetByName('Phường 2')!.getRange('B12').setValue('x')).toThrow();
      expect(() => ss.getSheetByName('Cấu hình')!.getRange('B6').setValue('x')).toThrow();
    });
  });

  it('flags units without e-mail and e-mails the file is not shared with', () => {
    expect(items.get('Phường 2\u0000Phường 2')!.message).toContain('Chưa có e-mail liên hệ');
    const p1 = items.get('Phường 1\u0000Phường 1')!;
    expect(p1.message).toContain('Chưa được chia sẻ quyền chỉnh sửa tệp: p1.chutich@q3.gov.vn');
    expect(p1.message).not.toContain(UNIT_USER);
  });

  it('opens a tab from the result list', () => {
    const id = items.get('Phường 3\u0000Phường 3')!.sheetId!;
    emu.bundle!.call('openSheet', id, 'B12');
    asUser(emu, OWNER, (ss) => {
      expect(ss.getActiveSheet().getName()).toBe('Phường 3');
      expect(ss.getActiveRange()!.getA1Notation()).toBe('B12');
    });
  });
});

describe('re-running after edits is idempotent and lossless', () => {
  it('creates only the missing tabs, keeps removed and renamed ones, changes no cell of unit data', () => {
    const emu = initialised();
    setupUntilFinished(emu);
    asUser(emu, UNIT_USER, (ss) => {
      const tab = ss.getSheetByName('Phường 1')!;
      tab.getRange('B12:F12').setValues([['Bữa cơm 0 đồng', 'Nấu ăn', 'Tháng 5/2021', '200 suất', 'tiếp tục thực hiện']]);
      tab.insertRowsAfter(12, 2);
      tab.getRange('A13:F14').setValues([['1a.', 'Tủ bánh mì', 'x', '', '', 'mới'], ['1b.', 'Sữa cho trẻ', 'y', '', '', 'nhân rộng']]);
    });
    const before = snapshotCells(emu);
    asUser(emu, OWNER, (ss) => {
      ss.getSheetByName('Phường 5')!.setName('P5 - đã đổi');
      const config = ss.getSheetByName('Cấu hình')!;
      const first = unitsFirstRow(ss);
      config.deleteRow(first + 1); // Phường 2 leaves the configuration
      config.insertRowsAfter(first, 1);
      config.getRange(first + 1, 1, 1, 3).setValues([['Chi bộ Khu phố 7', 'chi-bo-co-so', '']]);
    });
    const { items } = setupUntilFinished(emu);
    const after = snapshotCells(emu);
    for (const id of Object.keys(before)) expect(after[Number(id)]).toEqual(before[Number(id)]);
    const byUnit = new Map([...items.values()].map((i) => [i.unit, i]));
    expect(byUnit.get('Chi bộ Khu phố 7')).toMatchObject({ status: 'created', sheetName: 'Chi bộ Khu phố 7' });
    expect(byUnit.get('Phường 5')).toMatchObject({ status: 'renamed', sheetName: 'P5 - đã đổi' });
    expect(byUnit.get('Phường 2')).toMatchObject({ status: 'removed', sheetName: 'Phường 2' });
    expect(byUnit.get('Phường 1')).toMatchObject({ status: 'present' });
    expect([...items.values()].filter((i) => i.status === 'created')).toHaveLength(1);
    asUser(emu, OWNER, (ss) => {
      expect(ss.getSheets()).toHaveLength(2 + 33);
      expect(ss.getSheetByName('Phường 2')!.getTabColor()).toBe('#999999');
      const read = readUnitTab(ss.getSheetByName('Phường 1')!.getDataRange().getValues(), parseCampaign(QUAN3_2021));
      expect(read.entries.map((e) => [e.content, e.row, e.cells.name])).toEqual([
        [1, 12, 'Bữa cơm 0 đồng'], [1, 13, 'Tủ bánh mì'], [1, 14, 'Sữa cho trẻ']]);
    });
  });

  it('costs few service calls when nothing changed, and updates editors when e-mails change', () => {
    const emu = initialised();
    setupUntilFinished(emu);
    emu.calls.reset();
    const { items } = setupUntilFinished(emu);
    expect([...items.values()].every((i) => i.status === 'present')).toBe(true);
    const snapshot = emu.calls.snapshot();
    expect(snapshot['Spreadsheet.insertSheet']).toBeUndefined();
    expect(snapshot['Sheet.protect']).toBeUndefined();
    asUser(emu, OWNER, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      config.getRange(unitsFirstRow(ss) + 1, 3).setValue('p2@q3.gov.vn');
    });
    const again = setupUntilFinished(emu);
    expect(again.items.get('Phường 2\u0000Phường 2')!.message).toContain('Đã cập nhật quyền chỉnh sửa');
    asUser(emu, OWNER, (ss) => expect(editorsOf(ss, 'Phường 2')).toEqual([OWNER, 'p2@q3.gov.vn', COORDINATOR].sort()));
  });

  it('un-marks a removed unit’s tab when the unit comes back, with its rows intact', () => {
    const emu = initialised();
    setupUntilFinished(emu);
    let saved: unknown[][] = [];
    asUser(emu, OWNER, (ss) => {
      ss.getSheetByName('Phường 3')!.getRange('B12').setValue('Tuyến hẻm sáng');
      const config = ss.getSheetByName('Cấu hình')!;
      const row = unitsFirstRow(ss) + 2;
      saved = config.getRange(row, 1, 1, 4).getValues();
      config.getRange(row, 1, 1, 4).setValues([['', '', '', '']]);
    });
    expect(setupUntilFinished(emu).items.get('Phường 3\u0000Phường 3')).toMatchObject({ status: 'removed' });
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss) + 2, 1, 1, 4).setValues(saved));
    expect(setupUntilFinished(emu).items.get('Phường 3\u0000Phường 3')).toMatchObject({ status: 'present' });
    asUser(emu, OWNER, (ss) => {
      const tab = ss.getSheetByName('Phường 3')!;
      expect(tab.getTabColor()).toBeNull();
      expect(tab.getRange('B12').getValue()).toBe('Tuyến hẻm sáng');
      expect(ss.getSheets()).toHaveLength(2 + 32);
    });
  });
});

describe('names and problems', () => {
  it('suffixes a unit whose name a non-unit tab already has, sanitises forbidden characters, reports a bad e-mail', () => {
    const emu = emulator();
    asUser(emu, OWNER, (ss) => ss.insertSheet('Phường 2').getRange('A1').setValue('sổ tay riêng'));
    emu.bundle!.call('initCampaign');
    asUser(emu, OWNER, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      const first = unitsFirstRow(ss);
      config.insertRowsAfter(first, 2);
      config.getRange(first + 1, 1, 2, 3).setValues([
        ['Phòng Tài chính/Kế hoạch: [KH]', 'phong-ban', 'tckh@q3.gov.vn, tckh@'],
        ["''Tổ dân phố 4'", 'chi-bo-co-so', ''], // typed so: the first ' only marks text (setValues), the name keeps both edge apostrophes
      ]);
    });
    const { items } = setupUntilFinished(emu);
    const byUnit = new Map([...items.values()].map((i) => [i.unit, i]));
    expect(byUnit.get('Phường 2')).toMatchObject({ status: 'problem', sheetName: 'Phường 2 (2)' });
    expect(byUnit.get('Phường 2')!.message).toContain('trùng tên');
    const tckh = byUnit.get('Phòng Tài chính/Kế hoạch: [KH]')!;
    expect(tckh).toMatchObject({ status: 'problem', sheetName: 'Phòng Tài chính Kế hoạch KH' });
    expect(tckh.message).toMatch(/Cấu hình!C\d+: “tckh@” không phải địa chỉ e-mail hợp lệ/);
    expect(byUnit.get("'Tổ dân phố 4'")).toMatchObject({ status: 'created', sheetName: 'Tổ dân phố 4' });
    // What keeps a unit from editing, for the sidebar's top line: no e-mail, or the file not shared with it.
    expect(byUnit.get("'Tổ dân phố 4'")!.blocked).toEqual(['no-email']);
    expect(tckh.blocked).toEqual(['not-shared']);
    asUser(emu, OWNER, (ss) => {
      expect(ss.getSheetByName('Phường 2')!.getRange('A1').getValue()).toBe('sổ tay riêng');
      expect(editorsOf(ss, 'Phòng Tài chính Kế hoạch KH')).toEqual([OWNER, 'tckh@q3.gov.vn'].sort());
    });
  });

  it('refuses to run on a configuration with errors, naming the cell', () => {
    const emu = emulator();
    emu.bundle!.call('initCampaign');
    let row = 0;
    asUser(emu, OWNER, (ss) => {
      row = unitsFirstRow(ss) + 2;
      ss.getSheetByName('Cấu hình')!.getRange(row, 2).setValue('xa');
    });
    const problem = `Cấu hình!B${row}: loại đơn vị "xa" không có trong danh sách loại đơn vị`;
    expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(problem);
    expect(emu.ctx.data.sheets).toHaveLength(2);
    expect((emu.bundle!.call('getSidebarState') as { message: string }).message).toContain(problem);
  });
});

describe('interrupted runs and concurrency', () => {
  it('completes a tab a dead run left tagged but unfinished, and adopts an untagged bare copy', () => {
    const emu = initialised();
    setupUntilFinished(emu);
    asUser(emu, OWNER, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      const first = unitsFirstRow(ss);
      config.insertRowsAfter(first, 2);
      config.getRange(first + 1, 1, 2, 3).setValues([['Chi bộ A', 'chi-bo-co-so', ''], ['Chi bộ B', 'chi-bo-co-so', '']]);
      const template = ss.getSheetByName('Mẫu đăng ký')!;
      // Died after tagging: copy + unit metadata, no name, no protection, no completion mark.
      const a = ss.insertSheet('Chi bộ A', ss.getNumSheets(), { template });
      a.addDeveloperMetadata('dvk.tab', JSON.stringify({ unit: 'Chi bộ A', sheetId: a.getSheetId() }));
      // Died before tagging: a bare copy under the planned name.
      ss.insertSheet('Chi bộ B', ss.getNumSheets(), { template });
    });
    const { items } = setupUntilFinished(emu);
    expect(items.get('Chi bộ A\u0000Chi bộ A')).toMatchObject({ status: 'created' });
    expect(items.get('Chi bộ B\u0000Chi bộ B')).toMatchObject({ status: 'created' });
    asUser(emu, OWNER, (ss) => {
      expect(ss.getSheets()).toHaveLength(2 + 34);
      expect(ss.getSheetByName('Chi bộ A')!.getRange('A2').getValue()).toBe('CHI BỘ A');
      expect(editorsOf(ss, 'Chi bộ B')).toEqual([OWNER, COORDINATOR].sort());
    });
  });

  it('waits for another coordinator’s run (document lock) and refuses when it lasts too long', () => {
    const emu = initialised();
    emu.holdLock('document', emu.clock.now() + 10_000);
    expect(emu.bundle!.call('setupUnitTabs')).toMatchObject({ finished: true, done: 32 });
    emu.holdLock('document', emu.clock.now() + 120_000);
    expect(() => emu.bundle!.call('setupUnitTabs')).toThrow(/Một người tổng hợp khác đang/);
    emu.user = COORDINATOR;
    emu.clock.advance(120_000);
    expect(emu.bundle!.call('setupUnitTabs')).toMatchObject({ finished: true, done: 32 });
    expect(emu.ctx.data.sheets).toHaveLength(2 + 32);
  });
});

describe('reading the unit tabs back', () => {
  it('finds each tab by its metadata, renamed or not, with the rows a unit typed', () => {
    const emu = initialised();
    setupUntilFinished(emu);
    asUser(emu, UNIT_USER, (ss) => {
      const tab = ss.getSheetByName('Phường 1')!;
      tab.getRange('B23:F23').setValues([['Thủ tục một cửa', 'Tiếp dân', 'Quý 3', 'Không trễ hạn', 'mô hình mới']]);
    });
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Phường 1')!.setName('P1'));
    const data = asUser(emu, OWNER, (ss) => readUnitTabs(ss, parseCampaign(QUAN3_2021)));
    expect(data).toHaveLength(32);
    const p1 = data.find((d) => d.unit === 'Phường 1')!;
    expect(p1).toMatchObject({ sheetName: 'P1', unitName: 'ĐẢNG ỦY PHƯỜNG 1', problems: [] });
    expect(p1.entries).toEqual([{ content: 2, row: 23,
      cells: { stt: '1.', name: 'Thủ tục một cửa', form: 'Tiếp dân', time: 'Quý 3', expected: 'Không trễ hạn', kind: 'mô hình mới' } }]);
  });
});
