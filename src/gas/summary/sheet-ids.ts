/**
 * Where Tổng hợp and Danh sách mô hình are, kept in the document properties that an edit's refresh
 * reads anyway: it then skips the spreadsheet metadata read and the Danh sách lookup on every edit.
 * Metadata (sheets.ts) stays the truth: a kept id that no longer opens a sheet, or a write that
 * fails, sends the next edit back to it, and every full rebuild writes the ids it found.
 */
export const SHEET_IDS_PROP = 'dvk.summary.sheetIds';

/** `replication`: the Nhân rộng sheet, for a campaign with a catalogue. */
export interface SummarySheetIds { summary: number; models: number; replication?: number }

export function keptSheetIds(props: Record<string, string>): SummarySheetIds | null {
  try {
    const v = JSON.parse(props[SHEET_IDS_PROP] ?? 'null') as Partial<SummarySheetIds> | null;
    if (!v || typeof v.summary !== 'number' || typeof v.models !== 'number') return null;
    return typeof v.replication === 'number' ? { summary: v.summary, models: v.models, replication: v.replication } : { summary: v.summary, models: v.models };
  } catch {
    return null; // a damaged value: the sheets are looked up again
  }
}

/** Writes only when the ids changed; `props` is what the caller read (no read of its own). */
export function keepSheetIds(props: Record<string, string>, ids: SummarySheetIds): void {
  const json = JSON.stringify(ids);
  if (props[SHEET_IDS_PROP] !== json) PropertiesService.getDocumentProperties().setProperty(SHEET_IDS_PROP, json);
}

export function forgetSheetIds(): void {
  PropertiesService.getDocumentProperties()?.deleteProperty(SHEET_IDS_PROP);
}

