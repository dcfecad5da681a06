/**
 * Full rebuild of Tổng hợp and Danh sách mô hình: reads Cấu hình and every unit tab (one read per
 * tab), then writes each sheet in one setValues, under the document lock. Repairs whatever edits
 * the incremental refresh missed (API writes, pastes, renamed tabs); the coordinator's notes column
 * is carried over by unit.
 */
import type { Campaign } from '../../core/campaign';
import { keepSheetIds, keptSheetIds } from './sheet-ids';
import { MODEL_COLUMNS, columnOf, factsOfRow, modelsGrid, notesOf, REPLICATION_COLUMNS, replicationFacts, replicationGrid, summaryGrid, summaryLayout, type Moment, type UnitSummary } from '../../core/summary';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { protectSheet } from '../setup/protect';
import { lastChangesIn } from './last-change';
import { clearPending, pendingUnits } from './lock';
import { campaignOf, summarizeAll } from './collect';
import { loadCampaignSource } from '../setup/config-source';
import { readLayout } from '../setup/file-layout';
import type { Claim } from '../schedule/lock';
import { formatModels, formatSummary } from './format';
import { keepModelsFilter } from './models-filter';
import { momentNow, stampOf } from './moment';
import { ensureSize, ensureSummarySheet, findSummarySheets, padGrid } from './sheets';
import { asTyped } from '../sheets-write';

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
 */
export function rebuildSummary_(ss: Spreadsheet, claim?: Claim | null, asCoordinator?: string): RebuildResult {
  const layout = claim ? claim.layout : readLayout(ss);
  const src = loadCampaignSource(ss, layout);
  if (asCoordinator) assertCoordinator(callerEmail(), ownerEmail(ss), coordinatorsOf(src.config, src.grid), asCoordinator);
  const campaign = campaignOf(src);
  const now = momentNow(campaign.timeZone);
  // One read of the document properties serves last changes, pending marks and kept sheet ids.
  // The hourly scheduled run has none (no active document): it keeps what Tổng hợp shows.
  const all = PropertiesService.getDocumentProperties()?.getProperties();
  const found = layout ? findSummarySheets(ss, layout) : keptSummarySheets(ss, all, campaign.catalogue.length > 0) ?? findSummarySheets(ss);
  const units = summarizeAll(ss, campaign, now, all ? lastChangesIn(all) : lastChangesShown(found.summary, campaign), layout);
  const summary = ensureSummarySheet(ss, 'summary', found.summary, 2);
  const models = ensureSummarySheet(ss, 'models', found.models, 3);
  const summaryRows = writeSummary(summary.sheet, campaign, units, now);
  writeModels(models.sheet, campaign, units);
  // Nhân rộng only for a campaign with a catalogue (a Cấu hình from before it has none).
  const replication = campaign.catalogue.length ? ensureSummarySheet(ss, 'replication', found.replication, 4) : null;
  if (replication) writeReplication(replication.sheet, campaign, units, now);
  if (summary.created || models.created || replication?.created) {
    protectNew(ss, campaign, [summary.created && summary.sheet, models.created && models.sheet, !!replication?.created && replication.sheet]);
  }
  // Without document properties (the scheduled run) pending marks stay: the next edit's refresh clears them.
  if (all) clearPending(pendingUnits(all));
  if (all) {
    keepSheetIds(all, { summary: summary.sheet.getSheetId(), models: models.sheet.getSheetId(),
      ...(replication ? { replication: replication.sheet.getSheetId() } : {}) });
  }
  const notes = [summary.note, models.note, replication?.note].filter((n): n is string => Boolean(n));
  return { campaign, units, now, summarySheetId: summary.sheet.getSheetId(), modelsSheetId: models.sheet.getSheetId(),
    replicationSheetId: replication ? replication.sheet.getSheetId() : null, notes, summaryRows };
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
function lastChangesShown(sheet: Sheet | null | undefined, c: Campaign): Map<string, string> {
  const out = new Map<string, string>();
  const l = summaryLayout(c);
  if (!sheet || sheet.getLastRow() < l.tableStart) return out;
  const column = columnOf(l, 'Thay đổi lần cuối') - 1;
  for (const row of sheet.getDataRange().getValues().slice(l.tableStart - 1)) {
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
