/**
 * The refresh after an edit of one unit tab: that unit's Tổng hợp row, the blocks above the table
 * (totals, alerts, stamp) and its block of Danh sách mô hình. Constant service calls per edit,
 * whatever the number of units: the unit's row is at a fixed position (its order in Cấu hình),
 * the table is read (with the Sheets API, only each row's hidden facts cell: layout factsColumn) to
 * recompute totals and to place the unit's models (their counts), and every write goes out in one
 * Sheets API batchUpdate (sheets-write.ts). A table without facts cells (laid out by an older
 * version) is rebuilt, which writes them.
 * Anything unexpected (no summary yet, the unit moved in Cấu hình) falls back to a full rebuild.
 * Danh sách mô hình's filter grows with rows inserted inside it; only new rows below the table
 * (the last units with models had none above to insert under) cost calls to remake it.
 */
import type { Campaign } from '../../core/campaign';
import type { SheetValue } from '../../core/unit-tab/entry';
import { ALERT_UNITS, MODEL_COLUMNS, alertUnitsText, deadlineAlerts, digestsCell, digestsOf, factsCell, factsOfCell, factsOfRow, type Grid, isUnitHeader, modelRows, summaryLayout, summaryOrder, summaryTop, unitRow, type Moment, type UnitSummary } from '../../core/summary';
import { recordLastChange } from './last-change';
import { EDIT_LOCK_WAIT_MS, clearPending, markPending, pendingUnits, withSummaryLock } from './lock';
import { loadCampaign, summarizeTab } from './collect';
import { unitOfSheet } from '../setup/tracking';
import { findNamed } from '../../core/names';
import { momentNow } from './moment';
import { extendModelsFilter } from './models-filter';
import { rebuildSummary_ } from './rebuild';
import { findSummarySheets } from './sheets';
import { holds, newWriteBatch, type WriteBatch, type WriteTarget } from '../sheets-write';
import type { BlockAsk } from '../validation/edit-read';
import { changedBoxes } from '../validation/marks';
import { forgetSheetIds, keepSheetIds, keptSheetIds, type SummarySheetIds } from './sheet-ids';
import type { EditTags } from '../edit-tags';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type ApiRequest = GoogleAppsScript.Sheets.Schema.Request;

export type RefreshOutcome = 'refreshed' | 'rebuilt' | 'pending' | 'not-a-unit-tab';

/** A refresh, and the rows Danh sách mô hình's filter must be grown to once the batch is written. */
interface Refresh { outcome: RefreshOutcome; growFilter?: { sheetId: number; rows: number } }

/**
 * For the on-edit handler: `campaign` and `unitName` may be passed when the caller has read Cấu hình
 * and the tab's metadata already (each saves a round trip).
 * Without the lock the unit is marked pending and nothing is written.
 */
export function refreshUnitInSummary_(ss: Spreadsheet, sheet: Sheet, campaign?: Campaign, unitName?: string, grid?: SheetValue[][]): RefreshOutcome {
  const claimed = unitName ?? unitOfSheet(sheet);
  if (!claimed) return 'not-a-unit-tab';
  const c = campaign ?? loadCampaign(ss);
  // From here on the unit is named as Cấu hình names it (its tab's metadata may hold another spelling).
  const unit = findNamed(c.units, claimed)?.name;
  if (!unit) return 'not-a-unit-tab';
  const now = momentNow(c.timeZone);
  const run = withSummaryLock(ss, EDIT_LOCK_WAIT_MS, () => {
    const batch = newWriteBatch(ss);
    const outcome = refreshLocked(ss, c, unit, sheet, now, grid, batch);
    return commitOrRebuild(ss, batch, outcome, unit, now);
  });
  if (!run.ok) {
    leavePending(ss, unit, now);
    return 'pending';
  }
  return run.value;
}

/**
 * What the edit trigger knows before the refresh: the kept ids, the pending units (the document
 * properties, read only when the hub's tags said some may be pending: else none) as it read them
 * just before (a unit marked pending since is left for the next refresh, which finds it still
 * marked), and the hub's tags as its read brought them.
 */
export interface EditKnown {
  ids: SummarySheetIds | null; pending: readonly string[]; tags: EditTags;
  /** Requests for the edit's batchUpdate when the unit's row is refreshed (the pending flag's clear: edit-tags). */
  also?: readonly ApiRequest[];
}

/**
 * For the edit trigger, which already holds the document lock and has queued the tab's marks on
 * `batch`: queues the unit's summary writes there too, then sends the whole edit as one request.
 */
export function refreshUnitWithBatch_(ss: Spreadsheet, sheet: Sheet, c: Campaign, unit: string, grid: SheetValue[][] | undefined, batch: WriteBatch,
  known: EditKnown, shown?: SheetValue[][], tab?: { sheetId: number; name: string }): { outcome: RefreshOutcome; alsoSent: boolean } {
  const now = momentNow(c.timeZone);
  const sent = { also: false };
  const outcome = commitOrRebuild(ss, batch, refreshLocked(ss, c, unit, sheet, now, grid, batch, known, shown, tab), unit, now, known.also, sent);
  return { outcome, alsoSent: sent.also };
}

/**
 * The cells of Tổng hợp a refresh reads, for the edit's one read (validation/edit-read): the blocks
 * above the table but the alerts' lists of units (what they hold follows from the facts:
 * writeSummaryRow), of the table each row's facts cell, and the unit's digests cell. Known once a
 * rebuild or refresh has kept the sheet's id.
 */
export function summaryAsk(kept: SummarySheetIds | null, c: Campaign, unit: string): BlockAsk | undefined {
  if (!kept) return undefined;
  const l = summaryLayout(c);
  const index = summaryOrder(c.units).findIndex((u) => u.name === unit);
  const [alerts, afterAlerts, head, rows] = [l.alertsStart - 1, l.alertsStart - 1 + l.alertRows, l.tableStart - 1, l.tableStart - 1 + l.units];
  const ranges: [number, number, number, number][] = [[0, alerts, 0, l.width], [alerts, afterAlerts, 0, ALERT_UNITS], [afterAlerts, head, 0, l.width],
    [head, rows, l.factsColumn - 1, l.factsColumn]];
  if (index >= 0) ranges.push([head + index, head + index + 1, l.digestsColumn - 1, l.digestsColumn]);
  return { sheetId: kept.summary, rows, width: l.digestsColumn, ranges };
}

/**
 * The edit trigger could not get the lock, or saw the rebuild running: the next refresh that can
 * does this unit too. `flagged`: its read showed the hub's pending flag set already.
 */
export function deferUnitRefresh_(ss: Spreadsheet, c: Campaign, unit: string, flagged = false): void {
  leavePending(ss, unit, momentNow(c.timeZone), flagged);
}

/** The unit's row is not written by this refresh: its last change waits in a property (last-change.ts). */
function leavePending(ss: Spreadsheet, unit: string, now: Moment, flagged = false): void {
  recordLastChange(unit, now.stamp);
  markPending(ss, unit, flagged);
}

/** A full rebuild instead of the unit's row: the rebuild takes the unit's last change from its pending mark. */
function rebuildFor(ss: Spreadsheet, unit: string, now: Moment): void {
  leavePending(ss, unit, now);
  rebuildSummary_(ss);
}

/**
 * A batch that cannot be written (a summary sheet deleted since its id was kept) means a rebuild.
 * `also` rides with a refresh's batch on the API path only; `sent.also` says it went.
 */
function commitOrRebuild(ss: Spreadsheet, batch: WriteBatch, { outcome, growFilter }: Refresh, unit: string, now: Moment,
  also: readonly ApiRequest[] = [], sent = { also: false }): RefreshOutcome {
  try {
    const path = batch.commit(outcome === 'refreshed' ? also : []);
    sent.also = outcome === 'refreshed' && also.length > 0 && path === 'api';
    if (growFilter) extendModelsFilter(ss, growFilter.sheetId, growFilter.rows, MODEL_COLUMNS.length);
    return outcome;
  } catch (e) {
    if (outcome !== 'refreshed') throw e;
    forgetSheetIds(ss);
    rebuildFor(ss, unit, now);
    return 'rebuilt';
  }
}

/**
 * Where the refresh writes Tổng hợp, what it shows from row 1 (null: smaller than the layout), and
 * Danh sách mô hình's id; `asked`: `shown` holds only summaryAsk's cells (the rest read as '').
 */
interface SummaryTarget { summary: WriteTarget; shown: unknown[][] | null; models: number; asked?: boolean }

/**
 * Tổng hợp by the kept id: its rows as the caller read them (`shown`), else opened and read here;
 * Danh sách mô hình by id only (the batch writes it).
 */
function summarySheets(ss: Spreadsheet, kept: SummarySheetIds | null, was: Parameters<typeof keepSheetIds>[2], c: Campaign, shown?: SheetValue[][]): SummaryTarget | null {
  if (kept && shown) return { summary: kept.summary, shown, models: kept.models, asked: true };
  const summary = kept ? ss.getSheetById(kept.summary) : null;
  if (kept && summary) return { summary, shown: readShown(summary, c), models: kept.models };
  const found = findSummarySheets(ss);
  if (!found.summary || !found.models) return null;
  const ids = { summary: found.summary.getSheetId(), models: found.models.getSheetId() };
  keepSheetIds(ss, ids, was);
  return { summary: found.summary, shown: readShown(found.summary, c), models: ids.models };
}

/** From row 1: the blocks above the table come in the same read, so only their changed cells are written. */
function readShown(sheet: Sheet, c: Campaign): unknown[][] | null {
  const l = summaryLayout(c);
  try {
    return sheet.getRange(1, 1, l.tableStart - 1 + l.units, l.digestsColumn).getValues();
  } catch {
    return null; // the sheet is smaller than the layout: someone cut it down
  }
}

/** `known`: what the edit trigger read (EditKnown); without it (a refresh of its own) the document properties are read. */
function refreshLocked(ss: Spreadsheet, c: Campaign, unit: string, sheet: Sheet, now: Moment, grid: SheetValue[][] | undefined, batch: WriteBatch,
  known?: EditKnown, shown?: SheetValue[][], tab?: { sheetId: number; name: string }): Refresh {
  const props = known ? null : PropertiesService.getDocumentProperties().getProperties();
  const all = known ? known.pending : pendingUnits(props!);
  const pending = all.filter((u) => u !== unit);
  // Pending units' tabs would need the tracking finder; the rare case is left to a full rebuild.
  const found = pending.length > 0 ? null : summarySheets(ss, known ? known.ids : keptSheetIds(props!), known ? { tags: known.tags } : { props: props! }, c, shown);
  if (!found) {
    batch.commit();
    rebuildFor(ss, unit, now);
    return { outcome: 'rebuilt' };
  }
  // This refresh writes the unit's last change, now, on its row.
  const s = summarizeTab(c, unit, sheet, now, now.stamp, grid, tab);
  const rows = modelRows(c, s);
  const span = writeSummaryRow(found.summary, found.shown, c, s, rows, now, batch, found.asked);
  if (!span) {
    batch.commit();
    rebuildFor(ss, unit, now);
    return { outcome: 'rebuilt' };
  }
  const filterRows = writeModelBlock(found.models, rows, span, batch);
  clearPending([unit].filter((u) => all.includes(u)));
  return { outcome: 'refreshed', growFilter: filterRows === null ? undefined : { sheetId: found.models, rows: filterRows } };
}

/** Danh sách mô hình's first model row, under its header row. */
const FIRST_MODEL_ROW = 2;

/**
 * The unit's rows of Danh sách mô hình before the edit, their digests as its row's digests cell
 * says (null: unknown, every row is written), and the table's last row (the header's when empty).
 */
interface ModelSpan { first: number; count: number; last: number; digests: string[] | null }

/** The span, and the digests of the unit's rows now (written on its Tổng hợp row). */
interface PlacedSpan extends ModelSpan { next: string[] }

/**
 * Queues the changed cells of the blocks above the table and the unit's row. Returns where the unit's rows of Danh sách
 * mô hình are before this edit, from the table's model counts (Tổng số mô hình, one row per model
 * in summaryOrder: both sheets are written together), or null when the table is not laid
 * out as Cấu hình says (then only a full rebuild is right).
 */
function writeSummaryRow(sheet: WriteTarget, shown: unknown[][] | null, c: Campaign, s: UnitSummary, rows: Grid, now: Moment, batch: WriteBatch, asked = false): PlacedSpan | null {
  if (!shown) return null;
  const l = summaryLayout(c);
  if (!isUnitHeader(l, shown[l.tableHeader - 1])) return null;
  const order = summaryOrder(c.units);
  const index = order.findIndex((u) => u.name === s.unit);
  const table = shown.slice(l.tableStart - 1);
  // A row's facts cell, else (read whole, without one) its cells.
  const facts = table.map((r, i) => factsOfCell(c, r[l.factsColumn - 1], order[i].name) ?? factsOfRow(c, r));
  if (facts.some((f, i) => f?.unit !== order[i].name)) return null;
  const known = facts as NonNullable<(typeof facts)[number]>[];
  const count = known[index].total;
  const digests = digestsOf(table[index][l.digestsColumn - 1]);
  const span = {
    first: FIRST_MODEL_ROW + known.slice(0, index).reduce((n, f) => n + f.total, 0), count,
    last: 1 + known.reduce((n, f) => n + f.total, 0), digests: digests?.length === count ? digests : null,
  };
  // The alerts' lists as the last refresh or rebuild wrote them, with these facts (not read when asked).
  const lists = asked ? deadlineAlerts(c, known, now.today).map(alertUnitsText) : null;
  known[index] = s;
  const top = summaryTop(c, known, now, l);
  const head = shown.slice(0, l.tableStart - 1);
  const was = !lists ? head : head.map((r, i) => (i < l.alertsStart - 1 || i >= l.alertsStart - 1 + l.alertRows ? r
    : r.map((v, j) => (j === ALERT_UNITS ? lists[i - l.alertsStart + 1] : v))));
  for (const b of changedBoxes(was, top, holds)) batch.values(sheet, 1 + b.row, 1 + b.column, b.grid);
  batch.values(sheet, l.tableStart + index, 1, [unitRow(s)]);
  const next = digestsCell(rows);
  batch.values(sheet, l.tableStart + index, l.factsColumn, [[factsCell(s), next]]);
  return { ...span, next: next.split(',') };
}

/**
 * The unit's rows are one contiguous block: resized (rows inserted or deleted), then the rows
 * whose digest differs from the one of the row now at that place are written (all of them when
 * the digests are unknown). Danh sách is written only with its rows' digests (here and by the
 * rebuild); what a hand changed there stays until the next rebuild, which writes what differs.
 * Returns the rows (header included) the filter must cover when new rows fell below it, else null.
 */
function writeModelBlock(models: number, rows: Grid, span: PlacedSpan, batch: WriteBatch): number | null {
  const { first, count, last, digests, next } = span;
  const added = rows.length - count;
  const before = insertionRow(span);
  // Right under the header row (the unit's first models, first in order) they take the look of the row below, not the header's.
  if (added > 0) batch.insertRows(models, before, added, before === FIRST_MODEL_ROW);
  if (added < 0) batch.deleteRows(models, first + rows.length, -added);
  // The digests of the rows as they stand once resized: new rows are blank, deleted ones gone.
  const at = before - first;
  const placed = !digests ? null : added > 0 ? [...digests.slice(0, at), ...Array<string>(added).fill(''), ...digests.slice(at)] : digests.slice(0, rows.length);
  for (let i = 0; i < rows.length;) {
    if (placed && placed[i] === next[i]) { i++; continue; }
    let j = i + 1;
    while (j < rows.length && !(placed && placed[j] === next[j])) j++;
    batch.values(models, first + i, 1, rows.slice(i, j));
    i = j;
  }
  return added > 0 && before > last ? last + added : null;
}

/**
 * Where the block's new rows go: inside the filter (Sheets grows a filter by rows inserted within
 * it) and under a model row (whose look they take). The rows after it move down, which the
 * digests' comparison follows, so any place in it will do. Below the table only when the block ends it and has no model row above
 * its last row to insert under.
 */
function insertionRow({ first, count, last }: ModelSpan): number {
  const after = first + count;
  if (after <= last) return after;
  return count > 0 && after - 1 > FIRST_MODEL_ROW ? after - 1 : after;
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
