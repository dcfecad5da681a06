/**
 * How catalogue names and unit names are found inside what people type: the canonical name
 * (core/names) folded to lower-case words without diacritics or punctuation, so "Mô hình
 * “Ngày không hẹn”", "ngay khong hen" and "NGÀY KHÔNG HẸN." share the words "ngay khong hen".
 * Unit names are also found abbreviated the way Vietnamese documents abbreviate them (P.14,
 * UBMTTQ, Hội LHPN, LĐLĐ): these are the language's conventions, not one campaign's facts.
 */
import { canonicalName } from '../names';
import { fold } from '../validation/fold';

/** Words of a text: folded, every run of non-alphanumerics one space, padded so ` ${phrase} ` finds whole words. */
export function words(s: string): string {
  return ` ${expand(fold(canonicalName(s)).replace(/[^a-z0-9]+/g, ' ').trim())} `;
}

/** Written-out forms of common abbreviations, applied to folded words (both sides of a comparison). */
const ABBREVIATIONS: [RegExp, string][] = [
  [/ p ?(\d{1,2}) /g, ' phuong $1 '],
  [/ ub ?mttq /g, ' uy ban mttq '],
  [/ mat tran to quoc /g, ' mttq '],
  [/ (hoi )?lhpn /g, ' hoi lien hiep phu nu '],
  [/ hoi phu nu /g, ' hoi lien hiep phu nu '],
  [/ ldld /g, ' lien doan lao dong '],
  [/ ubnd /g, ' uy ban nhan dan '],
  [/ ccb /g, ' cuu chien binh '],
  [/ viet nam /g, ' '],
];

function expand(w: string): string {
  let out = ` ${w} `;
  // Twice: a replacement consumes the space the next match would start with.
  for (let i = 0; i < 2; i++) for (const [re, to] of ABBREVIATIONS) out = out.replace(re, to);
  return out.trim().replace(/ +/g, ' ');
}

/**
 * The word keys a unit is recognised by: its whole name, and without the place it belongs to
 * ("quan 3"), a trailing number ("Quận Đoàn 3") or a leading "Ủy ban"/"Hội" ("MTTQ", "Liên hiệp
 * phụ nữ"). A ward ("Phường 14") keeps its number: it is the name.
 */
export function unitKeys(name: string, place: string): string[] {
  const full = words(name).trim();
  const keys = new Set([full]);
  const placeWords = words(place).trim();
  const add = (k: string) => { if (k.includes(' ') || /^[a-z]{4,}$/.test(k)) keys.add(k); };
  for (const k of [...keys]) if (placeWords && k.endsWith(` ${placeWords}`)) add(k.slice(0, -placeWords.length - 1));
  for (const k of [...keys]) if (!/^phuong /.test(k)) add(k.replace(/ \d+$/, ''));
  for (const k of [...keys]) add(k.replace(/^(uy ban|hoi) /, ''));
  return [...keys].filter(Boolean);
}

/** Where ` ${phrase} ` first occurs in padded words, or -1. */
export const at = (text: string, phrase: string): number => text.indexOf(` ${phrase} `);
