/**
 * Calendar dates of the campaign as plain 'YYYY-MM-DD' strings (LocalDate), in the campaign's time
 * zone. Strings compare in date order, survive JSON and PropertiesService, and never shift with the
 * server's zone (Apps Script runs in the script's zone, Node in UTC).
 */
import type { LocalDate } from './campaign/schema';

export type { LocalDate };

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Creating an Intl formatter is slow in Apps Script V8: keep one per time zone. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar day a Date falls on in `timeZone` (a Sheets date cell is local midnight there). */
export function toLocalDate(date: Date, timeZone: string): LocalDate {
  // The same few dates (deadlines, a unit's dates) come back on thousands of rows: remembered per instant.
  const key = `${timeZone}|${date.getTime()}`;
  let d = days.get(key);
  if (d === undefined) {
    if (days.size > 20_000) days.clear();
    days.set(key, (d = localDateOf(date, timeZone)));
  }
  return d;
}
const days = new Map<string, LocalDate>();

function localDateOf(date: Date, timeZone: string): LocalDate {
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** A LocalDate from numbers, or null when the day does not exist (31/6, 29/2/2021). */
export function makeLocalDate(year: number, month: number, day: number): LocalDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1 || year > 9999) return null;
  const t = new Date(Date.UTC(year, month - 1, day));
  t.setUTCFullYear(year);
  if (t.getUTCFullYear() !== year || t.getUTCMonth() !== month - 1 || t.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtcMs(d: LocalDate): number {
  const [y, m, day] = d.split('-').map(Number);
  const t = new Date(Date.UTC(2000, m - 1, day));
  t.setUTCFullYear(y);
  return t.getTime();
}

function fromUtcMs(ms: number): LocalDate {
  const t = new Date(ms);
  return makeLocalDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate())!;
}

/** 'dd/MM/yyyy', as every date a Vietnamese user reads is written. */
export function formatVnDate(d: LocalDate): string {
  const [y, m, day] = d.split('-');
  return `${day}/${m}/${y}`;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  return fromUtcMs(toUtcMs(d) + days * 86_400_000);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}

export const minDate = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
export const maxDate = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
