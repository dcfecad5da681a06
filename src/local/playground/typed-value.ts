/**
 * What a person typing into a Sheets cell stores: Sheets parses the text in the file's locale
 * (vi_VN: dd/MM/yyyy dates, numbers, TRUE/FALSE) and keeps anything else as text. A date that does
 * not exist (31/02/2021) stays text, which is what the add-on's validation then flags.
 * https://support.google.com/docs/answer/58515 (locale decides date and number formats)
 */
import type { CellValue } from '../emulator/model';
import { wallToInstant } from '../xlsx/dates';

const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** Midnight of a calendar day in `timeZone`, or undefined when the day does not exist. */
export function dayStart(year: number, month: number, day: number, timeZone: string): Date | undefined {
  const wall = new Date(Date.UTC(year, month - 1, day));
  if (wall.getUTCFullYear() !== year || wall.getUTCMonth() !== month - 1 || wall.getUTCDate() !== day) return undefined;
  return wallToInstant(wall, timeZone);
}

export function typedValue(text: string, timeZone: string): CellValue {
  const t = text.trim();
  const d = DATE.exec(t);
  if (d) return dayStart(Number(d[3]), Number(d[2]), Number(d[1]), timeZone) ?? text;
  if (NUMBER.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return text;
}
