/**
 * Everything reads across the hub and its member workbooks (issue 13): the same 30 units with the
 * same entries give the same Kiểm tra, Tổng hợp, Danh sách mô hình, reminders and Báo cáo whether
 * their tabs sit in one file or spread over members (Số tab đơn vị tối đa mỗi tệp = 8). The hourly
 * job runs with no active document and opens every file by id
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)).
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { buildTemplateLayout } from '../../src/core/template';
import type { Emulator } from '../../src/local/emulator/emulator';
import { COORDINATOR, emulator, OWNER, setTabsPerFile, setupUntilFinished, writeUnits } from './helpers';

const LAYOUT = buildTemplateLayout(parseCampaign(QUAN3_2021));
const firstRowOf = (content: number) => LAYOUT.sections.find((s) => s.content === content)!.firstRow;
const UNITS = Array.from({ length: 30 }, (_, i) => ({ name: `Chi bộ ${i + 1}`, type: i % 2 ? 'chi-bo-co-so' : 'dang-bo-co-so', email: `cb${i + 1}@q3.gov.vn` }));
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Writes rows into a unit's tab in whichever file holds it (found by the tab's tracking). */
function register(emu: Emulator, unit: string, content: number, rows: string[][]): void {
  for (const f of emu.files.values()) {
    const meta = f.developerMetadata.find((m) => m.key === 'dvk.tab' && JSON.parse(m.value!).unit === unit);
    if (!meta) continue;
    const id = JSON.parse(meta.value!).sheetId as number;
    const app = emu.globals().SpreadsheetApp as App;
    emu.run(OWNER, () => app.openById(f.id).getSheetById(id)!.getRange(firstRowOf(content), 2, rows.length, 5).setValues(rows));
    return;
  }
  throw new Error(`no tab for ${unit}`);
}

function world(tabsPerFile: number) {
  const emu = emulator([COORDINATOR]);
  emu.bundle!.call('initCampaign');
  setTabsPerFile(emu, tabsPerFile);
  writeUnits(emu, UNITS.map((u) => [u.name, u.type, u.email]));
  setupUntilFinished(emu, 20);
  UNITS.forEach((u, i) => {
    if (i % 3 === 0) return;
    const rows = Array.from({ length: 1 + (i % 3) }, (_, k) => [`Mô hình ${i}-${k}`, 'Vận động nhân dân', k === 1 && i % 5 === 0 ? '31/02/2021' : '07/05/2021 - 30/06/2021', '02 căn nhà', k ? 'nhân rộng' : 'mô hình mới']);
    register(emu, u.name, 1, rows);
  });
  emu.bundle!.call('setRemindersEnabled', true);
  // 3 days before Đợt 1's registration deadline (18/05/2021): the hourly job reminds units not done.
  for (let h = 0; h < 24; h++) {
    emu.clock.set(Date.parse('2021-05-15T00:30:00+07:00') + h * 3600_000);
    for (const r of emu.runDueTimeTriggers()) if (r.error) throw r.error;
  }
  const check = emu.bundle!.call('checkUnits') as { errors: number; warnings: number; units: { unit: string; errors: number; warnings: number; problems: { code: string; a1?: string }[] }[] };
  const summary = emu.bundle!.call('refreshSummary', { units: true }) as { units: unknown[] };
  emu.bundle!.call('generateReport');
  const app = emu.globals().SpreadsheetApp as App;
  const read = (name: string) => emu.run(OWNER, () => app.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues());
  return {
    emu,
    files: emu.files.size,
    check: { errors: check.errors, warnings: check.warnings, units: check.units.map((u) => ({ unit: u.unit, errors: u.errors, warnings: u.warnings, problems: u.problems.map((p) => `${p.code}@${p.a1 ?? ''}`) })) },
    summary: summary.units,
    models: read('Danh sách mô hình'),
    report: read('Báo cáo'),
    mails: emu.outbox.map((m) => `${m.to} | ${m.subject}`).sort(),
  };
}

describe('30 units in one file and the same 30 spread over members', () => {
  const one = world(150);
  const spread = world(8);

  it('the spread campaign really is several files, the hub holding no unit tab', () => {
    expect(one.files).toBe(1);
    expect(spread.files).toBeGreaterThanOrEqual(5);
    expect(spread.emu.data.developerMetadata.filter((m) => m.key === 'dvk.tab')).toHaveLength(0);
  });

  it('Kiểm tra finds the same problems in the same cells', () => {
    expect(spread.check).toEqual(one.check);
    expect(one.check.errors).toBeGreaterThan(0);
  });

  it('Tổng hợp, Danh sách mô hình and Báo cáo are the same', () => {
    expect(spread.summary).toEqual(one.summary);
    expect(spread.models).toEqual(one.models);
    expect(spread.report).toEqual(one.report);
    expect(one.models.length).toBeGreaterThan(20);
  });

  it('the reminder day sends the same mails to the same people', () => {
    expect(one.mails.length).toBeGreaterThan(5);
    expect(spread.mails).toEqual(one.mails);
  });

  it('links open the member file at the unit\'s tab: in the mails and in Tổng hợp', () => {
    const holder = (unit: string) => [...spread.emu.files.values()].find((f) => f.developerMetadata.some((m) => m.key === 'dvk.tab' && JSON.parse(m.value!).unit === unit))!;
    const mail = spread.emu.outbox.find((m) => m.to === 'cb1@q3.gov.vn')!;
    const file = holder('Chi bộ 1');
    expect(mail.body).toContain(`https://docs.google.com/spreadsheets/d/${file.id}/edit#gid=`);
    const app = spread.emu.globals().SpreadsheetApp as App;
    const formulas = spread.emu.run(OWNER, () => app.getActiveSpreadsheet().getSheetByName('Tổng hợp')!.getDataRange().getFormulas());
    expect(formulas.flat().some((f) => f.includes(`/d/${file.id}/edit#gid=`) && f.includes('"Chi bộ 1"'))).toBe(true);
  });
});
