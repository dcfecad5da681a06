/**
 * Campaign dates are local calendar days (YYYY-MM-DD in the campaign's time zone); a sheet cell
 * holds a Date, the instant of that day's midnight in the spreadsheet's time zone.
 */
import type { LocalDate } from '../campaign';

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

export function localDateToDate(iso: LocalDate, timeZone: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  return new Date(utcMidnight - offsetMs(utcMidnight, timeZone));
}

export function dateToLocalDate(date: Date, timeZone: string): LocalDate {
  const local = new Date(date.getTime() + offsetMs(date.getTime(), timeZone));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCFullYear()}-${p(local.getUTCMonth() + 1)}-${p(local.getUTCDate())}`;
}

/** A cell as a local date: a Date, "dd/MM/yyyy" text (Vietnamese order), or "yyyy-mm-dd" text. */
export function cellToLocalDate(v: unknown, timeZone: string): string {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return dateToLocalDate(v as Date, timeZone);
  const s = String(v ?? '').trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (vn) return `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}`;
  return s;
}
