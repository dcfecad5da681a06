/**
 * Thời gian thực hiện: what a unit wrote (a date cell, "15/5/2021", "tháng 5 - 6/2021",
 * "Quý III/2021", "Đợt 1", "Thường xuyên"…) read into days inside the campaign's activity period.
 *
 * Precision decides strictness: a side written as a day must lie inside the period; a side written
 * as a month, quarter, year or round is clipped to it, because "Tháng 5/2021" in a campaign that
 * starts on 07/05 means "from the start, in May", not "from 01/05". A span that does not touch the
 * period at all, or a day outside it, is an error that says what was read.
 */
import type { Campaign, LocalDate } from '../campaign/schema';
import type { SheetValue } from '../unit-tab/entry';
import { formatVnDate, maxDate, minDate, toLocalDate, addDays } from '../dates';
import { parseTimeText, type Span } from './time-text';
import { periodOfRounds } from './period';

export type TimeReading =
  | { ok: true; start: LocalDate; end: LocalDate; rounds: number[]; read: string }
  | { ok: false; reason: 'unreadable' | 'out-of-period' | 'invalid-date'; read?: string; message: string };

/** First round's start to last round's end. */
export function activityPeriod(campaign: Campaign): { start: LocalDate; end: LocalDate } {
  return periodOfRounds(campaign.rounds);
}

export function formatRange(start: LocalDate, end: LocalDate): string {
  return start === end ? formatVnDate(start) : `${formatVnDate(start)} – ${formatVnDate(end)}`;
}

/** Ids of the rounds whose activity period overlaps [start, end]. */
export function roundsOverlapping(campaign: Campaign, start: LocalDate, end: LocalDate): number[] {
  return campaign.rounds.filter((r) => r.start <= end && r.end >= start).map((r) => r.id);
}

/**
 * Readings already made, by campaign and by what the cell held: a check of every tab reads the
 * same few texts ("Tháng 5 - 10/2021", a round's name) thousands of times. Readings are not
 * changed by their users, so one serves every cell that held the same.
 */
const readings = new WeakMap<Campaign, Map<string, TimeReading>>();
const MAX_READINGS = 20_000;

/** Never throws: whatever a cell holds yields a reading or a message for the unit. */
export function readImplementationTime(value: SheetValue, campaign: Campaign): TimeReading {
  const key = value instanceof Date ? `d${value.getTime()}` : `${typeof value}:${String(value)}`;
  let known = readings.get(campaign);
  if (!known || known.size >= MAX_READINGS) readings.set(campaign, (known = new Map()));
  let reading = known.get(key);
  if (!reading) known.set(key, (reading = readTime(value, campaign)));
  return reading;
}

function readTime(value: SheetValue, campaign: Campaign): TimeReading {
  try {
    const span = spanOfValue(value, campaign);
    if ('failed' in span) return failure(span.failed, span.detail, value, campaign);
    return withinPeriod(span, campaign);
  } catch {
    return failure('unreadable', undefined, value, campaign);
  }
}

/** Sheets date serial numbers count days from 30/12/1899; a date cell formatted as a number reads as one. */
const isSerial = (n: number) => Number.isFinite(n) && n >= 36526 && n < 73051; // 2000-01-01 … 2099-12-31

function spanOfValue(value: SheetValue, campaign: Campaign): Span | { failed: 'unreadable' | 'invalid-date'; detail?: string } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { failed: 'invalid-date' };
    const d = toLocalDate(value, campaign.timeZone);
    return { start: d, end: d, coarseStart: false, coarseEnd: false };
  }
  if (typeof value === 'number' && isSerial(value)) {
    const d = addDays('1899-12-30', Math.floor(value));
    return { start: d, end: d, coarseStart: false, coarseEnd: false };
  }
  if (typeof value === 'number' && Number.isInteger(value)) return parseTimeText(String(value), { year: campaign.year, rounds: campaign.rounds });
  if (typeof value !== 'string') return { failed: 'unreadable' };
  return parseTimeText(value, { year: campaign.year, rounds: campaign.rounds });
}

function withinPeriod(span: Span, campaign: Campaign): TimeReading {
  const period = activityPeriod(campaign);
  const read = formatRange(span.start, span.end);
  const periodText = formatRange(period.start, period.end);
  if (span.start > span.end) {
    return { ok: false, reason: 'invalid-date', read, message: `đọc được ${read}: ngày bắt đầu sau ngày kết thúc; hãy ghi ngày bắt đầu trước, ví dụ “${sample(campaign)}”.` };
  }
  const disjoint = span.end < period.start || span.start > period.end;
  const startOutside = span.start < period.start && !span.coarseStart;
  const endOutside = span.end > period.end && !span.coarseEnd;
  if (disjoint || startOutside || endOutside) {
    const where = disjoint ? 'ngoài' : 'có phần ngoài';
    return { ok: false, reason: 'out-of-period', read, message: `đọc được ${read}, ${where} thời gian thi đua ${periodText}; hãy ghi thời gian trong khoảng này, ví dụ “${sample(campaign)}”.` };
  }
  const start = maxDate(span.start, period.start);
  const end = minDate(span.end, period.end);
  const described = span.wholePeriod
    ? `cả thời gian thi đua ${periodText}`
    : start === span.start && end === span.end ? read : `${read}, tính trong thời gian thi đua: ${formatRange(start, end)}`;
  return { ok: true, start, end, rounds: roundsOverlapping(campaign, start, end), read: described };
}

function failure(reason: 'unreadable' | 'invalid-date', detail: string | undefined, value: SheetValue, campaign: Campaign): TimeReading {
  const shown = value instanceof Date ? 'ngày không hợp lệ' : String(value).trim().slice(0, 60);
  if (reason === 'invalid-date') {
    return { ok: false, reason, read: shown, message: `“${shown}”: ${detail ?? 'ngày không có thật'}; hãy sửa lại ngày, ví dụ “${formatVnDate(campaign.rounds[0].start)}”.` };
  }
  const why = detail ? `${detail}. ` : '';
  return { ok: false, reason, message: `không đọc được thời gian “${shown}”. ${why}Hãy ghi theo một trong các mẫu: ${examples(campaign)}.` };
}

/** A range inside the first round, as people write it: an example the reader can copy. */
function sample(campaign: Campaign): string {
  const first = campaign.rounds[0];
  return `${formatVnDate(first.start)} - ${formatVnDate(first.end)}`;
}

/** Examples built from the campaign's own rounds, so next year's messages show next year's dates; each can be copied as is. */
function examples(campaign: Campaign): string {
  const first = campaign.rounds[0];
  const [y, m] = first.start.split('-').map(Number);
  return [formatVnDate(first.start), sample(campaign), `Tháng ${m}/${y}`, `T${m}-T${Math.min(12, m + 1)}/${y}`, `Quý ${Math.ceil(m / 3)}/${y}`, first.name, 'Thứ 7 hàng tuần', 'Thường xuyên']
    .map((e) => `“${e}”`).join(', ');
}
