/**
 * What the rebuild last applied of the summary sheets' looks (format.ts, models-filter.ts), kept in
 * one spreadsheet-level developer metadata entry that the file's layout read brings with no call:
 * a digest of the sheets' ids and Tổng hợp's layout. A rebuild whose layout is unchanged leaves
 * the looks alone (they are what it applied: 15 SpreadsheetApp calls saved). What a coordinator
 * changes by hand (a width, a deleted chart) is kept until the layout changes; the filter of Danh
 * sách mô hình is not a look: it is checked on every rebuild (models-filter.ts).
 */
import type { SummaryLayout } from '../../core/summary';
import type { FileLayout } from '../setup/file-layout';

export const LOOK_KEY = 'dvk.summary.look';
/** Bump when format.ts applies something new, so every file gets it on its next rebuild. */
const LOOK_VERSION = 2;

/** The digest of what format.ts applies to these sheets for this layout. */
export function lookOf(l: SummaryLayout, ids: { summary: number; models: number }, modelsWidth: number): string {
  return fnv1a(JSON.stringify([LOOK_VERSION, ids.summary, ids.models, modelsWidth, l]));
}

/** The entries holding a look (normally one), and the digest the first says. */
export function storedLook(layout: FileLayout): { look: string | null; ids: number[] } {
  const entries = layout.metadata.filter((m) => m.on === undefined && m.key === LOOK_KEY);
  return { look: entries[0]?.value ?? null, ids: entries.map((e) => e.id) };
}

/** 32-bit FNV-1a as 8 hex digits: a short digest, so the entry stays small in the file's 30,000-character metadata. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
