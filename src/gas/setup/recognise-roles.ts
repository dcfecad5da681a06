/**
 * Cấu hình and Mẫu đăng ký of a spreadsheet that has lost the add-on's tracking (imported from
 * .xlsx, or made by hand): recognised by what they hold, never by their name alone (a unit can give
 * its tab any name). Cấu hình is the one untracked sheet core reads a whole campaign from; Mẫu đăng
 * ký the one registration form still showing the unit-name placeholder. Read only: setup adopts
 * them (KEY metadata) and says so; two look-alikes are refused, never guessed.
 */
import type { Campaign } from '../../core/campaign';
import { CONFIG_SHEET_NAME, readConfigGrid, type ConfigRead } from '../../core/config-sheet';
import { sameName } from '../../core/names';
import { TEMPLATE_SHEET_NAME, UNIT_NAME_CELL, UNIT_NAME_PLACEHOLDER } from '../../core/template';
import type { SheetValue } from '../../core/unit-tab/entry';
import { formHeaderRow } from '../../core/unit-tab/recognise';
import { readUnitTab } from '../../core/unit-tab/read';
import { readTabGrids } from '../sheets-batch';
import { KEY, readTracking } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RecognisedConfig {
  sheet: Sheet;
  grid: unknown[][];
  read: ConfigRead;
  /** Vietnamese: which sheet was taken as Cấu hình, or why none was. */
  note: string;
}

interface Candidate { sheet: Sheet; sheetId: number; name: string }

/** The untracked sheet holding a readable campaign; null (with `note`) when none or more than one. */
export function recogniseConfig(ss: Spreadsheet): { found?: RecognisedConfig; note?: string; candidates: Candidate[] } {
  const tracking = readTracking(ss);
  const tracked = new Set([...tracking.unitTabs.map((t) => t.sheetId), ...tracking.roleSheetIds]);
  const candidates = tracking.sheets.filter((s) => !tracked.has(s.sheetId));
  // Content decides only in a file the add-on never ran in (imported, typed by hand). A file that
  // recorded its Cấu hình, or tracks unit tabs, has lost its Cấu hình: any editor can add a sheet, so
  // a look-alike there could name its maker a coordinator. The coordinator restores the real one.
  if (tracking.unitTabs.length || ss.createDeveloperMetadataFinder().withKey(KEY.config).find().length) {
    return { candidates: [], note: CONFIG_LOST };
  }
  const tz = ss.getSpreadsheetTimeZone();
  // The sheet named Cấu hình first (one read), then every other untracked sheet (one batched read).
  const named = candidates.filter((s) => sameName(s.name, CONFIG_SHEET_NAME));
  for (const group of [named, candidates.filter((s) => !named.includes(s))]) {
    if (!group.length) continue;
    const grids = readTabGrids(ss, group);
    const hits = group
      .map((s) => ({ s, grid: (grids.get(s.sheetId) ?? []) as unknown[][] }))
      .map((x) => ({ ...x, read: readConfigGrid(x.grid as SheetValue[][], tz) }))
      .filter((x) => x.read.campaign);
    if (hits.length > 1) {
      return { candidates, note: `Có ${hits.length} trang tính giống Cấu hình (${hits.map((h) => `“${h.s.name}”`).join(', ')}): chưa dùng trang nào, hãy giữ lại một.` };
    }
    if (hits.length === 1) {
      const { s, grid, read } = hits[0];
      return { candidates, found: { sheet: s.sheet, grid, read, note: `Đã nhận “${s.name}” là trang Cấu hình (theo nội dung).` } };
    }
  }
  return { candidates };
}

export const CONFIG_LOST = 'Trang Cấu hình của chiến dịch đã bị xóa. Tiện ích không nhận trang khác thay thế (bất kỳ người sửa tệp nào cũng có thể thêm trang tính). Đề nghị chủ sở hữu tệp khôi phục trang Cấu hình từ Tệp → Nhật ký phiên bản.';

/** The untracked registration form with no unit's name yet: Mẫu đăng ký. */
export function recogniseTemplate(ss: Spreadsheet, c: Campaign, candidates: readonly Candidate[], config: Sheet): { sheet?: Sheet; note?: string } {
  const others = candidates.filter((s) => s.sheetId !== config.getSheetId());
  const named = others.filter((s) => sameName(s.name, TEMPLATE_SHEET_NAME));
  for (const group of [named, others.filter((s) => !named.includes(s))]) {
    if (!group.length) continue;
    const grids = readTabGrids(ss, group);
    const hits = group.filter((s) => {
      const grid = (grids.get(s.sheetId) ?? []) as SheetValue[][];
      return grid[UNIT_NAME_CELL.row - 1]?.[UNIT_NAME_CELL.column - 1] === UNIT_NAME_PLACEHOLDER
        && formHeaderRow(grid, c) >= 0 && readUnitTab(grid, c).problems.length === 0;
    });
    if (hits.length === 1) return { sheet: hits[0].sheet, note: `Đã nhận “${hits[0].name}” là Mẫu đăng ký (theo nội dung).` };
    if (hits.length > 1) return { note: `Có ${hits.length} trang tính giống Mẫu đăng ký (${hits.map((h) => `“${h.name}”`).join(', ')}): chưa dùng trang nào.` };
  }
  return {};
}
