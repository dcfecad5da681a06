/**
 * Per-spreadsheet settings the hourly trigger must read after SpreadsheetApp.openById: kept as
 * developer metadata on the spreadsheet itself, because document properties are null in a
 * time-driven add-on execution (it has no active document). Every coordinator's sidebar reads the
 * same values, and they travel with the file.
 */
import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function find(ss: Spreadsheet, key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | undefined {
  return ss.getDeveloperMetadata().find((m) => m.getKey() === key);
}

/** The stored JSON, or undefined when absent or unreadable; from `layout` (the spreadsheet's own entries) when the caller read it. */
export function readDocState<T>(ss: Spreadsheet, key: string, layout?: FileLayout | null): T | undefined {
  try {
    const v = layout ? layout.metadata.find((m) => m.on === undefined && m.key === key)?.value : find(ss, key)?.getValue();
    return v ? (JSON.parse(v) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function writeDocState(ss: Spreadsheet, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  const found = find(ss, key);
  if (found) found.setValue(json);
  else ss.addDeveloperMetadata(key, json);
}
