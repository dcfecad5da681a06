/**
 * "Today" for validation: the calendar day in Vietnam now. Quotas turn from warning to error the
 * day after a registration deadline, and Apps Script's server clock runs in UTC, so the day is taken
 * in the campaign's zone, never the server's. `new Date()` is the emulator's clock under test.
 */
import type { LocalDate } from '../../core/campaign/schema';
import { formatVnDate, toLocalDate } from '../../core/dates';

/** `timeZone`: the campaign's (Cấu hình owns it, Asia/Ho_Chi_Minh by default). */
export function todayLocal(timeZone: string): LocalDate {
  return toLocalDate(new Date(), timeZone);
}

/** dd/MM/yyyy, as the sidebar shows dates. */
export function todayVn(timeZone: string): string {
  return formatVnDate(todayLocal(timeZone));
}
