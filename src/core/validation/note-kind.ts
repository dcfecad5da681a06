/**
 * Ghi chú: the form's footnote asks each row to say whether the model is continued (tiếp tục thực
 * hiện), replicated (nhân rộng) or new (mô hình mới). People write it freely — "MH mới",
 * "Tiep tuc", "Nhân rộng từ Phường 9" — so the kind is read from the start of the text, using the
 * campaign's labels and aliases, and whatever follows is kept as the detail.
 */
import type { Campaign, NoteKindKey } from '../campaign/schema';
import { foldChar } from './fold';
import { isLetterOrDigit } from '../letters';
import { canonicalName, nameKey } from '../names';

export interface NoteKindReading {
  kind: NoteKindKey;
  /** What follows the kind: "từ Phường 9", "năm 2020". */
  detail?: string;
}

/** "Mô hình nhân rộng", "MH được nhân rộng": the kind after a leading "mô hình". */
const MODEL_PREFIX = /^(mô hình|mo hinh|mh|m\.h\.?)\s*(được\s+|duoc\s+)?/;

/** Readings per campaign and text: a check meets the same few Ghi chú texts on thousands of rows. */
const readings = new WeakMap<Campaign, Map<string, NoteKindReading | null>>();

export function normalizeNoteKind(value: unknown, campaign: Campaign): NoteKindReading | null {
  if (typeof value !== 'string') return null;
  let known = readings.get(campaign);
  if (!known) readings.set(campaign, (known = new Map()));
  if (known.size > 20_000) known.clear();
  if (!known.has(value)) known.set(value, readNoteKind(value, campaign));
  const r = known.get(value)!;
  return r && { ...r };
}

function readNoteKind(value: string, campaign: Campaign): NoteKindReading | null {
  const original = Array.from(canonicalName(value).replace(/^[\s\-–*•+."'“”]+/, '').trim());
  const lower = original.map((c) => c.toLocaleLowerCase('vi'));
  const starts = [0];
  const prefix = lower.join('').match(MODEL_PREFIX);
  if (prefix) starts.push(Array.from(prefix[0]).length);
  const best = starts.map((start) => longestKindAt(lower, start, campaign)).find((m) => m !== null) ?? null;
  if (!best) return null;
  const detail = original.slice(best.end).join('').replace(/^[\s:,;.\-–(]+/, '').replace(/[)\s.;,]+$/, '');
  return detail ? { kind: best.kind, detail } : { kind: best.kind };
}

function longestKindAt(lower: string[], start: number, campaign: Campaign): { kind: NoteKindKey; end: number } | null {
  let best: { kind: NoteKindKey; end: number } | null = null;
  for (const k of campaign.noteKinds) {
    for (const phrase of [k.label, ...k.aliases]) {
      const p = Array.from(nameKey(phrase));
      const end = start + p.length;
      if (p.length && matchesAt(lower, start, p) && (!best || end > best.end)) best = { kind: k.key, end };
    }
  }
  return best;
}

/**
 * Each typed character equals the phrase's, or is it without diacritics ("tiep tục" matches
 * "tiếp tục"), but a different diacritic does not match: "môi trường" is not "mới".
 */
function matchesAt(text: string[], start: number, phrase: string[]): boolean {
  if (start + phrase.length > text.length) return false;
  for (let i = 0; i < phrase.length; i++) {
    const c = text[start + i];
    if (c !== phrase[i] && c !== foldChar(phrase[i])) return false;
  }
  const next = text[start + phrase.length];
  return next === undefined || !isLetterOrDigit(next);
}

export function noteKindLabel(campaign: Campaign, kind: NoteKindKey): string {
  return campaign.noteKinds.find((k) => k.key === kind)!.label;
}

/** "“tiếp tục thực hiện”, “nhân rộng” hoặc “mô hình mới”" for messages. */
export function acceptedNoteKinds(campaign: Campaign): string {
  const labels = campaign.noteKinds.map((k) => `“${k.label}”`);
  return `${labels.slice(0, -1).join(', ')} hoặc ${labels[labels.length - 1]}`;
}
