/** What a cell holds, as the row rules see it. */
import type { ColumnKey } from '../campaign/schema';
import type { RawEntry, SheetValue } from '../unit-tab/entry';

export function isEmptyCell(v: SheetValue | null | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * A row is an entry when anything but STT is filled: fresh tabs print "1.", "2."… in STT, and a
 * row holding only that number is an unused line of the form, not a half-filled registration.
 */
export function isEntry(e: RawEntry): boolean {
  return (Object.keys(e.cells) as ColumnKey[]).some((k) => k !== 'stt' && !isEmptyCell(e.cells[k]));
}

export function cellText(v: SheetValue | null | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v.trim() : String(v);
}
