/**
 * Where Tổng hợp and Danh sách mô hình are, kept where an edit finds them without a lookup: the
 * hub's SHEETS_TAG (edit-tags.ts), which the edit's one read brings, and the document properties
 * (for a run without that read, and files from before the tag). The edit cache carries a copy to
 * plan the read with. Metadata (sheets.ts) stays the truth: a kept id that no longer opens a
 * sheet, or a write that fails, sends the next edit back to it, and every full rebuild keeps the
 * ids it found.
 */
import { SHEETS_TAG, parseIds, removeTag, setTag, type EditTags } from '../edit-tags';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SHEET_IDS_PROP = 'dvk.summary.sheetIds';

/** `replication`: the Nhân rộng sheet, for a campaign with a catalogue. */
export interface SummarySheetIds { summary: number; models: number; replication?: number }

export function keptSheetIds(props: Readonly<Record<string, string>>): SummarySheetIds | null {
  return parseIds(props[SHEET_IDS_PROP]);
}

export const sameIds = (a: SummarySheetIds | null, b: SummarySheetIds | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes where the ids changed: `was` is what the caller read (the properties, the tags); a place
 * not read is written. Without document properties (the hourly run) only the tag.
 */
export function keepSheetIds(ss: Spreadsheet, ids: SummarySheetIds, was: { props?: Readonly<Record<string, string>>; tags?: EditTags }): void {
  const json = JSON.stringify(ids);
  if (!was.props || was.props[SHEET_IDS_PROP] !== json) PropertiesService.getDocumentProperties()?.setProperty(SHEET_IDS_PROP, json);
  if (!was.tags || !sameIds(was.tags.ids, ids)) setTag(ss, SHEETS_TAG, json);
}

export function forgetSheetIds(ss: Spreadsheet): void {
  PropertiesService.getDocumentProperties()?.deleteProperty(SHEET_IDS_PROP);
  removeTag(ss, SHEETS_TAG);
}
