/** A 16-unit 2021 campaign on the emulator, through the built bundle, for the reminder tests. */
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/local/emulator/emulator';
import { foldText } from '../../src/core/unit-tab/read';
import { asUser, setupUntilFinished, unitsFirstRow, type SS } from '../setup/helpers';

export const OWNER = 'bandanvan@q3.gov.vn';
export const COORDINATOR = 'tonghop@q3.gov.vn';

/** [name, type, e-mails as typed in Cấu hình] */
export const UNITS: [string, string, string][] = [
  ['Phường 1', 'phuong', 'p1@q3.gov.vn, chutich.p1@q3.gov.vn'],
  ['Phường 2', 'phuong', 'p2@q3.gov.vn'],
  ['Phường 3', 'phuong', 'p3@q3.gov.vn'],
  ['Phường 4', 'phuong', 'p4@q3.gov.vn'],
  ['Phường 5', 'phuong', 'p5@q3.gov.vn'],
  ['Phường 9', 'phuong', 'p9@q3.gov.vn'],
  ['Phường 10', 'phuong', 'sai-dia-chi'],
  ['Phường 11', 'phuong', ''],
  ['Ủy ban MTTQ Việt Nam Quận 3', 'mttq-doan-the', 'mttq@q3.gov.vn'],
  ['Hội Liên hiệp phụ nữ Quận 3', 'mttq-doan-the', 'hlhpn@q3.gov.vn'],
  ['Quận Đoàn 3', 'mttq-doan-the', 'quandoan@q3.gov.vn'],
  ['Liên đoàn Lao động Quận 3', 'mttq-doan-the', 'ldld@q3.gov.vn'],
  ['Hội Cựu chiến binh Quận 3', 'mttq-doan-the', 'hccb@q3.gov.vn'],
  ['Đảng bộ Công an Quận 3', 'dang-bo-co-so', 'congan@q3.gov.vn'],
  ['Đảng bộ Quân sự Quận 3', 'dang-bo-co-so', 'quansu@q3.gov.vn'],
  ['Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3', 'dang-bo-co-so', 'dvci@q3.gov.vn'],
];

export const sheetApp = (emu: Emulator) => emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Replaces the default 32 units by `units` and adds COORDINATOR to Người tổng hợp. */
export function configure(emu: Emulator, units: [string, string, string][] = UNITS): void {
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    const block = Array.from({ length: 32 }, (_, i) => units[i] ?? ['', '', '']);
    config.getRange(first, 1, block.length, 3).setValues(block);
    const values = config.getDataRange().getValues();
    const coord = values.findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    config.insertRowsAfter(coord, 1);
    config.getRange(coord + 1, 1).setValue(COORDINATOR);
  });
}

export function campaignEmulator(opts: Partial<EmulatorOptions> = {}, units = UNITS): Emulator {
  const emu = createEmulator({ owner: OWNER, editors: [COORDINATOR], now: '2021-05-06T15:00:00+07:00', ...opts });
  emu.load();
  emu.bundle!.call('initCampaign');
  configure(emu, units);
  setupUntilFinished(emu);
  return emu;
}

/** A unit fills `n` valid rows under content 1 (inserting rows when the printed ones run out). */
export function fillRows(emu: Emulator, unit: string, n: number, cells: Partial<Record<'name' | 'form' | 'time' | 'expected' | 'kind', string>> = {}): void {
  asUser(emu, OWNER, (ss: SS) => {
    const sheet = ss.getSheetByName(unit)!;
    const grid = sheet.getDataRange().getValues();
    const heading = grid.findIndex((r) => /^1\s*[.)]?\s*noi dung/.test(foldText(r[0])));
    if (heading < 0) throw new Error(`no content 1 heading in ${unit}`);
    const firstRow = heading + 2;
    sheet.insertRowsAfter(firstRow, n);
    const rows = Array.from({ length: n }, (_, i) => [
      `${i + 1}.`, cells.name ?? `Mô hình số ${i + 1} của ${unit}`, cells.form ?? 'Vận động mạnh thường quân',
      cells.time ?? 'Đợt 1', cells.expected ?? 'Hỗ trợ 02 hộ nghèo', cells.kind ?? 'mô hình mới',
    ]);
    sheet.getRange(firstRow, 1, n, 6).setValues(rows);
  });
}

/**
 * Runs `user`'s scheduled handler once more, as the hourly trigger does (no UI, no active
 * document): a retried trigger. Returns its outcome for this spreadsheet.
 */
export function rerunTrigger(emu: Emulator, user = OWNER): unknown {
  const outcomes = emu.run(user, () => emu.bundle!.invoke('runScheduledJobs', [{ authMode: 'FULL' }]), { hasUi: false, activeDocument: false }) as { id: string }[];
  return outcomes.find((o) => o.id === emu.ctx.data.id);
}

export const vnDay = (d: Date) => d.toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

export function logRows(emu: Emulator): unknown[][] {
  return asUser(emu, OWNER, (ss) => ss.getSheetByName('Nhật ký nhắc hạn')?.getDataRange().getValues() ?? []);
}

/** The unit fills Kết quả thực hiện and Tình trạng for every model row (after addResultsColumns). */
export function reportResults(emu: Emulator, unit: string): void {
  asUser(emu, OWNER, (ss: SS) => {
    const sheet = ss.getSheetByName(unit)!;
    const grid = sheet.getDataRange().getValues();
    const header = grid.findIndex((r) => r.includes('Tên mô hình'));
    const resultCol = grid[header].indexOf('Kết quả thực hiện');
    const statusCol = grid[header].indexOf('Tình trạng');
    if (resultCol < 0 || statusCol !== resultCol + 1) throw new Error(`no results block in ${unit}`);
    const rows = grid.map((r, i) => ({ i, named: i > header && /^\d+\.$/.test(String(r[0])) && String(r[1]).trim() !== '' }))
      .filter((x) => x.named);
    for (const { i } of rows) sheet.getRange(i + 1, resultCol + 1, 1, 2).setValues([['Đã hỗ trợ 02 hộ nghèo', 'Đã hoàn thành']]);
  });
}
