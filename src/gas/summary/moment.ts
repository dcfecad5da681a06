/** "Now" for the summary in the campaign's time zone (Asia/Ho_Chi_Minh), from the script's clock. */
import { toLocalDate } from '../../core/dates';
import type { Moment } from '../../core/summary';

export function momentNow(timeZone: string): Moment {
  const now = new Date();
  return { today: toLocalDate(now, timeZone), stamp: Utilities.formatDate(now, timeZone, 'HH:mm dd/MM/yyyy') };
}
