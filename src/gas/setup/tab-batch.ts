/**
 * New unit tabs through the Sheets API: many tabs per spreadsheets.batchUpdate, which runs its
 * requests in order and all or nothing (developers.google.com/workspace/sheets/api/guides/batch).
 * Each tab is five requests, so it is born complete, never untracked nor half-made:
 * - duplicateSheet of Mẫu đăng ký, with its name, place and an id chosen here (the copy carries
 *   the form, its formats and data validations, as insertSheet({template}) does);
 * - createDeveloperMetadata: its tracking tag, complete at once (sync state: editors, name, marked);
 * - updateCells: the unit's name in the header (a stringValue is text, never a formula);
 * - addProtectedRange: the whole sheet for the unit's editors and the coordinator running setup,
 *   as protectSheet leaves a new protection (the owner can always edit);
 * - addNamedRange: the unit's marker (setup/marker.ts) at A1.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request
 * A batch that failed made nothing: the caller makes those tabs with SpreadsheetApp instead.
 * Whether duplicateSheet carries Mẫu đăng ký's own protection onto the copy is not documented
 * (Sheet.copyTo leaves it behind; the conformance scenario sheets-api.duplicate-sheet-ids asks
 * Google): such a protection would keep the unit out of its tab, so one read after a batch looks
 * (removeCarriedProtections).
 */
import type { Unit } from '../../core/campaign';
import { UNIT_NAME_CELL, unitHeaderName } from '../../core/template';
import { unitMarkerName } from '../../core/unit-tab/marker';
import { normEmails } from './protect';
import { KEY, type TabMeta } from './tracking';
import { unitProtectionDescription } from './unit-tab';
import { withReadBackoff } from '../sheets-backoff';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ApiRequest = GoogleAppsScript.Sheets.Schema.Request;

/**
 * Tabs per batchUpdate: ≈ 0.4 s of modelled work each (five sub-requests, src/local/bench/latency),
 * so a batch is ≈ 20 s, an eighth of an execution's budget: one that is lost to a timeout costs little.
 */
export const TABS_PER_BATCH = 50;

export interface NewTab { unit: Unit; sheetName: string; sheetId: number; index: number; editors: readonly string[] }

/** `n` sheet ids not in `taken` (which they join): random, so a sheet someone adds meanwhile is unlikely to clash. */
export function freshSheetIds(taken: Set<number>, n: number): number[] {
  const out: number[] = [];
  while (out.length < n) {
    const id = 1 + Math.floor(Math.random() * 2_000_000_000);
    if (taken.has(id)) continue;
    taken.add(id);
    out.push(id);
  }
  return out;
}

/** One tab's requests. `me`: the coordinator running setup, an editor of the protection as with Sheet.protect. */
export function tabRequests(templateId: number, t: NewTab, me: string): ApiRequest[] {
  const sheetId = t.sheetId;
  const editors = normEmails(t.editors);
  const tag: TabMeta = { unit: t.unit.name, sheetId, sync: { editors, name: t.sheetName, marked: true } };
  const cell = { sheetId, startRowIndex: UNIT_NAME_CELL.row - 1, endRowIndex: UNIT_NAME_CELL.row, startColumnIndex: UNIT_NAME_CELL.column - 1, endColumnIndex: UNIT_NAME_CELL.column };
  return [
    { duplicateSheet: { sourceSheetId: templateId, newSheetId: sheetId, newSheetName: t.sheetName, insertSheetIndex: t.index } },
    { createDeveloperMetadata: { developerMetadata: { metadataKey: KEY.tab, metadataValue: JSON.stringify(tag), visibility: 'DOCUMENT', location: { sheetId } } } },
    { updateCells: { range: cell, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: unitHeaderName(t.unit) } }] }] } },
    { addProtectedRange: { protectedRange: { range: { sheetId }, description: unitProtectionDescription(t.unit.name), editors: { users: normEmails([me, ...editors]) } } } },
    { addNamedRange: { namedRange: { name: unitMarkerName(t.unit.name), range: { sheetId, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 } } } },
  ];
}

/**
 * A present tab's tracking tag rewritten with `sync`: its entry deleted and made again with the new
 * value, in the same all-or-nothing batch as the tab's other requests (SpreadsheetApp's setSync in one
 * of them; the emulator models no updateDeveloperMetadata, so the pair the add-on already sends).
 */
export function retagRequests(metaId: number, sheetId: number, unit: string, sync: TabMeta['sync']): ApiRequest[] {
  const tag: TabMeta = { unit, sheetId, ...(sync ? { sync } : {}) };
  return [
    { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: metaId } } } },
    { createDeveloperMetadata: { developerMetadata: { metadataKey: KEY.tab, metadataValue: JSON.stringify(tag), visibility: 'DOCUMENT', location: { sheetId } } } },
  ];
}

/** Makes `tabs` in one batchUpdate of `ss` (a member workbook's own id when the tabs live there); throws if it was refused. */
export function sendTabBatch(api: GoogleAppsScript.Sheets, ss: Spreadsheet, templateId: number, tabs: readonly NewTab[], me: string): void {
  // The advanced service works on what the server has: SpreadsheetApp's queued writes go first.
  SpreadsheetApp.flush();
  api.Spreadsheets.batchUpdate({ requests: tabs.flatMap((t) => tabRequests(templateId, t, me)) }, ss.getId());
}

const PROTECTIONS_FIELDS = 'sheets(properties/sheetId,protectedRanges(protectedRangeId,description))';

/**
 * Removes, with SpreadsheetApp, any protection on the new tabs other than their unit's (one the copy
 * carried). True when the copies came clean, so the run need not look again; false when some were
 * removed or the read failed.
 */
export function removeCarriedProtections(api: GoogleAppsScript.Sheets, ss: Spreadsheet, tabs: readonly NewTab[]): boolean {
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    got = withReadBackoff(() => api.Spreadsheets.get(ss.getId(), { fields: PROTECTIONS_FIELDS }));
  } catch (e) {
    console.warn(`Không đọc được bảo vệ của các trang tính mới: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  const ours = new Map(tabs.map((t) => [t.sheetId, unitProtectionDescription(t.unit.name)]));
  const carried = (got.sheets ?? []).filter((s) => ours.has(s.properties?.sheetId ?? 0)
    && (s.protectedRanges ?? []).some((p) => p.description !== ours.get(s.properties?.sheetId ?? 0)));
  for (const s of carried) {
    const id = s.properties?.sheetId ?? 0;
    const sheet = ss.getSheetById(id);
    try {
      for (const p of sheet ? [...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET), ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)] : []) {
        if (p.getDescription() !== ours.get(id)) p.remove();
      }
    } catch (e) {
      console.warn(`Không gỡ được bảo vệ thừa của trang tính ${id}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return carried.length === 0;
}
