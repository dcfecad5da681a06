/**
 * Display strings as Sheets renders them: dates by the cell's number format (or the locale's
 * default, dd/MM/yyyy for vi_VN) in the spreadsheet's time zone; numbers, booleans as text.
 */
import { isDate } from './dates';
import type { CellValue } from '../model';

export const DEFAULT_NUMBER_FORMAT = '0.###############';

const LOCALE_DATE: Record<string, string> = { vi_VN: 'dd/MM/yyyy', en_US: 'M/d/yyyy', en_GB: 'dd/MM/yyyy' };

export function defaultDateFormat(locale: string): string {
  return LOCALE_DATE[locale] ?? 'dd/MM/yyyy';
}

interface Parts { y: number; M: number; d: number; H: number; m: number; s: number }

function partsIn(date: Date, timeZone: string): Parts {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23',
  });
  const get = (t: string) => Number(f.formatToParts(date).find((p) => p.type === t)?.value ?? 0);
  return { y: get('year'), M: get('month'), d: get('day'), H: get('hour') % 24, m: get('minute'), s: get('second') };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Formats a date with a Sheets date pattern. In Sheets patterns "mm" means minutes right after an
 * hour token and months elsewhere; "MM" is always the month.
 */
export function formatDate(date: Date, pattern: string, timeZone: string): string {
  const p = partsIn(date, timeZone);
  let out = '';
  let afterHour = false;
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    let n = 1;
    while (pattern[i + n] === ch) n++;
    const tok = pattern.slice(i, i + n);
    i += n;
    switch (ch) {
      case 'y': out += n <= 2 ? pad(p.y % 100, 2) : String(p.y); break;
      case 'd': out += n >= 2 ? pad(p.d, 2) : String(p.d); break;
      case 'M': out += n >= 2 ? pad(p.M, 2) : String(p.M); break;
      case 'm': {
        const v = afterHour ? p.m : p.M;
        out += n >= 2 ? pad(v, 2) : String(v);
        break;
      }
      case 'H': case 'h': out += n >= 2 ? pad(p.H, 2) : String(p.H); break;
      case 's': out += n >= 2 ? pad(p.s, 2) : String(p.s); break;
      default: out += tok;
    }
    if ('Hh'.includes(ch)) afterHour = true;
    else if ('ydMms'.includes(ch)) afterHour = false;
  }
  return out;
}

function formatNumber(n: number, pattern: string | undefined): string {
  const fixed = pattern && /^[#,]*0(\.0+)?$/.exec(pattern);
  if (fixed) {
    const decimals = fixed[1] ? fixed[1].length - 1 : 0;
    const s = n.toFixed(decimals);
    return pattern.includes(',') ? Number(s).toLocaleString('en-US', { minimumFractionDigits: decimals }) : s;
  }
  if (pattern?.endsWith('%')) return `${Math.round(n * 100)}%`;
  return String(n);
}

export function displayValue(value: CellValue, numberFormat: string | undefined, locale: string, timeZone: string): string {
  if (isDate(value)) {
    const pattern = numberFormat && /[dyMHhs]/.test(numberFormat) ? numberFormat : defaultDateFormat(locale);
    return formatDate(value, pattern, timeZone);
  }
  if (typeof value === 'number') return formatNumber(value, numberFormat === DEFAULT_NUMBER_FORMAT ? undefined : numberFormat);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
