/**
 * The rebuild's one read of the hub (with the Sheets API): Cấu hình, the add-on's state sheet,
 * Tổng hợp, Danh sách mô hình, Nhân rộng and every tracked unit tab in one batchGet (readTabGrids),
 * found by the layout the file's claim read (no call of their own). The grids are left on the
 * layout (`grids`), where the readers of this run (state records, members, unit tabs) take them;
 * each sheet's grid size comes with them, so the writes know whether rows must be added.
 */
import { readConfigGrid, type ConfigRead } from '../../core/config-sheet';
import { readTabGrids, type Extent, type GridValue, type TabRef } from '../sheets-batch';
import type { FileLayout } from '../setup/file-layout';
import { KEY, idsByMetadata, readTracking } from '../setup/tracking';
import { STATE_KEY } from '../state/state-sheet';
import { summarySheetIds, type SummaryRole } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Prefetched {
  configGrid: GridValue[][];
  read: ConfigRead;
  /** The role sheets that exist, by role. */
  roles: Partial<Record<SummaryRole, number>>;
  grids: Map<number, GridValue[][]>;
  extents: Map<number, Extent>;
}

/** null when Cấu hình is not tracked in the layout: the caller reads the slow way (recognition). */
export function prefetchHub(ss: Spreadsheet, layout: FileLayout, props?: Readonly<Record<string, string>>): Prefetched | null {
  const [configId, stateId] = idsByMetadata(layout, [KEY.config, STATE_KEY], props);
  if (configId === null) return null;
  const roles = summarySheetIds(layout);
  const ids = [configId, stateId, roles.summary, roles.models, roles.replication, ...readTracking(ss, layout).unitTabs.map((t) => t.sheetId)]
    .filter((id, i, all): id is number => id !== null && id !== undefined && all.indexOf(id) === i);
  const refs = ids.flatMap((id): TabRef[] => {
    const laid = layout.sheets.find((s) => s.sheetId === id);
    // The Sheet only if the API read fails and readTabGrids falls back on getValues.
    return laid ? [Object.defineProperty({ sheetId: id, name: laid.name } as TabRef, 'sheet', { get: () => layout.sheet(id) })] : [];
  });
  const extents = new Map<number, Extent>();
  const grids = readTabGrids(ss, refs, extents);
  layout.grids = grids;
  const configGrid = grids.get(configId) ?? [['']];
  return { configGrid, read: readConfigGrid(configGrid, ss.getSpreadsheetTimeZone()), roles, grids, extents };
}
