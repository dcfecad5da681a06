/**
 * "Today" for the local tools (`dvk --today`, the playground's date picker): a coordinator's
 * working morning, 08:00 of that day in the campaign's zone.
 */
import { makeLocalDate } from '../core/dates';
import { fromWallTime } from './emulator/services/tz';

export const LOCAL_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const MORNING_HOUR = 8;

/** null when `isoDay` is not a real YYYY-MM-DD day. */
export function morningOf(isoDay: string, timeZone: string = LOCAL_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!m || !makeLocalDate(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  return new Date(fromWallTime(timeZone, Number(m[1]), Number(m[2]), Number(m[3]), MORNING_HOUR));
}
