/**
 * A campaign set up on the emulator with N units (the first 12 are the wards), Phường 1 edited by
 * UNIT_USER, and small helpers to type into its tab the way a person does (write, then the edit event).
 */
import type { Emulator, TriggerRun } from '../../src/local/emulator/emulator';
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow, unitsEndRow, UNIT_USER, COORDINATOR, type SS } from '../setup/helpers';

export { OWNER, UNIT_USER, COORDINATOR, asUser };
export const TAB = 'Phường 1';
export const DEFAULT_UNITS = 32;

/** initCampaign, N units in Cấu hình (Phường 1 edited by UNIT_USER), then setupUnitTabs, all as the owner (`sheetsApi: false`: without the advanced service). */
export function campaignWith(units: number, opts: { sheetsApi?: boolean } = {}): Emulator {
  const extra = Array.from({ length: Math.max(0, units - DEFAULT_UNITS) }, (_, i) => `chibo${i + 1}@q3.gov.vn`);
  const emu = emulator([COORDINATOR, UNIT_USER, ...extra], opts);
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.getRange(first, 3).setValue(UNIT_USER);
    if (units < DEFAULT_UNITS) config.getRange(first + units, 1, DEFAULT_UNITS - units, config.getLastColumn()).clearContent(); // the whole row: a unit row is more than its name
    if (extra.length) {
      config.insertRowsBefore(unitsEndRow(ss), extra.length);
      config.getRange(first + DEFAULT_UNITS, 1, extra.length, 3).setValues(extra.map((e, i) => [`Chi bộ Khu phố ${i + 1}`, 'chi-bo-co-so', e]));
    }
  });
  const { items } = setupUntilFinished(emu);
  if (items.size !== units) throw new Error(`expected ${units} unit tabs, setup reported ${items.size}`);
  return emu;
}

/** 1-based row of the first numbered line under content `id` on a fresh unit tab. */
export function firstRowOf(emu: Emulator, id: number, tab = TAB): number {
  return asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getDataRange().getValues()
    .findIndex((r) => String(r[0]).startsWith(`${id}. Nội dung`)) + 2);
}

export type Row = [name: string, form: string, time: string, expected: string, kind: string];
export const GOOD: Row = ['Mái ấm tình thương', 'Vận động mạnh thường quân xây nhà', '07/05/2021 - 30/06/2021', '02 căn nhà', 'mô hình mới'];

/** The unit's user pastes `rows` into columns B:F from `row`, then Sheets fires the edit triggers. */
export function typeRows(emu: Emulator, row: number, rows: Row[], user = UNIT_USER, tab = TAB): TriggerRun[] {
  writeRows(emu, row, rows, user, tab);
  return fireRows(emu, row, rows.length, user, tab);
}

export function writeRows(emu: Emulator, row: number, rows: Row[], user = UNIT_USER, tab = TAB): void {
  asUser(emu, user, (ss) => ss.getSheetByName(tab)!.getRange(row, 2, rows.length, 5).setValues(rows));
}

/** Sheets fires the edit triggers for rows row..row+count-1 (building the event costs the script nothing). */
export function fireRows(emu: Emulator, row: number, count: number, user = UNIT_USER, tab = TAB): TriggerRun[] {
  return emu.fireEdit({ user, sheet: tab, a1: `B${row}:F${row + count - 1}` });
}

export function cell(emu: Emulator, a1: string, tab = TAB): { value: unknown; note: string; background: string } {
  return asUser(emu, OWNER, (ss) => {
    const r = ss.getSheetByName(tab)!.getRange(a1);
    return { value: r.getValue(), note: r.getNote(), background: r.getBackground() };
  });
}

export function sheetOf(emu: Emulator, tab = TAB): (ss: SS) => GoogleAppsScript.Spreadsheet.Sheet {
  return (ss) => ss.getSheetByName(tab)!;
}
