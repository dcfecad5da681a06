/**
 * Utilities: formatDate with the Java SimpleDateFormat letters the add-on uses, sleep on the fake
 * clock, UUIDs and base64.
 * https://developers.google.com/apps-script/reference/utilities/utilities
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html (the pattern letters)
 */
import { randomUUID } from 'node:crypto';
import type { EmulatorContext } from '../context';
import type { FakeClock } from '../clock';
import { wallTime, type WallTime } from './tz';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Java accepts "GMT+7" / "GMT+07:00" as well as IANA names; Intl only the latter. */
function wallIn(ms: number, timeZone: string): WallTime & { offsetMin: number } {
  const gmt = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(timeZone);
  if (gmt) {
    const offsetMin = gmt[1] ? (gmt[1] === '-' ? -1 : 1) * (Number(gmt[2]) * 60 + Number(gmt[3] ?? 0)) : 0;
    return { ...wallTime(ms + offsetMin * 60_000, 'UTC'), offsetMin };
  }
  const w = wallTime(ms, timeZone);
  const offsetMin = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 60_000);
  return { ...w, offsetMin };
}

function field(letter: string, n: number, w: WallTime & { offsetMin: number }, ms: number): string {
  switch (letter) {
    case 'y': return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M': return n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
    case 'd': return pad(w.day, n);
    case 'H': return pad(w.hour, n);
    case 'h': return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm': return pad(w.minute, n);
    case 's': return pad(w.second, n);
    case 'S': return pad(((ms % 1000) + 1000) % 1000, n);
    case 'E': return n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3);
    case 'a': return w.hour < 12 ? 'AM' : 'PM';
    case 'Z': {
      const sign = w.offsetMin < 0 ? '-' : '+';
      const a = Math.abs(w.offsetMin);
      return `${sign}${pad(Math.floor(a / 60), 2)}${pad(a % 60, 2)}`;
    }
    default: throw new Error(`Illegal pattern character '${letter}'`);
  }
}

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  const ms = date.getTime();
  const w = wallIn(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i];
    if (c === "'") {
      // '' is a literal quote, inside or outside 'quoted text'.
      if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new Error('Unterminated quote');
        if (pattern[j] === "'" && pattern[j + 1] === "'") { out += "'"; j += 2; continue; }
        if (pattern[j] === "'") break;
        out += pattern[j++];
      }
      i = j + 1;
    } else if (/[a-zA-Z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      out += field(c, n, w, ms);
      i += n;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Java bytes are signed: -128..127. */
const toSigned = (b: number): number => (b > 127 ? b - 256 : b);

export function createUtilities(ctx: EmulatorContext, clock: FakeClock) {
  const rec = (m: string): void => ctx.calls.record(`Utilities.${m}`);
  const methods = {
    formatDate(date: Date, timeZone: string, format: string) {
      rec('formatDate');
      return formatDate(date, timeZone, format);
    },
    /** Waiting costs emulated time only; how long is recorded too (one 'sleep100ms' per 100 ms begun), for the benchmark to price. */
    sleep(milliseconds: number) {
      rec('sleep');
      const ms = Math.max(0, milliseconds);
      for (let i = 0; i < Math.ceil(ms / 100); i++) rec('sleep100ms');
      clock.advance(ms);
    },
    getUuid() {
      rec('getUuid');
      return randomUUID();
    },
    base64Encode(data: string | number[]) {
      rec('base64Encode');
      const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.map((b) => b & 0xff));
      return buf.toString('base64');
    },
    base64Decode(encoded: string) {
      rec('base64Decode');
      return [...Buffer.from(encoded, 'base64')].map(toSigned);
    },
  } satisfies Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'sleep' | 'getUuid' | 'base64Encode' | 'base64Decode'>;
  return methods;
}
