/** FNV-1a, 32 bits, base 36: a short, stable digest of a text, no dependency. */
export function digest36(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
