/**
 * Date checks that work across realms: the add-on's bundle runs in a node:vm context with its own
 * Date, so `instanceof Date` would miss its dates. The model always holds this realm's Dates.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A copy in this realm (from a Date of any realm). */
export function copyDate(d: Date): Date {
  return new Date(d.getTime());
}
