/**
 * The refresh after an edit of one unit tab: that unit's Tổng hợp row, the blocks above the table
 * (totals, alerts, stamp) and its block of Danh sách mô hình. Constant service calls per edit,
 * whatever the number of units: the unit's row is at a fixed position (its order in Cấu hình),
 * the table is read in one getValues to recompute totals, the models' unit column in one more.
 * Anything unexpected (no summary yet, the unit moved in Cấu hình) falls back to a full rebuild.
 */
import type { Campaign } from '../../core/campaign';
import type { SheetValue } from '../../core/unit-tab/entry';
import { factsOfRow, literal, modelRows, summaryLayout, summaryTop, unitRow, type Moment, type UnitSummary } from '../../core/summary';
import { recordLastChange } from './last-change';
import { EDIT_LOCK_WAIT_MS, clearPending, markPending, pendingUnits, withSummaryLock } from './lock';
import { loadCampaign, summarizeTab, unitOfSheet } from './collect';
import { momentNow } from './moment';
import { rebuildSummary_ } from './rebuild';
import { findSummarySheets } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RefreshOutcome = 'refreshed' | 'rebuilt' | 'pending' | 'not-a-unit-tab';

/**
 * For the on-edit handler: `campaign` and `unitName` may be passed when the caller has read Cấu hình
 * and the tab's metadata already (each saves a round trip).
 * Without the lock the unit is marked pending and nothing is written.
 */
export function refreshUnitInSummary_(ss: Spreadsheet, sheet: Sheet, campaign?: Campaign, unitName?: string, grid?: SheetValue[][]): RefreshOutcome {
  const unit = unitName ?? unitOfSheet(sheet);
  if (!unit) return 'not-a-unit-tab';
  const c = campaign ?? loadCampaign(ss);
  if (!c.units.some((u) => u.name === unit)) return 'not-a-unit-tab';
  const now = momentNow(c.timeZone);
  recordLastChange(unit, now.stamp);
  const run = withSummaryLock(EDIT_LOCK_WAIT_MS, () => refreshLocked(ss, c, unit, sheet, now, grid));
  if (!run.ok) {
    markPending(unit);
    return 'pending';
  }
  return run.value;
}

function refreshLocked(ss: Spreadsheet, c: Campaign, unit: string, sheet: Sheet, now: Moment, grid?: SheetValue[][]): RefreshOutcome {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const pending = pendingUnits(props).filter((u) => u !== unit);
  const found = findSummarySheets(ss);
  // Pending units' tabs would need the tracking finder; the rare case is left to a full rebuild.
  if (!found.summary || !found.models || pending.length > 0) {
    rebuildSummary_(ss);
    return 'rebuilt';
  }
  const s = summarizeTab(c, unit, sheet, now, props[`dvk.lastChange.${unit}`] ?? now.stamp, grid);
  if (!writeSummaryRow(found.summary, c, s, now) || !writeModelBlock(found.models, c, s)) {
    rebuildSummary_(ss);
    return 'rebuilt';
  }
  clearPending([unit].filter((u) => props[`dvk.summary.pending.${u}`]));
  return 'refreshed';
}

/** False when the table is not laid out as Cấu hình says (then only a full rebuild is right). */
function writeSummaryRow(sheet: Sheet, c: Campaign, s: UnitSummary, now: Moment): boolean {
  const l = summaryLayout(c);
  const index = c.units.findIndex((u) => u.name === s.unit);
  let table: unknown[][];
  try {
    table = sheet.getRange(l.tableStart, 1, l.units, l.width).getValues();
  } catch {
    return false; // the sheet is smaller than the layout: someone cut it down
  }
  const facts = table.map((r) => factsOfRow(c, r));
  if (facts.some((f, i) => f?.unit !== c.units[i].name)) return false;
  facts[index] = s;
  const top = summaryTop(c, facts as NonNullable<(typeof facts)[number]>[], now, l);
  sheet.getRange(1, 1, top.length, l.width).setValues(top);
  const row = unitRow(s);
  sheet.getRange(l.tableStart + index, 1, 1, row.length).setValues([row]);
  return true;
}

/**
 * The unit's rows are one contiguous block in Cấu hình's unit order: resize it with
 * insertRowsAfter / deleteRows, then one setValues.
 */
function writeModelBlock(sheet: Sheet, c: Campaign, s: UnitSummary): boolean {
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return false;
  const names = lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, 1).getValues().map((r) => String(r[0])) : [];
  const key = literal(s.unit);
  const order = new Map(c.units.map((u, i) => [literal(u.name), i]));
  const mine = order.get(key)!;
  let first = names.findIndex((n) => n === key || n === s.unit);
  let count = first < 0 ? 0 : names.filter((n) => n === key || n === s.unit).length;
  if (first < 0) {
    const after = names.findIndex((n) => (order.get(n) ?? order.get(literal(n)) ?? -1) > mine);
    first = after < 0 ? names.length : after;
  }
  const rows = modelRows(c, s);
  const at = first + 2;
  if (rows.length > count) sheet.insertRowsAfter(at + count - 1, rows.length - count);
  if (rows.length < count) sheet.deleteRows(at + rows.length, count - rows.length);
  count = rows.length;
  if (count > 0) sheet.getRange(at, 1, count, rows[0].length).setValues(rows);
  return true;
}

/**
 * The same refresh by sheet id, as a top-level function (the trailing _ keeps it private in Apps
 * Script: google.script.run cannot call it) for the local emulator's tests and benchmarks.
 */
export function refreshUnitTab_(sheetId: number): RefreshOutcome {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetById(Number(sheetId));
  return sheet ? refreshUnitInSummary_(ss, sheet) : 'not-a-unit-tab';
}
