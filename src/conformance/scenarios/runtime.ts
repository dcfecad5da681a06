/**
 * Runtime probes: Apps Script's V8 is not Node. Each language feature beyond ES2019 that the add-on's
 * bundle uses (found by grepping dist/Code.js) is probed where it could be missing or behave
 * differently. Probes build their code at run time (RegExp, Function) so that a missing feature
 * shows as a failed probe instead of a bundle that does not parse.
 */
import { errorOf, type Json, type Scenario } from '../scenario';

const MDN = 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference';
const V8_RUNTIME = 'https://developers.google.com/apps-script/guides/v8-runtime';

/** The value a probe computes, or its error. */
function probe(fn: () => Json): Json {
  let out: Json = null;
  const err = errorOf(() => { out = fn(); });
  return err === 'no error' ? out : err;
}

export const RUNTIME_SCENARIOS: Scenario[] = [
  {
    id: 'runtime.intl-time-zone-parts',
    behaviour: 'Intl.DateTimeFormat with timeZone Asia/Ho_Chi_Minh and hourCycle h23 gives formatToParts (core/dates, reminders)',
    source: `${MDN}/Global_Objects/Intl/DateTimeFormat/formatToParts`,
    expected: '2021-05-18 00:30',
    observe: () => probe(() => {
      const f = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Ho_Chi_Minh', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
      const p = Object.fromEntries(f.formatToParts(new Date(Date.UTC(2021, 4, 17, 17, 30))).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
    }),
  },
  {
    id: 'runtime.normalize',
    behaviour: "String.prototype.normalize NFC/NFD composes and splits Vietnamese marks (core/names, validation/fold)",
    source: `${MDN}/Global_Objects/String/normalize`,
    expected: [true, 3, 'Phuong'],
    observe: () => probe(() => {
      const nfd = 'Phu\u031bo\u031b\u0300ng';
      return [nfd.normalize('NFC') === 'Phường', 'ệ'.normalize('NFD').length, 'Phường'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')];
    }),
  },
  {
    id: 'runtime.regexp-property-escapes',
    behaviour: 'RegExp Unicode property escapes \\p{L} and \\p{N} with the u flag know Vietnamese letters (core/letters; without them it falls back to a Latin class)',
    source: `${MDN}/Regular_expressions/Unicode_character_class_escape`,
    expected: ['Mô hình 1 Dân vận', true],
    observe: () => probe(() => ['Mô hình  1 — «Dân vận»!'.replace(new RegExp('[^\\p{L}\\p{N}]+', 'gu'), ' ').trim(), new RegExp('^\\p{L}$', 'u').test('ự')]),
  },
  {
    id: 'runtime.regexp-lookbehind',
    behaviour: 'RegExp lookbehind (?<!…) works (the add-on avoids it: validation/time-text matches without one)',
    source: `${MDN}/Regular_expressions/Lookbehind_assertion`,
    expected: 'hang ngay x',
    observe: () => probe(() => 'hang ngay ngay x'.replace(new RegExp('(?<!\\bhang )\\bngay\\b ?', 'g'), '')),
  },
  {
    id: 'runtime.locale-lower-vi',
    behaviour: "toLocaleLowerCase('vi') lowers Vietnamese capitals, and I to i (no Turkish dotless ı)",
    source: `${MDN}/Global_Objects/String/toLocaleLowerCase`,
    expected: ['phường đa kao', 'i'],
    observe: () => probe(() => ['PHƯỜNG ĐA KAO'.toLocaleLowerCase('vi'), 'I'.toLocaleLowerCase('vi')]),
  },
  {
    id: 'runtime.locale-compare-vi',
    behaviour: "localeCompare(…, 'vi') sorts Đ after D and Ă after A (reminders' unit order)",
    source: `${MDN}/Global_Objects/String/localeCompare`,
    expected: ['An', 'Ăn', 'Dung', 'Đông'],
    observe: () => probe(() => ['Đông', 'Dung', 'Ăn', 'An'].sort((a, b) => a.localeCompare(b, 'vi'))),
  },
  {
    id: 'runtime.es2020-syntax',
    behaviour: 'optional chaining and nullish coalescing parse (dist/Code.js is built for ES2020)',
    source: V8_RUNTIME,
    expected: [1, 'd'],
    observe: () => probe(() => Function('const o = { a: null }; return [o.a?.b ?? 1, o.c?.() ?? "d"];')() as Json),
  },
  {
    id: 'runtime.es2019-2020-library',
    behaviour: 'matchAll, flatMap, Object.fromEntries, padStart, trimEnd, globalThis and Array.from over strings exist',
    source: V8_RUNTIME,
    expected: [[1, 4], [1, 1, 2, 2], { a: 1 }, '05', 'x', 'object', ['ệ', 'a']],
    observe: () => probe(() => [[...'a, b; c'.matchAll(/[,;]/g)].map((m) => m.index!), [1, 2].flatMap((x) => [x, x]),
      Object.fromEntries([['a', 1]]), '5'.padStart(2, '0'), 'x  '.trimEnd(), typeof globalThis, Array.from('ệa'.normalize('NFC'))]),
  },
];
