/**
 * A file's sheets and the add-on's developer metadata, in ONE Sheets API spreadsheets.get with a
 * fields mask: every sheet's properties, the spreadsheet's own metadata (`developerMetadata`) and
 * each sheet's (`sheets.developerMetadata`), and the extent of a sheet's basic filter (the summary
 * rebuild keeps Danh sách mô hình's; reference/rest/v4/spreadsheets/sheets#BasicFilter). SpreadsheetApp needs getSheets, a metadata finder and
 * a getter per sheet and per entry for the same, which is what made tracking cost grow with tabs.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * Row and column metadata are in neither list: the add-on puts none.
 *
 * SpreadsheetApp objects are fetched only when a caller needs one: the Sheet through one getSheets
 * for the whole file (picked by index), a DeveloperMetadata through one finder. Null without the
 * advanced service or when the request fails (over the read quota after a minute's back-off, see
 * sheets-backoff): callers then read with SpreadsheetApp, as before.
 */
import type { GridValue } from '../sheets-batch';
import { withReadBackoff } from '../sheets-backoff';
import type { OpenedMember } from './member-file';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** One entry: `on` is the sheet it is attached to, absent for the spreadsheet's own. */
export interface MetaEntry { id: number; key: string; value: string; on?: number }
/** `filter`: the sheet's basic filter, 1-based as SpreadsheetApp counts (row, column, rows, columns). */
export interface LaidSheet { sheetId: number; name: string; index: number; hidden: boolean; filter?: { row: number; column: number; rows: number; columns: number } }

export interface FileLayout {
  sheets: LaidSheet[];
  /** The spreadsheet's entries, then each sheet's in sheet order. */
  metadata: MetaEntry[];
  sheet(sheetId: number): Sheet | null;
  meta(metadataId: number): Meta | null;
  /** Values of this file's sheets a job has read in one batch (the summary rebuild), by sheet id: readers take them from here. */
  grids?: Map<number, GridValue[][]>;
  /** The member workbooks this run opened (a hub's layout only: member-file openedMembers). */
  members?: OpenedMember[];
  /** Read with PROTECTED_LAYOUT_FIELDS only. */
  protections?: LaidProtection[];
}

const META = 'developerMetadata(metadataId,metadataKey,metadataValue)';
const SHEET_FIELDS = `properties(sheetId,title,index,hidden),${META},basicFilter/range(startRowIndex,endRowIndex,startColumnIndex,endColumnIndex)`;
export const LAYOUT_FIELDS = `${META},sheets(${SHEET_FIELDS})`;
/**
 * Setup's read of a member workbook adds each sheet's protections: their editors come only to someone
 * allowed past them, who is also told so (requestingUserCanEdit; reference/rest/v4/spreadsheets/sheets#ProtectedRange).
 */
export const PROTECTED_LAYOUT_FIELDS = `${META},sheets(${SHEET_FIELDS},protectedRanges(protectedRangeId,requestingUserCanEdit,editors(users,domainUsersCanEdit),range(endRowIndex,endColumnIndex)))`;

/** A sheet protection (`whole`: a range's always has an end row or column) or a range's, as the Sheets API lists it; `users` only if `canEdit`. */
export interface LaidProtection { sheetId: number; id: number; whole: boolean; canEdit: boolean; users?: string[]; domain?: boolean }

type ApiMeta = GoogleAppsScript.Sheets.Schema.DeveloperMetadata;

export function readLayout(ss: Spreadsheet, withProtections = false): FileLayout | null {
  if (typeof Sheets === 'undefined' || typeof Sheets?.Spreadsheets?.get !== 'function') return null;
  const api = Sheets;
  let got: GoogleAppsScript.Sheets.Schema.Spreadsheet;
  try {
    // The advanced service reads what the server has: SpreadsheetApp's queued writes go first.
    SpreadsheetApp.flush();
    got = withReadBackoff(() => api.Spreadsheets.get(ss.getId(), { fields: withProtections ? PROTECTED_LAYOUT_FIELDS : LAYOUT_FIELDS }));
  } catch (e) {
    console.warn(`Sheets API get không dùng được, đọc bằng SpreadsheetApp: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  const entry = (m: ApiMeta, on?: number): MetaEntry => ({ id: m.metadataId ?? 0, key: m.metadataKey ?? '', value: m.metadataValue ?? '', ...(on === undefined ? {} : { on }) });
  const metadata = (got.developerMetadata ?? []).map((m) => entry(m));
  // proto3 JSON leaves out zeros and false: the first sheet's id and index, a visible sheet's hidden.
  const protections: LaidProtection[] = [];
  const sheets = (got.sheets ?? []).map((s, i): LaidSheet => {
    const p = s.properties ?? {};
    const sheetId = p.sheetId ?? 0;
    for (const m of s.developerMetadata ?? []) metadata.push(entry(m, sheetId));
    for (const r of s.protectedRanges ?? []) {
      protections.push({ sheetId, id: r.protectedRangeId ?? 0, whole: !(r.range?.endRowIndex || r.range?.endColumnIndex),
        canEdit: Boolean(r.requestingUserCanEdit), ...(r.editors ? { users: r.editors.users ?? [], domain: Boolean(r.editors.domainUsersCanEdit) } : {}) });
    }
    const r = s.basicFilter?.range;
    const filter = r && { row: (r.startRowIndex ?? 0) + 1, column: (r.startColumnIndex ?? 0) + 1, rows: (r.endRowIndex ?? 0) - (r.startRowIndex ?? 0), columns: (r.endColumnIndex ?? 0) - (r.startColumnIndex ?? 0) };
    return { sheetId, name: p.title ?? '', index: p.index ?? i, hidden: Boolean(p.hidden), ...(filter ? { filter } : {}) };
  });
  return { sheets, metadata, ...(withProtections ? { protections } : {}), ...lazyObjects(ss, sheets) };
}

function lazyObjects(ss: Spreadsheet, laid: readonly LaidSheet[]): Pick<FileLayout, 'sheet' | 'meta'> {
  let all: Sheet[] | null = null;
  let metas: Map<number, Meta> | null = null;
  return {
    sheet(sheetId) {
      all ??= ss.getSheets();
      const at = laid.find((s) => s.sheetId === sheetId)?.index;
      const guess = at === undefined ? undefined : all[at];
      // The order changes only if a sheet was added or moved since: then look it up by id.
      if (guess && guess.getSheetId() === sheetId) return guess;
      return all.find((s) => s.getSheetId() === sheetId) ?? null;
    },
    meta(metadataId) {
      metas ??= new Map(ss.createDeveloperMetadataFinder().find().map((m) => [m.getId(), m]));
      return metas.get(metadataId) ?? null;
    },
  };
}
