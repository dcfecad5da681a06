/**
 * Full rebuild of Tổng hợp and Danh sách mô hình: reads Cấu hình and every unit tab (one read per
 * tab), then writes each sheet in one setValues, under the document lock. Repairs whatever edits
 * the incremental refresh missed (API writes, pastes, renamed tabs); the coordinator's notes column
 * is carried over by unit.
 */
import type { Campaign } from '../../core/campaign';
import { keepSheetIds, keptSheetIds, sameIds, type SummarySheetIds } from './sheet-ids';
import { PENDING_TAG, editTagsIn, removeTag, type EditTags } from '../edit-tags';
import { hubConfigVersion, warmEditCache } from '../campaign-cache';
import { MODEL_COLUMNS, columnOf, factsOfRow, modelsGrid, notesOf, REPLICATION_COLUMNS, replicationFacts, replicationGrid, summaryGrid, summaryLayout, type Moment, type UnitSummary } from '../../core/summary';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { protectSheet } from '../setup/protect';
import { lastChangesIn } from './last-change';
import { clearPending, pendingUnits } from './lock';
import { campaignOf, summarizeAll } from './collect';
import { campaignOfRead, loadCampaignSource } from '../setup/config-source';
import { readLayout, type FileLayout } from '../setup/file-layout';
import { coordinatorsIn } from '../../core/config-sheet';
import { prefetchHub, type Prefetched } from './prefetch';
import { LOOK_KEY, lookOf, storedLook } from './look';
import type { GridValue } from '../sheets-batch';
import type { Claim } from '../schedule/lock';
import { formatModels, formatSummary } from './format';
import { keepModelsFilter } from './models-filter';
import { momentNow, stampOf } from './moment';
import { ensureSize, ensureSummarySheet, findSummarySheets, padGrid } from './sheets';
import { asTyped, holds, newWriteBatch } from '../sheets-write';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SUMMARY_PROTECTION = 'Dân vận khéo: Tổng hợp (do add-on ghi; người tổng hợp ghi chú)';
export const MODELS_PROTECTION = 'Dân vận khéo: Danh sách mô hình (do add-on ghi)';
export const REPLICATION_PROTECTION = 'Dân vận khéo: Nhân rộng (do add-on ghi)';

export interface RebuildResult {
  campaign: Campaign;
  units: UnitSummary[];
  now: Moment;
  summarySheetId: number;
  modelsSheetId: number;
  /** null when the campaign has no catalogue (no Nhân rộng sheet). */
  replicationSheetId: number | null;
  /** Said when a role sheet's name was taken and another was picked. */
  notes: string[];
  /** Tổng hợp's grid as written (the dashboard is made from it, not read back). */
  summaryRows: (string | number)[][];
}

/**
 * Call holding the file's claim (`claim`: what withSummaryLock hands over; its layout serves every
 * lookup of the run). `asCoordinator`: the action a coordinator only may do, checked on the Cấu
 * hình read here before anything is written.
 *
 * With the Sheets API and the summary sheets in place, the run is: the document properties, one
 * batchGet of the hub (prefetch.ts) and one per member workbook, then one batchUpdate carrying
 * every value and the claim's release; the looks are re-applied only when Tổng hợp's layout
 * changed (look.ts). Otherwise (first rebuild, no API) each sheet is written with SpreadsheetApp.
 */
export function rebuildSummary_(ss: Spreadsheet, claim?: Claim | null, asCoordinator?: string): RebuildResult {
  const layout = claim ? claim.layout : readLayout(ss);
  // One read of the document properties serves last changes, pending marks, kept sheet ids and
  // the Cấu hình anchor. The hourly scheduled run has none (no active document): it keeps what
  // Tổng hợp shows, and leaves the pending flag. A run with them clears the flag before reading
  // them (edit-tags.ts): it then rebuilds every unit pending at that read.
  const docProps = PropertiesService.getDocumentProperties();
  const tags = layout ? editTagsIn(layout.metadata) : undefined;
  if (docProps && (tags?.pending ?? true)) removeTag(ss, PENDING_TAG);
  const all = docProps?.getProperties();
  const pre = layout ? prefetchHub(ss, layout, all) : null;
  const src = pre ? null : loadCampaignSource(ss, layout);
  if (asCoordinator) assertCoordinator(callerEmail(), ownerEmail(ss), pre ? coordinatorsIn(pre.configGrid) : coordinatorsOf(src!.config, src!.grid), asCoordinator);
  const campaign = pre ? campaignOfRead(pre.read, STOPPED) : campaignOf(src!);
  const now = momentNow(campaign.timeZone);
  const ids = pre ? pre.roles : null;
  const found = layout ? (ids ? {} : findSummarySheets(ss, layout)) : keptSummarySheets(ss, all, campaign.catalogue.length > 0) ?? findSummarySheets(ss);
  const shownSummary = ids?.summary !== undefined ? pre!.grids.get(ids.summary) : found.summary?.getDataRange().getValues();
  // The version and ids as read before Cấu hình (the layout), for the edit cache.
  const warm = tags ? { version: hubConfigVersion(tags, all ?? null), ids: tags.ids } : undefined;
  const units = summarizeAll(ss, campaign, now, all ? lastChangesIn(all, lastChangesShown(shownSummary, campaign), pendingUnits(all)) : lastChangesShown(shownSummary, campaign), layout, warm);
  if (pre && layout) {
    const fast = writeAllAtOnce(ss, layout, pre, campaign, units, now, all, tags, warm, claim ?? null);
    if (fast) return fast;
  }
  const sheets = found.summary || found.models || !ids ? found : {
    summary: ids.summary === undefined ? undefined : layout!.sheet(ids.summary) ?? undefined,
    models: ids.models === undefined ? undefined : layout!.sheet(ids.models) ?? undefined,
    replication: ids.replication === undefined ? undefined : layout!.sheet(ids.replication) ?? undefined,
  };
  const summary = ensureSummarySheet(ss, 'summary', sheets.summary, 2);
  const models = ensureSummarySheet(ss, 'models', sheets.models, 3);
  const summaryRows = writeSummary(summary.sheet, campaign, units, now);
  writeModels(models.sheet, campaign, units);
  // Nhân rộng only for a campaign with a catalogue (a Cấu hình from before it has none).
  const replication = campaign.catalogue.length ? ensureSummarySheet(ss, 'replication', sheets.replication, 4) : null;
  if (replication) writeReplication(replication.sheet, campaign, units, now);
  if (summary.created || models.created || replication?.created) {
    protectNew(ss, campaign, [summary.created && summary.sheet, models.created && models.sheet, !!replication?.created && replication.sheet]);
  }
  if (layout) keepLook(ss, layout, lookOf(summaryLayout(campaign), { summary: summary.sheet.getSheetId(), models: models.sheet.getSheetId() }, MODEL_COLUMNS.length));
  afterWrite(ss, all, tags, warm && { ...warm, campaign }, { summary: summary.sheet.getSheetId(), models: models.sheet.getSheetId(), ...(replication ? { replication: replication.sheet.getSheetId() } : {}) });
  const notes = [summary.note, models.note, replication?.note].filter((n): n is string => Boolean(n));
  return { campaign, units, now, summarySheetId: summary.sheet.getSheetId(), modelsSheetId: models.sheet.getSheetId(),
    replicationSheetId: replication ? replication.sheet.getSheetId() : null, notes, summaryRows };
}

const STOPPED = 'chưa tổng hợp được';

/**
 * Without document properties (the scheduled run) pending marks stay (the next edit's refresh
 * clears them), and only the ids' tag is kept. `tags`: as the layout showed them (undefined:
 * unknown). Ids that changed reach the edit cache too, warmed before they were known.
 */
function afterWrite(ss: Spreadsheet, all: Record<string, string> | undefined, tags: EditTags | undefined, warm: Warm | undefined, ids: SummarySheetIds): void {
  if (all) clearPending(pendingUnits(all));
  keepSheetIds(ss, ids, { ...(all ? { props: all } : {}), ...(tags ? { tags } : {}) });
  if (warm && !sameIds(warm.ids, ids)) warmEditCache(warm.version, warm.campaign, [], ids);
}

type Warm = { version: string | null; ids: SummarySheetIds | null; campaign: Campaign };

/**
 * Every value of Tổng hợp, Danh sách mô hình and Nhân rộng in one batchUpdate by sheet id, with the
 * claim's release; null (nothing written) when a sheet is missing, its size unknown or too narrow,
 * or the looks must be applied again: the SpreadsheetApp path does those.
 */
function writeAllAtOnce(ss: Spreadsheet, layout: FileLayout, pre: Prefetched, c: Campaign, units: UnitSummary[], now: Moment,
  all: Record<string, string> | undefined, tags: EditTags | undefined, warm: Omit<Warm, 'campaign'> | undefined, claim: Claim | null): RebuildResult | null {
  const { summary, models, replication } = pre.roles;
  const withReplication = c.catalogue.length > 0;
  if (summary === undefined || models === undefined || (withReplication && replication === undefined)) return null;
  const l = summaryLayout(c);
  const modelRows = modelsGrid(c, units);
  if (storedLook(layout).look !== lookOf(l, { summary, models }, MODEL_COLUMNS.length)) return null;
  const old = pre.grids.get(summary) ?? [['']];
  const summaryRows = summaryGrid(c, units, now, notesOf(old));
  const blocks: { id: number; grid: (string | number)[][]; spare: number }[] = [
    { id: summary, grid: padGrid(summaryRows, old.length, old[0]?.length ?? 0), spare: 0 },
    // One trailing blank row always stays, so an edit's refresh may delete a unit's last rows.
    { id: models, grid: padGrid(modelRows, lastRowOf(pre.grids.get(models)), MODEL_COLUMNS.length), spare: 1 },
  ];
  if (withReplication) {
    const grid = replicationGrid(c, replicationFacts(c, units), now);
    blocks.push({ id: replication!, grid: padGrid(grid, lastRowOf(pre.grids.get(replication!)), REPLICATION_COLUMNS.length), spare: 0 });
  }
  const batch = newWriteBatch(ss);
  for (const b of blocks) {
    const size = pre.extents.get(b.id);
    if (!size || size.columns < b.grid[0].length) return null;
    batch.insertRows(b.id, size.rows + 1, b.grid.length + b.spare - size.rows);
    // Only what differs from what the batch read shows: cells are billed by volume (a rebuild with
    // nothing new writes the stamp line and the link formulas, not every cell again).
    for (const w of changedBlocks(pre.grids.get(b.id) ?? [], b.grid)) batch.values(b.id, w.row, w.column, w.grid);
  }
  const ids = { summary, models, ...(withReplication ? { replication: replication! } : {}) };
  afterWrite(ss, all, tags, warm && { ...warm, campaign: c }, ids);
  // The filter as the layout read saw it (a coordinator may have removed it); a wrong one is remade
  // after the values (the table may need the rows this batch adds), so the release waits then.
  const f = layout.sheets.find((s) => s.sheetId === models)?.filter;
  const filterMoves = !f || f.row !== 1 || f.column !== 1 || f.rows !== modelRows.length || f.columns !== MODEL_COLUMNS.length;
  const release = claim?.release && !filterMoves ? [claim.release] : [];
  if (batch.commit(release) === 'api' && release.length) claim!.released();
  const modelsSheet = filterMoves ? layout.sheet(models) : null;
  if (modelsSheet) keepModelsFilter(modelsSheet, modelRows.length, MODEL_COLUMNS.length);
  return { campaign: c, units, now, summarySheetId: summary, modelsSheetId: models, replicationSheetId: withReplication ? replication! : null, notes: [], summaryRows };
}

/**
 * The rows of `next` that differ from `shown` (what getValues gave), as blocks of consecutive rows
 * (1-based): each block starts at the leftmost differing column of its rows, each row runs to its
 * own last differing cell (an updateCells row may be shorter than the others: the cells after it
 * are left alone). A formula always differs: only its result was read.
 */
export function changedBlocks(shown: readonly (readonly unknown[])[], next: readonly (readonly (string | number)[])[]): { row: number; column: number; grid: (string | number)[][] }[] {
  const spans = next.map((r, i) => {
    const was = shown[i] ?? [];
    let first = 0;
    while (first < r.length && holds(was[first] ?? '', r[first])) first++;
    if (first === r.length) return null;
    let last = r.length - 1;
    while (last > first && holds(was[last] ?? '', r[last])) last--;
    return { first, last };
  });
  const out: { row: number; column: number; grid: (string | number)[][] }[] = [];
  for (let i = 0; i < next.length;) {
    if (!spans[i]) { i++; continue; }
    let j = i;
    while (j + 1 < next.length && spans[j + 1]) j++;
    const from = Math.min(...spans.slice(i, j + 1).map((s) => s!.first));
    out.push({ row: i + 1, column: from + 1, grid: next.slice(i, j + 1).map((r, k) => r.slice(from, spans[i + k]!.last + 1)) });
    i = j + 1;
  }
  return out;
}

/** getLastRow of a sheet from its getValues grid: an empty sheet reads as [['']]. */
const lastRowOf = (grid: GridValue[][] | undefined) => (!grid || (grid.length === 1 && grid[0].every((v) => v === '')) ? 0 : grid.length);

/** Records the looks just applied (one entry: the old ones go). */
function keepLook(ss: Spreadsheet, layout: FileLayout, look: string): void {
  const stored = storedLook(layout);
  if (stored.look === look && stored.ids.length === 1) return;
  for (const id of stored.ids) layout.meta(id)?.remove();
  ss.addDeveloperMetadata(LOOK_KEY, look);
}

/**
 * The sheets at the ids the last rebuild kept (a getSheetById each), or null to look them up by
 * metadata; with a catalogue, Nhân rộng must be among them.
 */
function keptSummarySheets(ss: Spreadsheet, props: Record<string, string> | undefined, withReplication: boolean): { summary: Sheet; models: Sheet; replication?: Sheet } | null {
  const kept = props ? keptSheetIds(props) : null;
  const summary = kept && ss.getSheetById(kept.summary);
  const models = kept && ss.getSheetById(kept.models);
  const replication = kept?.replication === undefined ? null : ss.getSheetById(kept.replication);
  if (!summary || !models || (withReplication && !replication)) return null;
  return replication ? { summary, models, replication } : { summary, models };
}

/** "Thay đổi lần cuối" as Tổng hợp shows it: the scheduled run keeps it, having no document properties. */
function lastChangesShown(grid: unknown[][] | undefined, c: Campaign): Map<string, string> {
  const out = new Map<string, string>();
  const l = summaryLayout(c);
  if (!grid || grid.length < l.tableStart) return out;
  const column = columnOf(l, 'Thay đổi lần cuối') - 1;
  for (const row of grid.slice(l.tableStart - 1)) {
    const unit = factsOfRow(c, row)?.unit;
    const v = row[column];
    // Sheets may have read the stamp back as a date.
    if (unit && v) out.set(unit, v instanceof Date ? stampOf(v, c.timeZone) : String(v));
  }
  return out;
}

/** Text stays text, as an edit's refresh writes it (stringValue): alert dates and percentages are not parsed. */
const textAsText = (grid: (string | number)[][]) => grid.map((r) => r.map(asTyped));

function writeSummary(sheet: Sheet, c: Campaign, units: UnitSummary[], now: Moment): (string | number)[][] {
  const old = sheet.getDataRange().getValues();
  const grid = summaryGrid(c, units, now, notesOf(old));
  const l = summaryLayout(c);
  const out = padGrid(grid, old.length, old[0]?.length ?? 0);
  ensureSize(sheet, out.length, out[0].length);
  sheet.getRange(1, 1, out.length, out[0].length).setValues(textAsText(out));
  formatSummary(sheet, l);
  return grid;
}

/**
 * One trailing blank row always stays, so an edit's refresh may delete a unit's last rows.
 * The filter covers the header and the model rows, not the blank rows that clear old ones.
 */
function writeModels(sheet: Sheet, c: Campaign, units: UnitSummary[]): void {
  const lastRow = sheet.getLastRow();
  const grid = modelsGrid(c, units);
  const out = padGrid(grid, Math.max(lastRow, 0), MODEL_COLUMNS.length);
  ensureSize(sheet, out.length + 1, MODEL_COLUMNS.length);
  sheet.getRange(1, 1, out.length, MODEL_COLUMNS.length).setValues(textAsText(out));
  formatModels(sheet, MODEL_COLUMNS.length);
  keepModelsFilter(sheet, grid.length, MODEL_COLUMNS.length);
}

/** The Nhân rộng view: one setValues of the whole grid, padded to clear what an earlier rebuild left. */
function writeReplication(sheet: Sheet, c: Campaign, units: UnitSummary[], now: Moment): void {
  const grid = replicationGrid(c, replicationFacts(c, units), now);
  const out = padGrid(grid, sheet.getLastRow(), REPLICATION_COLUMNS.length);
  ensureSize(sheet, out.length, out[0].length);
  sheet.getRange(1, 1, out.length, out[0].length).setValues(out);
}

function protectNew(ss: Spreadsheet, c: Campaign, sheets: (Sheet | false)[]): void {
  const who = { me: callerEmail(), owner: ownerEmail(ss) };
  const [summary, models, replication] = sheets;
  if (summary) protectSheet(summary, c.coordinators, SUMMARY_PROTECTION, who);
  if (models) protectSheet(models, c.coordinators, MODELS_PROTECTION, who);
  if (replication) protectSheet(replication, c.coordinators, REPLICATION_PROTECTION, who);
}
