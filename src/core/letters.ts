/**
 * Letters and digits of any script, for rules that cut text into words. Built at run time because a
 * RegExp literal with Unicode property escapes (\p{L}, \p{N}) is a syntax error in an engine without
 * them, and one such literal would stop the whole bundle from loading. Such an engine gets ASCII
 * digits and the Latin letters Vietnamese is written in (Latin-1 to Extended-B, where × and ÷ ride
 * along, and Latin Extended Additional). The conformance kit (runtime.regexp-property-escapes)
 * probes which one Apps Script has.
 */
const FALLBACK = '0-9A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff';

function letterClass(body: (letters: string) => string, flags: string): RegExp {
  try {
    return new RegExp(body('\\p{L}\\p{N}'), `u${flags}`);
  } catch {
    return new RegExp(body(FALLBACK), flags);
  }
}

const LETTER_OR_DIGIT = letterClass((l) => `^[${l}]$`, '');

/** Runs of anything but letters and digits (global: for replace). */
export const NON_LETTER_RUNS = letterClass((l) => `[^${l}]+`, 'g');

export const isLetterOrDigit = (c: string): boolean => LETTER_OR_DIGIT.test(c);
