/**
 * Reads what people write in "Thời gian thực hiện" into a span of days, before any check against
 * the campaign's period. Text is folded (no case, no diacritics), then read as one piece or as a
 * range of pieces ("Từ 07/5 đến 02/7/2021", "tháng 5 - 6/2021"); missing months and years are
 * taken from the neighbouring piece, else the campaign's year.
 */
import { lastDayOfMonth, makeLocalDate, maxDate, minDate, type LocalDate } from '../dates';
import type { Round } from '../campaign/schema';
import { fold } from './fold';
import { parsePart, type TimePart } from './time-parts';
import { periodOfRounds } from './period';

export interface Span {
  start: LocalDate;
  end: LocalDate;
  /** A side is coarse when written as a month, quarter, year or round rather than a day. */
  coarseStart: boolean;
  coarseEnd: boolean;
  /** Recurring work ("thường xuyên", "hàng tháng"): the whole activity period. */
  wholePeriod?: boolean;
}

export type TextFailure = { failed: 'unreadable' | 'invalid-date'; detail?: string };

export interface TextContext {
  year: number;
  rounds: readonly Round[];
}

/** Longer texts are not dates; capping keeps the range search cheap on pasted paragraphs. */
const MAX_LENGTH = 120;

/**
 * Recurring or year-long work runs for as long as the campaign does: reading "Thường xuyên",
 * "Hàng tháng", "Cả năm", "Quanh năm" as the whole activity period is what the unit means, and
 * anything narrower would wrongly drop one of the rounds from the summary.
 */
const RECURRING = /^(thuong xuyen|(hang|moi) (ngay|tuan|thang|quy|nam)|dinh ky|lien tuc|quanh nam|suot (nam|thoi gian|dot|qua trinh)|ca nam|trong nam|(ca )?(2|hai|cac) dot|tat ca cac dot)\b|^nam$/;

/** A weekday or a day of the month that comes back: "Thứ 7 hàng tuần", "Sáng chủ nhật hằng tuần", "15 hàng tháng". */
const RECURRING_DAY = /^((sang|chieu|toi|buoi|cac|vao) )*(thu (hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|cn|\d{1,2}(?= ))\b.*\b(hang|moi) (tuan|thang|quy)\b/;

/** "6 tháng cuối năm", "nửa đầu năm 2021", "cuối năm": a run of months from the start or the end of the year. */
function yearPart(_: string, n: string | undefined, half: string | undefined, side: string, y: string | undefined): string {
  const count = Math.min(12, Number(n ?? (half ? 6 : 3))) || 3;
  const [from, to] = side === 'dau' ? [1, count] : [13 - count, 12];
  return `thang ${from} - ${to}${y ? `/${y}` : ''}`;
}

export function normaliseTimeText(raw: string): string {
  return fold(raw)
    .replace(/->|[–—−~→]/g, '-')
    .replace(/^[\s\-*•+]+/, '')
    .replace(/[.;,\s]+$/, '')
    // "T5-T6/2021", "Th.5" are months; "Q3/2021" is a quarter.
    .replace(/\bth?\.? ?(\d{1,2})\b/g, 'thang $1')
    .replace(/\bq\.? ?(\d|[ivx]+)\b/g, 'quy $1')
    .replace(/\b(?:(\d{1,2}) thang |(nua) )?(dau|cuoi) nam\b(?: (\d{4}))?/, yearPart)
    .replace(/\b(?:mua )?he\b(?: (\d{4}))?/, (_, y) => `thang 6 - 8${y ? `/${y}` : ''}`)
    // "Dịp lễ 2/9/2021", "Nhân dịp Quốc khánh 2/9": the occasion's date is what counts.
    .replace(/^(nhan |vao )?(dip|le)\b\D*(?=\d)/, '')
    .replace(/\b(\d{1,2})\s*thang\s*(\d{1,2})\b/g, '$1/$2')
    .replace(/\b(\d{1,2}|[ivx]+)\s*nam\s*(\d{4})\b/g, '$1/$2')
    // "ngày" before a date is noise, but "hàng ngày" is recurring work: RECURRING must still see it.
    // (Matched with "hang " taken along rather than by a lookbehind, which older engines cannot parse.)
    .replace(/(\bhang )?\b(ngay|het|thoi gian)\b:?/g, (m, hang) => (hang ? m : ' '))
    .replace(/^\s*((tu|trong|vao|bat dau)\b *)+/, ' ')
    .replace(/^\s*ca\s+nam\s+(\d{4})$/, 'nam $1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseTimeText(raw: string, ctx: TextContext): Span | TextFailure {
  const s = normaliseTimeText(raw);
  if (!s || s.length > MAX_LENGTH) return { failed: 'unreadable' };
  const named = ctx.rounds.find((r) => fold(r.name) === s);
  if (named) return roundSpan(named);
  if ((RECURRING.test(s) && !/^ca nam \d{4}$/.test(s)) || RECURRING_DAY.test(s)) return wholePeriodSpan(ctx.rounds);
  // "Từ nay đến 30/9/2021", "Đến hết 30/9", "Trước 30/6": from the start of the period to that day.
  const until = s.match(/^(?:(?:nay|bay gio|hien nay|hien tai) ?(?:den|toi|-)|den|toi|truoc|cham nhat) (.+)$/);
  const parts = readParts(until ? until[1] : s);
  if (!parts) return { failed: 'unreadable' };
  const span = spanOf(parts, ctx);
  if ('failed' in span) return span;
  const period = periodOfRounds(ctx.rounds);
  if (until) return { ...span, start: minDate(period.start, span.end), coarseStart: true };
  // "Từ tháng 7/2021", "Bắt đầu từ 15/7": one piece after "từ" runs on to the end of the period.
  if (parts.length === 1 && /^[\s\-*•+]*(tu|bat dau)\b/.test(fold(raw))) return { ...span, end: maxDate(period.end, span.start), coarseEnd: true };
  return span;
}

function readParts(s: string): TimePart[] | null {
  return splitParts(s) ?? splitParts(s.replace(/\s*\([^)]*\)\s*/g, ' ').trim()) ?? insideParentheses(s);
}

function insideParentheses(s: string): TimePart[] | null {
  const m = s.match(/\(([^)]*)\)/);
  return m ? splitParts(m[1].trim()) : null;
}

function roundSpan(r: Round): Span {
  return { start: r.start, end: r.end, coarseStart: true, coarseEnd: true };
}

function wholePeriodSpan(rounds: readonly Round[]): Span {
  return { ...periodOfRounds(rounds), coarseStart: true, coarseEnd: true, wholePeriod: true };
}

const SEPARATOR = /\s*(?:\bden\b|\btoi\b|\bva\b|[,;&+-])\s*/g;

/**
 * The text as the fewest pieces: whole, or a first piece, a separator and the rest. "-" both
 * separates ranges and dates ("15-05-2021 - 30-06-2021" is two days, not "15", "05", "2021"…), so
 * every split is tried; memoised by offset to stay polynomial on long dash-ridden input.
 */
function splitParts(s: string): TimePart[] | null {
  if (!s) return null;
  const memo = new Map<number, TimePart[] | null>();
  const cuts = [...s.matchAll(SEPARATOR)].map((m) => ({ at: m.index!, next: m.index! + m[0].length }));
  const from = (offset: number): TimePart[] | null => {
    if (memo.has(offset)) return memo.get(offset)!;
    const whole = parsePart(s.slice(offset));
    let best: TimePart[] | null = whole ? [whole] : null;
    for (const cut of cuts) {
      if (best?.length === 1) break;
      if (cut.at <= offset || cut.next >= s.length) continue;
      const head = parsePart(s.slice(offset, cut.at));
      const tail = head && from(cut.next);
      if (head && tail && (!best || tail.length + 1 < best.length)) best = [head, ...tail];
    }
    memo.set(offset, best);
    return best;
  };
  return from(0);
}

type Dated = Exclude<TimePart, { unit: 'bare' }>;

function spanOf(parts: TimePart[], ctx: TextContext): Span | TextFailure {
  const typed = giveBareUnits(parts);
  if (!typed) return { failed: 'unreadable' };
  const filled = fillFromNeighbours(typed, ctx.year);
  const spans: Array<{ start: LocalDate; end: LocalDate; coarse: boolean }> = [];
  for (const p of filled) {
    const one = partSpan(p, ctx);
    if ('failed' in one) return one;
    spans.push(one);
  }
  const first = spans[0];
  const last = spans[spans.length - 1];
  return { start: first.start, end: last.end, coarseStart: first.coarse, coarseEnd: last.coarse };
}

/** "07 - 15/5" reads 07 as a day; "5 - 6/2021" reads 5 as a month; "quý II - III" reads III as a quarter. */
function giveBareUnits(parts: TimePart[]): Dated[] | null {
  const out: Dated[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.unit !== 'bare') {
      out.push(p);
      continue;
    }
    const neighbour = [...parts.slice(i + 1), ...parts.slice(0, i).reverse()].find((q) => q.unit !== 'bare');
    const y = p.y === undefined ? {} : { y: p.y };
    if (!neighbour) return null;
    if (neighbour.unit === 'day' && !p.roman && p.y === undefined) out.push({ unit: 'day', d: p.n });
    else if (neighbour.unit === 'month' && !p.roman) out.push({ unit: 'month', m: p.n, ...y });
    else if (neighbour.unit === 'quarter') out.push({ unit: 'quarter', q: p.n, ...y });
    else if (neighbour.unit === 'round' && p.y === undefined) out.push({ unit: 'round', id: p.n });
    else return null;
  }
  return out;
}

/** Missing month (of a day) and year come from the nearest piece to the right, then to the left. */
function fillFromNeighbours(parts: Dated[], campaignYear: number): Dated[] {
  const out = parts.map((p) => ({ ...p }));
  const order = (i: number) => [...out.slice(i + 1), ...out.slice(0, i).reverse()];
  out.forEach((p, i) => {
    if (p.unit === 'day' && p.m === undefined) {
      const src = order(i).find((q) => (q.unit === 'day' || q.unit === 'month') && q.m !== undefined);
      if (src && (src.unit === 'day' || src.unit === 'month')) p.m = src.m;
    }
  });
  out.forEach((p, i) => {
    if ((p.unit === 'day' || p.unit === 'month' || p.unit === 'quarter') && p.y === undefined) {
      const src = order(i).find((q) => q.unit !== 'round' && q.y !== undefined);
      p.y = src && src.unit !== 'round' ? src.y : campaignYear;
    }
  });
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');

function partSpan(p: Dated, ctx: TextContext): { start: LocalDate; end: LocalDate; coarse: boolean } | TextFailure {
  switch (p.unit) {
    case 'day': {
      if (p.m === undefined) return { failed: 'unreadable' };
      const d = makeLocalDate(p.y!, p.m, p.d);
      if (!d) return { failed: 'invalid-date', detail: `ngày ${two(p.d)}/${two(p.m)}/${p.y} không có thật` };
      return { start: d, end: d, coarse: false };
    }
    case 'month':
      if (p.m < 1 || p.m > 12) return { failed: 'invalid-date', detail: `không có tháng ${p.m}` };
      return p.part ? tenDays(p.y!, p.m, p.part) : monthsSpan(p.y!, p.m, p.m);
    case 'quarter':
      if (p.q < 1 || p.q > 4) return { failed: 'invalid-date', detail: `không có quý ${p.q}` };
      return monthsSpan(p.y!, 3 * p.q - 2, 3 * p.q);
    case 'year':
      return monthsSpan(p.y, 1, 12);
    case 'round': {
      const r = ctx.rounds.find((x) => x.id === p.id);
      if (!r) return { failed: 'unreadable', detail: `Chiến dịch không có đợt ${p.id} (chỉ có ${ctx.rounds.map((x) => x.name).join(', ')})` };
      return { start: r.start, end: r.end, coarse: true };
    }
  }
}

/** Đầu/giữa/cuối tháng: days 1–10, 11–20, 21 to the month's end (the usual "thượng/trung/hạ tuần"). */
function tenDays(y: number, m: number, part: 'dau' | 'giua' | 'cuoi') {
  const first = { dau: 1, giua: 11, cuoi: 21 }[part];
  const start = makeLocalDate(y, m, first);
  const end = makeLocalDate(y, m, part === 'cuoi' ? lastDayOfMonth(y, m) : first + 9);
  return start && end ? { start, end, coarse: true } : { failed: 'invalid-date' as const, detail: `năm ${y} không hợp lệ` };
}

function monthsSpan(y: number, from: number, to: number) {
  const start = makeLocalDate(y, from, 1);
  const end = makeLocalDate(y, to, lastDayOfMonth(y, to));
  if (!start || !end) return { failed: 'invalid-date' as const, detail: `năm ${y} không hợp lệ` };
  return { start, end, coarse: true };
}
