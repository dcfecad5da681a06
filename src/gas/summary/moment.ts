/** "Now" for the summary in the campaign's time zone (Asia/Ho_Chi_Minh), from the script's clock. */
import { toLocalDate } from '../../core/dates';
import type { Moment } from '../../core/summary';

/** "HH:mm dd/MM/yyyy" in the campaign's zone: how Tổng hợp, Báo cáo and the last change print a time. */
export function stampOf(date: Date, timeZone: string): string {
  return Utilities.formatDate(date, timeZone, 'HH:mm dd/MM/yyyy');
}

export function momentNow(timeZone: string): Moment {
  const now = new Date();
  return { today: toLocalDate(now, timeZone), stamp: stampOf(now, timeZone) };
}
