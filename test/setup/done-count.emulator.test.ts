/**
 * Setup's "done" count (sidebar progress, the final line, the recorded progress a reopened sidebar
 * shows) counts only units whose tab exists and is tracked; a unit setup refused is not counted,
 * the last line says how many were refused, and each is listed with its reason. Through the built bundle.
 * Behaviours relied on (Google's reference):
 * - Developer metadata on a sheet goes with the sheet (a tracked tab is one whose tag is there)
 *   https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata
 * - Spreadsheet.insertSheet(name, index, {template}) copies the template sheet
 *   https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer,Object)
 */
import { asUser, campaignWithUnits, emulator, OWNER, setupUntilFinished, unitsEndRow, type SetupResult } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';
import type { SpreadsheetData } from '../../src/local/emulator/model';
import { progressText, recordedProgressText } from '../../src/sidebar/views/setup';

/** Units with a tracked tab that exists, in every file of the campaign. */
function trackedUnits(emu: Emulator): string[] {
  const out: string[] = [];
  for (const f of emu.files.values() as Iterable<SpreadsheetData>) {
    const ids = new Set(f.sheets.map((s) => s.id));
    for (const m of f.developerMetadata) {
      if (m.key !== 'dvk.tab') continue;
      const tag = JSON.parse(m.value!) as { unit: string; sheetId: number; sync?: unknown };
      if (tag.sync && ids.has(tag.sheetId)) out.push(tag.unit);
    }
  }
  return out.sort();
}

const configUnits = (emu: Emulator): string[] => asUser(emu, OWNER, (ss) => {
  const values = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
  const first = values.findIndex((r) => r[0] === 'Đơn vị' && r.slice(1).every((v) => v === '')) + 2;
  return values.slice(first, unitsEndRow(ss) - 1).map((r) => String(r[0])).filter(Boolean);
});

function expectHonestCount(emu: Emulator, r: SetupResult, refusedUnits: string[]): void {
  const tracked = trackedUnits(emu);
  const units = configUnits(emu);
  expect(r.finished).toBe(true);
  expect(r.total).toBe(units.length);
  expect(r.done).toBe(units.filter((u) => tracked.includes(u)).length);
  expect(r.done).toBe(units.length - refusedUnits.length);
  // Each refused unit is listed as a problem with its reason, and the run's message counts them.
  for (const u of refusedUnits) expect(r.items.find((i) => i.unit === u)).toMatchObject({ status: 'problem', message: expect.stringMatching(/^.{20}/) });
  // The sidebar's last line (and the record a reopened sidebar shows) says how many were refused, not "Hoàn tất".
  const line = progressText(r.done, r.total, r.finished);
  expect(line).toBe(`Đã xong ${r.done}/${r.total} trang tính đơn vị; ${refusedUnits.length} đơn vị chưa có trang tính (lý do ở mục “Có vấn đề”)`);
  expect(recordedProgressText({ done: r.done, total: r.total, finished: true, at: '' })).toBe(`${line}.`);
}

it('in one file: a unit held back by two look-alike tabs is refused and not counted; a suffixed name and a bad e-mail still get (and count) their tab', () => {
  const emu = emulator();
  asUser(emu, OWNER, (ss) => ss.insertSheet('Phường 2').getRange('A1').setValue('sổ tay riêng'));
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const template = ss.getSheetByName('Mẫu đăng ký')!;
    // Two hand-made copies of the form, both headed Phường 3: which one is the ward's is not setup's to guess.
    for (const name of ['Bản P3 a', 'Bản P3 b']) ss.insertSheet(name, ss.getNumSheets(), { template }).getRange('A2').setValue('PHƯỜNG 3');
    const config = ss.getSheetByName('Cấu hình')!;
    const at = unitsEndRow(ss);
    config.insertRowsBefore(at, 1);
    config.getRange(at, 1, 1, 3).setValues([['Chi bộ Khu phố 9', 'chi-bo-co-so', 'kp9@q3.gov.vn, kp9@']]);
  });
  const { runs } = setupUntilFinished(emu);
  const r = runs.at(-1)!;
  expectHonestCount(emu, r, ['Phường 3']);
  expect(r.items.find((i) => i.unit === 'Phường 3')!.message).toContain('Chưa tạo trang tính mới');
  expect(r.items.find((i) => i.unit === 'Phường 2')).toMatchObject({ status: 'problem', sheetName: 'Phường 2 (2)' });
});

it.each([true, false])('across members: units of a full member are refused and not counted, in the run and in the recorded progress (Sheets API on: %s)', (sheetsApi) => {
  const emu = campaignWithUnits(15, 10, { sheetsApi });
  setupUntilFinished(emu);
  const second = [...emu.files.values()].find((f) => /Chi bộ cơ sở \(2\)/.test(f.name))!;
  emu.run(OWNER, () => {
    const ss = (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(second.id);
    while (ss.getNumSheets() < 199) ss.insertSheet(`Ghi chép ${ss.getNumSheets()}`);
  });
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const at = unitsEndRow(ss);
    config.insertRowsBefore(at, 2);
    config.getRange(at, 1, 2, 3).setValues([['Chi bộ Khu phố 16', 'chi-bo-co-so', 'donvi16@q3.gov.vn'], ['Chi bộ Khu phố 17', 'chi-bo-co-so', 'donvi17@q3.gov.vn']]);
  });
  const r = emu.bundle!.call('setupUnitTabs') as SetupResult;
  expectHonestCount(emu, r, ['Chi bộ Khu phố 16', 'Chi bộ Khu phố 17']);
});
