/**
 * Reads what people write in "Thời gian thực hiện" into a span of days, before any check against
 * the campaign's period. Text is folded (no case, no diacritics), then read as one piece or as a
 * range of pieces ("Từ 07/5 đến 02/7/2021", "tháng 5 - 6/2021"); missing months and years are
 * taken from the neighbouring piece, else the campaign's year.
 */
import { lastDayOfMonth, makeLocalDate, type LocalDate } from '../dates';
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
const RECURRING = /^(thuong xuyen|hang (ngay|tuan|thang|quy|nam)|dinh ky|lien tuc|quanh nam|suot (nam|thoi gian|dot|qua trinh)|ca nam|trong nam|(ca )?(2|hai|cac) dot|tat ca cac dot)\b|^nam$/;

export function normaliseTimeText(raw: string): string {
  return fold(raw)
    .replace(/->|[–—−~→]/g, '-')
    .replace(/^[\s\-*•+]+/, '')
    .replace(/[.;,\s]+$/, '')
    .replace(/\b(\d{1,2})\s*thang\s*(\d{1,2})\b/g, '$1/$2')
    .replace(/\b(\d{1,2}|[ivx]+)\s*nam\s*(\d{4})\b/g, '$1/$2')
    // "ngày" before a date is noise, but "hàng ngày" is recurring work: RECURRING must still see it.
    .replace(/(?<!\bhang )\b(ngay|het|thoi gian)\b:?/g, ' ')
    .replace(/^\s*(tu|trong|vao|bat dau)\b/, ' ')
    .replace(/^\s*ca\s+nam\s+(\d{4})$/, 'nam $1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseTimeText(raw: string, ctx: TextContext): Span | TextFailure {
  const s = normaliseTimeText(raw);
  if (!s || s.length > MAX_LENGTH) return { failed: 'unreadable' };
  const named = ctx.rounds.find((r) => fold(r.name) === s);
  if (named) return roundSpan(named);
  if (RECURRING.test(s) && !/^ca nam \d{4}$/.test(s)) return wholePeriodSpan(ctx.rounds);
  const parts = splitParts(s) ?? splitParts(s.replace(/\s*\([^)]*\)\s*/g, ' ').trim()) ?? insideParentheses(s);
  if (!parts) return { failed: 'unreadable' };
  return spanOf(parts, ctx);
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
      return monthsSpan(p.y!, p.m, p.m);
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

function monthsSpan(y: number, from: number, to: number) {
  const start = makeLocalDate(y, from, 1);
  const end = makeLocalDate(y, to, lastDayOfMonth(y, to));
  if (!start || !end) return { failed: 'invalid-date' as const, detail: `năm ${y} không hợp lệ` };
  return { start, end, coarse: true };
}
