/**
 * core/letters: the letter classes validation cuts words with, and the fallback an engine without
 * RegExp Unicode property escapes gets (Apps Script's V8 is not Node; the conformance kit probes it).
 */
import { readFileSync } from 'node:fs';
import { isLetterOrDigit, NON_LETTER_RUNS } from '../../src/core/letters';

test('Vietnamese letters and digits are word characters; marks, spaces and punctuation are not', () => {
  expect([...'ệĐư9a'].every(isLetterOrDigit)).toBe(true);
  expect([' ', '—', '«', '!', '\u0301'].some(isLetterOrDigit)).toBe(false);
  expect('Mô hình  1 — «Dân vận»!'.replace(NON_LETTER_RUNS, ' ').trim()).toBe('Mô hình 1 Dân vận');
});

test('without property escapes (RegExp refuses the u flag) the fallback class reads Vietnamese the same', () => {
  jest.isolateModules(() => {
    const Native = RegExp;
    const NoUnicode = function (this: unknown, src: string, flags?: string) {
      if (flags?.includes('u')) throw new SyntaxError('Invalid regular expression: /\\p{L}/: Invalid escape');
      return new Native(src, flags);
    } as unknown as RegExpConstructor;
    global.RegExp = NoUnicode;
    try {
      const m = require('../../src/core/letters') as typeof import('../../src/core/letters');
      expect(m.NON_LETTER_RUNS.flags).toBe('g');
      expect([...'ệĐư9aỹ'].every(m.isLetterOrDigit)).toBe(true);
      expect([' ', '—', '!', '\u0301'].some(m.isLetterOrDigit)).toBe(false);
      expect('Mô hình  1 — «Dân vận»!'.replace(m.NON_LETTER_RUNS, ' ').trim()).toBe('Mô hình 1 Dân vận');
    } finally {
      global.RegExp = Native;
    }
  });
});

test('the add-on bundle holds no RegExp literal that an older engine could not parse (property escapes, lookbehind)', () => {
  const code = readFileSync('dist/Code.js', 'utf8');
  // The only \p{…} left is in the string letters.ts hands to new RegExp inside a try.
  const source = '"\\\\p{L}\\\\p{N}"';
  expect(code).toContain(source);
  expect(code.split(source).join('')).not.toMatch(/\\p\{/);
  expect(code).not.toMatch(/\(\?<[!=]/);
});
