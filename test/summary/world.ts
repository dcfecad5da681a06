/**
 * Summary tests' world: the 12-ward campaign of the validation tests, helpers to fill a ward's
 * sections (inserting rows as a person does when five printed lines are not enough) and to read
 * Tổng hợp back as one object per unit, keyed by the column headers a coordinator reads.
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { NOTES_HEADER } from '../../src/core/summary';
import { asUser, campaignWith, firstRowOf, OWNER, type Row } from '../validation-gas/world';

export { asUser, campaignWith, OWNER };
export type { Row };

export const good = (name: string, kind = 'mô hình mới', time = '07/05/2021 - 30/06/2021'): Row =>
  [name, 'Vận động mạnh thường quân', time, '02 căn nhà', kind];

/** Writes `rows` under content `id` of `tab`, inserting lines when the section has fewer than needed. */
export function fill(emu: Emulator, tab: string, id: number, rows: Row[]): void {
  const first = firstRowOf(emu, id, tab);
  asUser(emu, OWNER, (ss) => {
    const sheet = ss.getSheetByName(tab)!;
    const printed = 5;
    if (rows.length > printed) sheet.insertRowsAfter(first, rows.length - printed);
    // Clear the section's printed lines first so a shorter list really shortens it.
    sheet.getRange(first, 2, Math.max(printed, rows.length), 5).clearContent();
    if (rows.length) sheet.getRange(first, 2, rows.length, 5).setValues(rows);
  });
}

export function sheetValues(emu: Emulator, name: string): { values: unknown[][]; formulas: string[][] } {
  return asUser(emu, OWNER, (ss) => {
    const r = ss.getSheetByName(name)!.getDataRange();
    return { values: r.getValues(), formulas: r.getFormulas() };
  });
}

export type UnitRow = Record<string, unknown>;

/** Tổng hợp's unit table as objects: { 'Đơn vị': 'Phường 1', 'Nội dung 1': 10, … }. */
export function unitTable(emu: Emulator): Map<string, UnitRow> {
  const { values, formulas } = sheetValues(emu, 'Tổng hợp');
  const h = values.findIndex((r) => r.includes(NOTES_HEADER));
  const header = values[h] as string[];
  const out = new Map<string, UnitRow>();
  values.slice(h + 1).forEach((r, i) => {
    const o: UnitRow = Object.fromEntries(header.map((k, j) => [k, r[j]]));
    o.Tab = formulas[h + 1 + i][header.indexOf('Trang tính')] || r[header.indexOf('Trang tính')];
    out.set(String(r[0]), o);
  });
  return out;
}

/** The rows of a block of Tổng hợp under its title (e.g. 'HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG'), until a blank row. */
export function block(emu: Emulator, title: string): Record<string, unknown>[] {
  const { values } = sheetValues(emu, 'Tổng hợp');
  const t = values.findIndex((r) => r[0] === title);
  const header = values[t + 1] as string[];
  const rows: Record<string, unknown>[] = [];
  for (let i = t + 2; i < values.length && values[i][0] !== ''; i++) {
    rows.push(Object.fromEntries(header.filter(Boolean).map((k, j) => [k, values[i][j]])));
  }
  return rows;
}

export const call = <T>(emu: Emulator, fn: string, ...args: unknown[]): T => emu.bundle!.call(fn, ...args) as T;

export function sheetIdOf(emu: Emulator, tab: string): number {
  return asUser(emu, OWNER, (ss) => ss.getSheetByName(tab)!.getSheetId());
}
