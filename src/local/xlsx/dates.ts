/**
 * Time-zone shifts between the model's Dates and the serials in a file.
 * An .xlsx date is a serial with no zone: Sheets writes the wall-clock time of the spreadsheet's
 * time zone. exceljs turns serials into Dates as if that wall time were UTC, so we shift by the
 * zone's offset at that instant (from Intl, so historical offsets of a zone are honoured too).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds to add to a UTC instant to get the wall time in timeZone. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const wholeSeconds = Math.floor(instant / 1000) * 1000;
  return wall - wholeSeconds;
}

/** A model Date (a real instant) → the Date exceljs should write (its wall time as UTC). */
export function instantToWall(d: Date, timeZone: string): Date {
  return new Date(d.getTime() + zoneOffsetMs(timeZone, d.getTime()));
}

/** A Date read by exceljs (wall time as UTC) → the real instant in timeZone. */
export function wallToInstant(wall: Date, timeZone: string): Date {
  const w = wall.getTime();
  const guess = w - zoneOffsetMs(timeZone, w);
  return new Date(w - zoneOffsetMs(timeZone, guess));
}
