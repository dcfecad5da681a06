/**
 * The catalogue over the sample workbook, through the built bundle in the emulator: validation
 * links "nhân rộng" rows (notes at Ghi chú), the rebuild writes Nhân rộng, the dashboard opens it.
 * Relied on: Range.getNotes/setNotes and Sheet.activate
 * (developers.google.com/apps-script/reference/spreadsheet/range#getNotes(),
 *  …/spreadsheet/sheet#activate()).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { callServer, loadWorkbook, startSession, type Session } from '../../src/local/cli/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
const asOwner = <T>(s: Session, fn: (ss: Spreadsheet) => T): T => {
  const app = s.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return s.emu.run(s.data.owner, () => fn(app.getActiveSpreadsheet()));
};

describe('who replicates which catalogue model, over the sample', () => {
  let s: Session;
  let view: unknown[][];
  beforeAll(async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-catalogue-')), 'q3.xlsx');
    await buildSampleWorkbook(file, { today: new Date('2021-05-20T01:00:00Z') });
    s = startSession(await loadWorkbook(file), { now: new Date('2021-05-20T01:00:00Z') });
    callServer(s, 'checkUnits');
    callServer(s, 'refreshSummary');
    view = asOwner(s, (ss) => ss.getSheetByName('Nhân rộng')!.getDataRange().getValues());
  });
  const rowOf = (model: string) => view.find((r) => r[1] === model)!;

  it.each([
    ['Ngày không hẹn', 'Phường 14', ['Phường 10', 'Phường Võ Thị Sáu', 'Phường 2', 'Phường 5', 'Phường 11']],
    ['Phủ xanh tuyến hẻm', 'Phường 9', ['Phường Võ Thị Sáu', 'Phường 2', 'Phường 5', 'Phường 14', 'Phường 4']],
    ['90 việc tốt giúp dân', 'Phường 9', ['Phường 2', 'Phường 5']],
  ])('lists the units replicating %s (of %s) with their results status', (model, origin, units) => {
    const row = rowOf(model);
    expect(row[2]).toBe(origin);
    expect(row[4]).toBe(units.length);
    expect(String(row[5]).split('; ').sort()).toEqual(units.map((u) => `${u} (chưa báo cáo)`).sort());
    expect(row[9]).toBe(units.length); // none reported yet on 20/05/2021
  });

  it('names the models nobody has taken up, and counts per unit', () => {
    expect(rowOf('Hội Tương tế')[4]).toBe(0);
    expect(String(view[2][0])).toMatch(/chưa có đơn vị nhân rộng: .*Hội Tương tế/);
    const p2 = view.find((r) => r[0] === 'Phường 2' && typeof r[1] === 'number')!;
    // Blouse trắng nghĩa tình, Cho vay vốn lãi suất 0 đồng, Góc bếp yêu thương, Hỗ trợ phương tiện sinh kế, 90 việc tốt giúp dân, Ngày không hẹn, Phủ xanh tuyến hẻm
    expect(p2.slice(0, 3)).toEqual(['Phường 2', 7, expect.stringContaining('90 việc tốt giúp dân')]);
  });

  it('leaves an unmatched "nhân rộng" row a warning with suggestions, and a linked one a note naming its model', () => {
    asOwner(s, (ss) => {
      const tab = ss.getSheetByName('Phòng Tư pháp')!;
      const values = tab.getDataRange().getValues();
      const notes = tab.getDataRange().getNotes();
      const at = (name: string) => values.findIndex((r) => r[1] === name);
      const unmatched = notes[at('Công sở văn minh, sạch đẹp, an toàn')][5];
      expect(unmatched).toMatch(/không tìm thấy mô hình được nhân rộng trong Danh mục mô hình\. Có phải là “/);
      const linked = notes[at('Cung cấp dịch vụ công trực tuyến và phục vụ ngoài giờ hành chính')][5];
      expect(linked).toContain('nhân rộng mô hình “Cung cấp dịch vụ công trực tuyến và phục vụ Nhân dân ngoài giờ hành chính” (Ủy ban nhân dân Quận 3) của Danh mục mô hình');
      expect(values[at('Công sở văn minh, sạch đẹp, an toàn')][5]).toBe('nhân rộng'); // what was typed stays
    });
  });

  it('a second rebuild writes the same Nhân rộng sheet, not another', () => {
    callServer(s, 'refreshSummary');
    expect(asOwner(s, (ss) => ss.getSheets().filter((x) => x.getName().startsWith('Nhân rộng')).length)).toBe(1);
  });

  it('Báo cáo lists the models replicated most widely with who and their results, then those nobody took up', () => {
    callServer(s, 'generateReport');
    const sheet = asOwner(s, (ss) => ss.getSheetByName('Báo cáo')!.getDataRange().getValues());
    const start = sheet.findIndex((r) => r[0] === 'VI. Nhân rộng các mô hình hiệu quả');
    expect(start).toBeGreaterThan(0);
    const rows = sheet.slice(start + 2, sheet.findIndex((r, i) => i > start && r[0] === 'Chưa có đơn vị nhân rộng'));
    const counts = rows.map((r) => Number(r[3]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    for (const model of ['Ngày không hẹn', 'Phủ xanh tuyến hẻm', '90 việc tốt giúp dân']) {
      const row = rows.find((r) => r[1] === model)!;
      expect(String(row[4])).toMatch(/Phường 2 \(chưa báo cáo\)/);
    }
  });

  it('a new model ticked "Đưa vào danh mục năm sau" in Báo cáo is kept and listed as a candidate', () => {
    asOwner(s, (ss) => {
      const sheet = ss.getSheetByName('Báo cáo')!;
      const values = sheet.getDataRange().getValues();
      const header = values.findIndex((r) => r[8] === 'Đưa vào danh mục năm sau');
      const row = values.findIndex((r, i) => i > header && r[0] === 'Phường 2' && r[2] === 'Tủ bánh mì 0 đồng');
      sheet.getRange(row + 1, 9).setValue(true);
    });
    const again = callServer<{ report: { nextYear: { unit: string; name: string }[] } }>(s, 'generateReport');
    expect(again.report.nextYear.map((m) => `${m.unit}: ${m.name}`)).toEqual(['Phường 2: Tủ bánh mì 0 đồng']);
    const sheet = asOwner(s, (ss) => ss.getSheetByName('Báo cáo')!.getDataRange().getValues());
    const vii = sheet.findIndex((r) => r[0] === 'VII. Mô hình mới đề xuất đưa vào danh mục năm sau');
    expect(sheet[vii + 2].slice(1, 3)).toEqual(['Phường 2', 'Tủ bánh mì 0 đồng']);
  });

  it('next year’s plan carries Cấu hình over with the dates moved and the ticked model added to the catalogue', () => {
    const plan = callServer<{ campaign: { year: number; id: string; titleLines: string[]; rounds: { start: string; registrationDeadline: string }[];
      catalogue: { name: string; origin: string; continued: boolean }[]; units: unknown[] }; review: string[] }>(s, 'planNextYear', 2022);
    expect(plan.campaign).toMatchObject({ year: 2022, id: 'quan3-2022' });
    expect(plan.campaign.titleLines[2]).toContain('Năm 2022');
    expect(plan.campaign.rounds[0]).toMatchObject({ start: '2022-05-07', registrationDeadline: '2022-05-18' });
    expect(plan.campaign.units).toHaveLength(32);
    expect(plan.campaign.catalogue.find((m) => m.name === 'Ngày không hẹn')).toMatchObject({ continued: true });
    expect(plan.campaign.catalogue[plan.campaign.catalogue.length - 1]).toMatchObject({ name: 'Tủ bánh mì 0 đồng', origin: 'Phường 2', continued: false });
    expect(plan.review.join(' ')).toContain('hãy rà soát');
  });

  it('a unit’s tab offers the catalogue names of each content on Tên mô hình, as a warning that keeps what the unit typed', () => {
    const rule = asOwner(s, (ss) => {
      const tab = ss.getSheetByName('Phường 2')!;
      const values = tab.getDataRange().getValues();
      const heading = values.findIndex((r) => String(r[0]).startsWith('1. Nội dung'));
      const v = tab.getRange(heading + 2, 2).getDataValidation()!;
      return { type: String(v.getCriteriaType()), values: v.getCriteriaValues(), allowInvalid: v.getAllowInvalid(), typed: values[heading + 1][1] };
    });
    expect(rule.type).toBe('VALUE_IN_LIST');
    expect(rule.values[0]).toEqual(expect.arrayContaining(['90 việc tốt giúp dân']));
    expect(rule.values[1]).toBe(true);
    expect(rule.allowInvalid).toBe(true);
    expect(rule.values[0]).not.toContain(rule.typed);
    expect(rule.typed).not.toBe('');
  });

  it('the dashboard hands the sidebar the Nhân rộng sheet to open', () => {
    const d = callServer<{ replicationSheetId: number | null }>(s, 'getDashboard');
    callServer(s, 'openSheet', d.replicationSheetId);
    expect(asOwner(s, (ss) => ss.getActiveSheet().getName())).toBe('Nhân rộng');
  });
});
