/**
 * "Tạo chiến dịch năm sau" with pre-filling, over the sample, through the built bundle: the new
 * file's setup makes each unit's tab with that unit's models of this year as "tiếp tục thực hiện"
 * rows (times moved a year), a section with more models than printed rows growing to hold them
 * (Sheet.insertRowsAfter: developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)),
 * and Kiểm tra there reads them as the unit's entries; this year's file is left as it was.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { callServer, loadWorkbook, startSession, type Session } from '../../src/local/cli/workbook';
import { parseCampaign, QUAN3_2021, QUAN3_2021_CATALOGUE } from '../../src/core/campaign';
import { readUnitTab } from '../../src/core/unit-tab/read';
import type { SheetValue } from '../../src/core/unit-tab/entry';
import type { NextYearResult } from '../../src/gas/setup/next-year';
import { fileText } from './helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const NOW = new Date('2021-11-20T01:00:00Z');
const c2021 = parseCampaign({ ...QUAN3_2021, catalogue: QUAN3_2021_CATALOGUE });
const c2022 = parseCampaign({ ...QUAN3_2021, year: 2022, catalogue: QUAN3_2021_CATALOGUE });

describe('Tạo chiến dịch năm sau, điền sẵn mô hình năm nay', () => {
  let s: Session;
  let made: NextYearResult;
  let before: string;
  const inFile = <T>(id: string, fn: (ss: Spreadsheet) => T): T => {
    const app = s.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return s.emu.run(s.data.owner, () => fn(app.getActiveSpreadsheet()), { spreadsheetId: id });
  };
  const call = <T>(id: string, name: string): T => s.emu.run(s.data.owner, () => s.bundle.invoke(name, []), { spreadsheetId: id }) as T;
  const entriesOf = (id: string, tab: string, c = c2021) =>
    readUnitTab(inFile(id, (ss) => ss.getSheetByName(tab)!.getDataRange().getValues()) as SheetValue[][], c).entries;

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-prefill-')), 'q3.xlsx');
    await buildSampleWorkbook(file, { today: NOW });
    s = startSession(await loadWorkbook(file), { now: NOW });
    callServer(s, 'getSidebarState');
    before = fileText(s.data);
    made = callServer<NextYearResult>(s, 'createNextYearCampaign', 2022, { prefill: true });
    for (let i = 0; i < 20; i++) if (call<{ finished: boolean }>(made.id, 'setupUnitTabs').finished) break;
  });

  it('carries every model of this year into the new file’s “Mô hình năm trước”, this year’s file unchanged', () => {
    expect(fileText(s.data)).toBe(before);
    const rows = inFile(made.id, (ss) => ss.getSheetByName('Mô hình năm trước')!.getDataRange().getValues());
    expect(rows[0].slice(0, 3)).toEqual(['Đơn vị', 'Nội dung', 'Tên mô hình']);
    expect(made.carried).toBe(rows.length - 1);
    expect(made.carried).toBeGreaterThan(50);
  });

  it('pre-fills a unit’s new tab with its own models as “tiếp tục thực hiện” rows, times moved a year', () => {
    const old = entriesOf(s.data.id, 'Phường 9');
    const now = entriesOf(made.id, 'Phường 9', c2022);
    expect(now.map((e) => [e.content, e.cells.name])).toEqual(old.map((e) => [e.content, e.cells.name]));
    expect(new Set(now.map((e) => e.cells.kind))).toEqual(new Set(['tiếp tục thực hiện']));
  });

  it('moves a dated time to the same day a year on', () => {
    const unit = c2021.units.map((u) => u.name).find((u) => inFile(s.data.id, (ss) => ss.getSheetByName(u)) && entriesOf(s.data.id, u).some((e) => e.cells.time instanceof Date))!;
    expect(unit).toBeDefined();
    const old = entriesOf(s.data.id, unit);
    const now = entriesOf(made.id, unit, c2022);
    const i = old.findIndex((e) => e.cells.time instanceof Date);
    const day = (d: Date) => d.toLocaleDateString('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    expect(day(now[i].cells.time as Date)).toBe(day(old[i].cells.time as Date).replace('2021', '2022'));
  });

  it('grows a section that has more models than printed rows, numbering them on, and keeps the next section’s heading', () => {
    const old = entriesOf(s.data.id, 'Phường 2').filter((e) => e.content === 1);
    expect(old.length).toBeGreaterThan(10);
    const now = entriesOf(made.id, 'Phường 2', c2022);
    expect(now.filter((e) => e.content === 1).map((e) => e.cells.name)).toEqual(old.map((e) => e.cells.name));
    expect(now.filter((e) => e.content === 1).map((e) => e.cells.stt)).toEqual(old.map((_, i) => `${i + 1}.`));
    expect(now.filter((e) => e.content === 2).map((e) => e.cells.name)).toEqual(entriesOf(s.data.id, 'Phường 2').filter((e) => e.content === 2).map((e) => e.cells.name));
  });

  it('leaves a unit without models this year a blank form', () => {
    const blank = c2021.units.find((u) => entriesOf(s.data.id, u.name).length === 0 && inFile(s.data.id, (ss) => ss.getSheetByName(u.name)) !== null);
    expect(blank).toBeDefined();
    expect(entriesOf(made.id, blank!.name, c2022)).toEqual([]);
  });

  it('Kiểm tra in the new file reads the pre-filled rows as the units’ entries', () => {
    const r = call<{ units: { unit: string; registered?: number }[] }>(made.id, 'checkUnits');
    expect(r.units.find((u) => u.unit === 'Phường 9')!.registered).toBe(entriesOf(s.data.id, 'Phường 9').length);
  });
});

describe('pre-filling a next year’s campaign whose unit tabs go into member workbooks', () => {
  it('lays each unit’s rows into its tab in a member workbook too', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-prefill-members-')), 'q3.xlsx');
    await buildSampleWorkbook(file, { today: NOW });
    const s = startSession(await loadWorkbook(file), { now: NOW });
    const app = s.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const made = callServer<NextYearResult>(s, 'createNextYearCampaign', 2022, { prefill: true });
    // The coordinator lowers 'Số tab đơn vị tối đa mỗi tệp' in the new Cấu hình: setup makes member workbooks.
    s.emu.run(s.data.owner, () => {
      const config = app.getActiveSpreadsheet().getSheetByName('Cấu hình')!;
      const row = config.getDataRange().getValues().findIndex((r) => r[0] === 'Số trang tính đơn vị tối đa mỗi tệp');
      config.getRange(row + 1, 2).setValue(10);
    }, { spreadsheetId: made.id });
    for (let i = 0; i < 20; i++) {
      const r = s.emu.run(s.data.owner, () => s.bundle.invoke('setupUnitTabs', []), { spreadsheetId: made.id }) as { finished: boolean };
      if (r.finished) break;
    }
    const tabs = [...s.emu.files.values()].filter((f) => f.id !== s.data.id && f.id !== made.id).flatMap((f) => f.sheets.map((x) => ({ file: f.id, name: x.name })));
    const inMember = tabs.find((t) => t.name === 'Phường 9');
    expect(inMember).toBeDefined();
    const read = (id: string, name: string, c: typeof c2021) => readUnitTab(s.emu.run(s.data.owner,
      () => app.openById(id).getSheetByName(name)!.getDataRange().getValues(), {}) as SheetValue[][], c).entries;
    const old = read(s.data.id, 'Phường 9', c2021);
    const now = read(inMember!.file, 'Phường 9', c2022);
    expect(now.map((e) => e.cells.name)).toEqual(old.map((e) => e.cells.name));
    expect(new Set(now.map((e) => e.cells.kind))).toEqual(new Set(['tiếp tục thực hiện']));
  });
});
