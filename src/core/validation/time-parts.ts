/**
 * One piece of a written time ("15/5/2021", "tháng 5", "quý III/2021", "đợt 2", "07"), already
 * folded to lower-case ASCII by time-text.ts. A range is a sequence of such pieces.
 */

export type TimePart =
  | { unit: 'day'; d: number; m?: number; y?: number }
  /** part: the first, middle or last ten days ("đầu/giữa/cuối tháng 6"). */
  | { unit: 'month'; m: number; y?: number; part?: 'dau' | 'giua' | 'cuoi' }
  | { unit: 'quarter'; q: number; y?: number }
  | { unit: 'year'; y: number }
  | { unit: 'round'; id: number }
  /** A lone number or roman numeral ("07", "iii/2021"): takes the unit of its neighbour. */
  | { unit: 'bare'; n: number; roman: boolean; y?: number };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };

/** Arabic or roman (I–X) to a number; NaN when neither. */
export function numeral(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (ROMAN[s] ?? NaN);
}

/** Two-digit years are read as 20yy, and only inside full dates (15/5/21): "5/21" stays day/month. */
const fullYear = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));
const optYear = (s: string | undefined) => (s === undefined ? {} : { y: Number(s) });

const SEP = String.raw`\s*[/.-]\s*`;
const NUM = String.raw`(\d{1,2}|[ivx]+)`;

const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => TimePart | null]> = [
  [new RegExp(`^(\\d{4})${SEP}(\\d{1,2})${SEP}(\\d{1,2})$`), (m) => ({ unit: 'day', d: +m[3], m: +m[2], y: +m[1] })],
  [new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})${SEP}(\\d{4}|\\d{2})$`), (m) => ({ unit: 'day', d: +m[1], m: +m[2], y: fullYear(m[3]) })],
  [new RegExp(`^(?:(dau|giua|cuoi)\\s*)?thang\\s*(\\d{1,2})(?:${SEP}(\\d{4}))?$`),
    (m) => ({ unit: 'month', m: +m[2], ...optYear(m[3]), ...(m[1] ? { part: m[1] as 'dau' } : {}) })],
  [new RegExp(`^(\\d{1,2})${SEP}(\\d{4})$`), (m) => ({ unit: 'month', m: +m[1], y: +m[2] })],
  [new RegExp(`^(\\d{1,2})${SEP}(\\d{1,2})$`), (m) => ({ unit: 'day', d: +m[1], m: +m[2] })],
  [new RegExp(`^quy\\s*${NUM}(?:${SEP}(\\d{4}))?$`), (m) => ({ unit: 'quarter', q: numeral(m[1]), ...optYear(m[2]) })],
  [/^(?:nam\s*)?(\d{4})$/, (m) => ({ unit: 'year', y: +m[1] })],
  [new RegExp(`^dot\\s*${NUM}$`), (m) => ({ unit: 'round', id: numeral(m[1]) })],
  [new RegExp(`^${NUM}(?:${SEP}(\\d{4}))?$`), (m) => ({ unit: 'bare', n: numeral(m[1]), roman: !/^\d/.test(m[1]), ...optYear(m[2]) })],
];

export function parsePart(s: string): TimePart | null {
  const t = s.trim();
  for (const [re, build] of PATTERNS) {
    const m = t.match(re);
    if (m) {
      const part = build(m);
      if (part && Object.values(part).every((v) => typeof v !== 'number' || Number.isFinite(v))) return part;
    }
  }
  return null;
}
