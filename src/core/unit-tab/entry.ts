/**
 * One row of a unit's registration table as read from its tab, before validation. Shared by the
 * tab reader (template layout), validation, summary and reminders.
 */
import type { ColumnKey } from '../campaign';

/** A cell value as SpreadsheetApp returns it: '' when empty, Date for date cells. */
export type SheetValue = string | number | boolean | Date;

export interface RawEntry {
  /** Content (nội dung) id the row sits under. */
  content: number;
  /** 1-based row on the sheet, as a person sees it ("Dòng 12"). */
  row: number;
  cells: Record<ColumnKey, SheetValue>;
}
