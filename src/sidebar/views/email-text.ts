/**
 * E-mail addresses in the panel's text. Left to the browser, a long address breaks at its hyphens
 * ("phuong-" / "1@example.org"); here an address is cut into parts after each '@' and '.', each
 * part kept whole on its line unless it alone is wider than the panel (.email-part in styles.css),
 * so a line ends after '@' or '.' (or, inside a part wider than the panel, before a hyphen), and
 * copying the text still gives the address as typed.
 */
import { h, type Child } from '../dom';

/** An address as it appears in the add-on's messages: no spaces, an '@', a dotted domain. */
const ADDRESS = /[^\s,;:<>()[\]“”"'’]+@[^\s,;:<>()[\]“”"'’@]+\.[A-Za-z]{2,}/g;

export function email(address: string): HTMLElement {
  const parts = address.match(/[^@.]+[@.]?|[@.]/g) ?? [address];
  return h('span', { class: 'email' }, ...parts.flatMap((p, i) => [i ? h('wbr', {}) : null, h('span', { class: 'email-part' }, ...segments(p))]));
}

/**
 * A part wider than the panel breaks inside; left to the browser it breaks after a hyphen, which reads as a word
 * hyphenated ("…cong-ich-" / "quan-3@"). Its pieces, each a box from one hyphen to the next, break before a hyphen instead.
 */
function segments(part: string): (string | HTMLElement)[] {
  if (!part.includes('-')) return [part];
  return (part.match(/-?[^-]+|-/g) ?? [part]).map((s) => h('span', { class: 'email-seg' }, s));
}

/** `text` with every address in it shown by email(). */
export function withEmails(text: string): Child[] {
  const out: Child[] = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    out.push(text.slice(at, m.index), email(m[0]));
    at = m.index + m[0].length;
  }
  out.push(text.slice(at));
  return out.filter((c) => c !== '');
}
