/**
 * A time zone's offset from UTC, asked of Utilities.formatDate once per day concerned and then
 * applied in plain JavaScript: a full read of the unit tabs turns thousands of date cells into
 * Dates, and one formatDate per cell (a call into Apps Script's host each) was most of the read's
 * in-engine time. A day whose offset differs at its two ends (a daylight-saving change) is asked
 * per instant, as before. The cache lives as long as the execution (the bundle's module scope).
 */
const DAY_MS = 86_400_000;
/** Offsets known, by zone and UTC day; null for a day the offset changes in. */
const byDay = new Map<string, number | null>();

/** The instant's wall time in `timeZone`, as if that wall time were UTC, in milliseconds. */
function wallAsUtc(ms: number, timeZone: string): number {
  const s = Utilities.formatDate(new Date(ms), timeZone, 'yyyy-MM-dd HH:mm:ss');
  const [y, mo, da, h, mi, se] = s.split(/[- :]/).map(Number);
  const t = new Date(Date.UTC(2000, mo - 1, da, h, mi, se));
  t.setUTCFullYear(y);
  return t.getTime() + ((ms % 1000) + 1000) % 1000;
}

/** Milliseconds to add to an instant to get its wall time in `timeZone` (seconds kept: old zones had LMT offsets). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const day = Math.floor(ms / DAY_MS);
  const key = `${timeZone}|${day}`;
  let known = byDay.get(key);
  if (known === undefined) {
    const start = day * DAY_MS;
    const first = wallAsUtc(start, timeZone) - start;
    const last = wallAsUtc(start + DAY_MS - 1000, timeZone) - (start + DAY_MS - 1000);
    known = first === last ? first : null;
    byDay.set(key, known);
  }
  return known ?? wallAsUtc(ms, timeZone) - ms;
}

/** The instant whose wall time in `timeZone` is `wallMs` (a wall time written as UTC). */
export function instantOfWall(wallMs: number, timeZone: string): number {
  let ms = wallMs;
  // Twice: a first guess across an offset change lands on the other side of it.
  for (let i = 0; i < 2; i++) ms = wallMs - zoneOffsetMs(ms, timeZone);
  return ms;
}
