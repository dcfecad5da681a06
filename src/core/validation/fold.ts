/**
 * Vietnamese text as people type it: with or without diacritics (tones and vowel marks), any
 * case, composed or decomposed Unicode, stray spaces. Folding maps all of these to one key.
 */

import { nameKey } from '../names';
import { memoText } from '../memo-text';

/** Strips every diacritic of one (lower-case) character: 'ớ' → 'o', 'đ' → 'd'. */
export const foldChar: (c: string) => string = memoText((c) => (c === 'đ' ? 'd' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')));

/** Lower-case ASCII-ish key: "Tiếp  Tục" → "tiep tuc". */
export const fold: (s: string) => string = memoText((s) => Array.from(nameKey(s)).map(foldChar).join(''));
