/**
 * The one canonical form of a name a person typed (a unit, a tab, a coordinator's label): every
 * comparison of names in the add-on, the CLI and the playground goes through here, so "Phường 9"
 * typed composed (NFC) or decomposed (NFD, as some keyboards and copy-paste give it), with a
 * zero-width character, a no-break space or a double space is the same name, and two spellings
 * never make two units or two tabs.
 */
import { fold } from './validation/fold';
import { memoText } from './memo-text';

/**
 * Characters that render as nothing: soft hyphen, Mongolian vowel separator, zero-width space /
 * non-joiner / joiner, LRM/RLM and the bidi embeddings, word joiner and invisible operators, the
 * bidi isolates, and the BOM (zero-width no-break space). Written as escapes, not a Unicode
 * property class (\p{Cf}), so the bundle needs no RegExp Unicode property support.
 */
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/** NFC, invisible characters removed, every run of white space (NBSP, U+2000–U+200A, U+3000 …) one space, trimmed. */
export function canonicalName(s: string): string {
  const t = String(s);
  // normalize is ES2015 and Apps Script's V8 has it; without it, composed text (what keyboards give) still compares.
  return (typeof t.normalize === 'function' ? t.normalize('NFC') : t).replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** The key two names are compared by: the canonical form, lower-cased (Sheets and people treat case alike). */
export function nameKey(s: string): string {
  return lowerKey(String(s));
}
const lowerKey = memoText((s) => canonicalName(s).toLocaleLowerCase('vi'));

/**
 * Natural order of names, the one comparator every list of units uses (Tổng hợp, the digest, the
 * sidebar): runs of digits compare as numbers, so "Phường 2" comes before "Phường 10" and numbered
 * wards before named ones; the rest compares as Vietnamese text, case and spelling canonical.
 */
export function compareNames(a: string, b: string): number {
  return compareParts(partsOf(a), partsOf(b));
}

/** Items in compareNames' order, each name cut into its runs once (a sort compares each name about log n times). */
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[] {
  return items.map((item) => ({ item, parts: partsOf(name(item)) })).sort((a, b) => compareParts(a.parts, b.parts)).map((k) => k.item);
}

const partsOf = (s: string): string[] => nameKey(s).match(/\d+|\D+/g) ?? [];

/**
 * Made once: localeCompare(y, 'vi') is `new Intl.Collator('vi').compare(x, y)` (ECMA-402), and
 * building the collator is most of a comparison's cost.
 */
const collate = new Intl.Collator('vi').compare;

/** Runs in turn; two equal runs compare equal whatever they hold (most of a sorted list's runs: "phường "). */
function compareParts(x: readonly string[], y: readonly string[]): number {
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    if (x[i] === y[i]) continue;
    const d = /^\d/.test(x[i]) && /^\d/.test(y[i]) ? Number(x[i]) - Number(y[i]) : collate(x[i], y[i]);
    if (d) return d;
  }
  return x.length - y.length;
}

/** True when two typed names denote the same thing. */
export const sameName = (a: string, b: string): boolean => nameKey(a) === nameKey(b);

/** The item whose name is `name` in canonical form (the first, should a list hold two). */
export function findNamed<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  const k = nameKey(name);
  return items.find((x) => nameKey(x.name) === k);
}

/**
 * A looser key, only for recognising a tab the add-on does not track (a hint that is reported, never
 * a reason to write over a tracked tab): the name key with diacritics folded, "P." / "P " before a
 * number read as "Phường" and "Q." as "Quận", leading zeros and punctuation dropped, so "P.05",
 * "phuong 5" and "Phường  5" all read as Cấu hình's "Phường 5".
 */
export function looseNameKey(s: string): string {
  return fold(canonicalName(s))
    .replace(/(^|[^a-z0-9])p\s*\.\s*/g, '$1phuong ')
    .replace(/(^|[^a-z0-9])q\s*\.\s*/g, '$1quan ')
    .replace(/(^|[^a-z0-9])([pq])\s*(?=\d)/g, (_, pre: string, l: string) => `${pre}${l === 'p' ? 'phuong' : 'quan'} `)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/(^| )0+(?=\d)/g, '$1')
    .trim();
}
