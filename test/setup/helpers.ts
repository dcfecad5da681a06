/** Shared set-up for the emulator tests of initCampaign / setupUnitTabs / getSidebarState. */
import { createEmulator, type Emulator } from '../../src/local/emulator/emulator';

export const OWNER = 'bandanvan@q3.gov.vn';
export const COORDINATOR = 'tonghop@q3.gov.vn';
export const UNIT_USER = 'phuong1@q3.gov.vn';

export type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** `sheetsApi: false`: without the advanced service, so setup makes tabs with SpreadsheetApp (its fallback). */
export function emulator(editors: string[] = [COORDINATOR, UNIT_USER], opts: { sheetsApi?: boolean } = {}): Emulator {
  const emu = createEmulator({ owner: OWNER, editors, ...opts });
  emu.load();
  return emu;
}

/** Runs `fn` against the emulator's SpreadsheetApp as `user` (a person editing the sheet by hand). */
export function asUser<T>(emu: Emulator, user: string, fn: (ss: SS) => T): T {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return emu.run(user, () => fn(app.getActiveSpreadsheet()));
}

export interface SetupResult {
  finished: boolean; done: number; total: number; message?: string;
  items: { unit: string; sheetName: string; sheetId?: number; status: string; message: string; blocked?: string[] }[];
}

/** Presses "Tạo/cập nhật tab đơn vị" until finished, as the sidebar does. */
export function setupUntilFinished(emu: Emulator, maxRuns = 20): { runs: SetupResult[]; items: Map<string, SetupResult['items'][number]> } {
  const runs: SetupResult[] = [];
  const items = new Map<string, SetupResult['items'][number]>();
  for (let i = 0; i < maxRuns; i++) {
    const r = emu.bundle!.call('setupUnitTabs') as SetupResult;
    runs.push(r);
    for (const it of r.items) items.set(`${it.unit}\u0000${it.sheetName}`, it);
    if (r.finished) return { runs, items };
  }
  throw new Error('setupUnitTabs never finished');
}

/** The Đơn vị table's rows in Cấu hình: finds the heading, returns the first data row. */
export function unitsFirstRow(ss: SS): number {
  const values = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
  return values.findIndex((r) => r[0] === 'Đơn vị' && r.slice(1).every((v) => v === '')) + 3;
}

/** The row of the table heading under the Đơn vị table: rows for more units are inserted above it. */
export function unitsEndRow(ss: SS): number {
  const values = ss.getSheetByName('Cấu hình')!.getDataRange().getValues();
  return values.findIndex((r) => r[0] === 'Chiến dịch' && r.slice(1).every((v) => v === '')) + 1;
}

/** A campaign initialised with `units` units (Chi bộ Khu phố 1…n, donvi1…n@q3.gov.vn) typed into Cấu hình; no tab made yet. */
export function campaignWithUnits(units: number, tabsPerFile?: number, opts: { sheetsApi?: boolean } = {}): Emulator {
  const emails = Array.from({ length: units }, (_, i) => `donvi${i + 1}@q3.gov.vn`);
  const emu = emulator(emails, opts);
  emu.bundle!.call('initCampaign');
  if (tabsPerFile !== undefined) setTabsPerFile(emu, tabsPerFile);
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.insertRowsBefore(unitsEndRow(ss), units);
    config.getRange(first, 1, units, 3).setValues(emails.map((e, i) => [`Chi bộ Khu phố ${i + 1}`, 'chi-bo-co-so', e]));
  });
  return emu;
}

/** Sets Cấu hình's "Số tab đơn vị tối đa mỗi tệp" (past it the campaign spreads to member workbooks). */
export function setTabsPerFile(emu: Emulator, n: number): void {
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const row = config.getDataRange().getValues().findIndex((r) => r[0] === 'Số trang tính đơn vị tối đa mỗi tệp') + 1;
    if (row === 0) throw new Error('no Số trang tính đơn vị tối đa mỗi tệp row');
    config.getRange(row, 2).setValue(n);
  });
}

/** Writes `units` rows [name, type, e-mails, group?] into Cấu hình's Đơn vị table (rows added as needed). */
export function writeUnits(emu: Emulator, units: (string | number)[][]): void {
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.insertRowsBefore(unitsEndRow(ss), units.length);
    const rows = units.map((u) => [u[0], u[1], u[2] ?? '', '', u[3] ?? '']);
    config.getRange(first, 1, rows.length, 5).setValues(rows);
  });
}

/**
 * A file's whole content as text (sheets, cells, metadata, protections…; Maps as entry lists,
 * Dates as ISO): equal before and after means nothing in the file changed. Not v8.serialize,
 * whose bytes follow V8's internal string encoding, which a mere read may change.
 */
export function fileText(data: unknown): string {
  return JSON.stringify(data, (_k, v) => (v instanceof Map ? [...v.entries()] : v instanceof Set ? [...v] : v));
}

/** Adds `email` under the owner in Cấu hình's Người tổng hợp table, or takes its row out (a coordinator added or removed). */
export function coordinator(emu: Emulator, email: string, present: boolean): void {
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const values = config.getDataRange().getValues();
    if (!present) return void config.deleteRow(values.findIndex((r) => r[0] === email) + 1);
    const owner = values.findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    config.insertRowsAfter(owner, 1);
    config.getRange(owner + 1, 1).setValue(email);
  });
}

/** A setup re-run's protection writes: [updateProtectedRange sub-requests, Protection.addEditors, Protection.removeEditors]. */
export function protectionWritesOfRerun(emu: Emulator): number[] {
  emu.calls.reset();
  setupUntilFinished(emu);
  const c = emu.calls.snapshot();
  return [c['SheetsApi.request.updateProtectedRange'] ?? 0, c['Protection.addEditors'] ?? 0, c['Protection.removeEditors'] ?? 0];
}
