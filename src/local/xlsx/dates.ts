/**
 * Time-zone shifts between the model's Dates and the serials in a file.
 * An .xlsx date is a serial with no zone: Sheets writes the wall-clock time of the spreadsheet's
 * time zone. exceljs turns serials into Dates as if that wall time were UTC, so we shift by the
 * zone's offset at that instant (from Intl, so historical offsets of a zone are honoured too).
 */
import { wallTime } from '../emulator/services/tz';

/** Milliseconds to add to a UTC instant to get the wall time in timeZone (whole seconds: Intl shows no less). */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  const w = wallTime(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
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
