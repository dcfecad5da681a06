/**
 * "Tạo chiến dịch năm sau" (createNextYearCampaign) over the sample, through the built bundle: a
 * new spreadsheet made with SpreadsheetApp.create holds next year's Cấu hình and Mẫu đăng ký,
 * this year's file is left exactly as it was (its document properties too), and the add-on opened
 * in the new file finds its campaign by the new file's own tracking.
 * Relied on: SpreadsheetApp.create (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)),
 * a new file's own document properties (developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { callServer, loadWorkbook, startSession, type Session } from '../../src/local/cli/workbook';
import { readConfigGrid } from '../../src/core/config-sheet';
import type { NextYearResult } from '../../src/gas/setup/next-year';
import { fileText } from './helpers';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const NOW = new Date('2021-11-20T01:00:00Z');

describe('Tạo chiến dịch năm sau', () => {
  let s: Session;
  let made: NextYearResult;
  let before: { file: string; props: string; files: number };
  const inFile = <T>(id: string, fn: (ss: Spreadsheet) => T, user = s.data.owner): T => {
    const app = s.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    return s.emu.run(user, () => fn(app.getActiveSpreadsheet()), { spreadsheetId: id });
  };
  const docProps = (id: string) => JSON.stringify([...s.emu.properties.documentOf(id)].sort());

  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-next-file-')), 'q3.xlsx');
    await buildSampleWorkbook(file, { today: NOW });
    s = startSession(await loadWorkbook(file), { now: NOW });
    callServer(s, 'getSidebarState');
    callServer(s, 'generateReport');
    inFile(s.data.id, (ss) => {
      const sheet = ss.getSheetByName('Báo cáo')!;
      const values = sheet.getDataRange().getValues();
      const header = values.findIndex((r) => r[8] === 'Đưa vào danh mục năm sau');
      const row = values.findIndex((r, i) => i > header && r[0] === 'Phường 2' && r[2] === 'Tủ bánh mì 0 đồng');
      sheet.getRange(row + 1, 9).setValue(true);
    });
    before = { file: fileText(s.data), props: docProps(s.data.id), files: s.emu.files.size };
    made = callServer<NextYearResult>(s, 'createNextYearCampaign', 2022);
  });

  it('makes one new spreadsheet and leaves this year’s file, and its document properties, unchanged', () => {
    expect(s.emu.files.size).toBe(before.files + 1);
    expect(made.id).not.toBe(s.data.id);
    expect(made.url).toContain(made.id);
    expect(made.message).toContain('giữ nguyên');
    expect(fileText(s.data)).toBe(before.file);
    expect(docProps(s.data.id)).toBe(before.props);
  });

  it('holds Cấu hình carried over for 2022, its dates flagged for review, the catalogue with the ticked model, and no blank sheet', () => {
    const { names, grid, zone, notes } = inFile(made.id, (ss) => {
      const config = ss.getSheetByName('Cấu hình')!;
      const values = config.getDataRange().getValues();
      return { names: ss.getSheets().map((x) => x.getName()), grid: values, zone: ss.getSpreadsheetTimeZone(),
        notes: config.getRange(1, 1, values.length, 1).getNotes().flat().filter(Boolean) };
    });
    expect(names).toEqual(['Cấu hình', 'Mẫu đăng ký']);
    expect(zone).toBe('Asia/Ho_Chi_Minh');
    const c = readConfigGrid(grid, zone).campaign!;
    expect(c.year).toBe(2022);
    expect(c.rounds[0]).toMatchObject({ start: '2022-05-07', registrationDeadline: '2022-05-18' });
    expect(c.units).toHaveLength(32);
    expect(c.catalogue.find((m) => m.name === 'Tủ bánh mì 0 đồng')).toMatchObject({ origin: 'Phường 2', continued: false });
    expect(c.catalogue.find((m) => m.name === 'Ngày không hẹn')).toMatchObject({ continued: true });
    expect(notes.length).toBe(3);
    expect(notes.every((n) => n.startsWith('Cần rà soát: '))).toBe(true);
    expect(notes.some((n) => /ngày .*năm 2022/i.test(n))).toBe(true);
  });

  it('the add-on opened in the new file finds its campaign by that file’s own tracking', () => {
    expect(docProps(made.id)).toBe('[]');
    const state = s.emu.run(s.data.owner, () => s.bundle.invoke('getSidebarState', []), { spreadsheetId: made.id }) as
      { initialized: boolean; isCoordinator: boolean; campaign: { year: number; units: number } };
    expect(state).toMatchObject({ initialized: true, isCoordinator: true, campaign: { year: 2022, units: 32 } });
    expect(docProps(made.id)).toContain('dvk.configSheetId');
  });

  it('a second press completes the same file rather than make another', () => {
    const again = callServer<NextYearResult>(s, 'createNextYearCampaign', 2022);
    expect(again).toMatchObject({ id: made.id, resumed: true });
    expect(s.emu.files.size).toBe(before.files + 1);
    expect(inFile(made.id, (ss) => ss.getSheets().length)).toBe(2);
  });

  it('is refused to a unit and to a year not after this one', () => {
    expect(() => callServer(s, 'createNextYearCampaign', 2021)).toThrow(/phải sau năm 2021/);
    const unit = s.emu.user;
    s.emu.user = 'phuong-9@example.org';
    try {
      expect(() => callServer(s, 'createNextYearCampaign', 2023)).toThrow();
    } finally {
      s.emu.user = unit;
    }
    expect(s.emu.files.size).toBe(before.files + 1);
  });
});
