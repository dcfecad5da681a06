/**
 * An existing Cấu hình given the look a new one gets (core configLookOf: unit list widths, frozen through its
 * headers), on each setup run: a sheet written before that look kept 2 frozen rows and narrower columns. Widths and
 * frozen rows only, never a value; each only raised, never lowered (a column the coordinator widened stays as wide),
 * and only written when short, so a sheet already right costs its reads alone.
 */
import { configLookOf } from '../../core/config-sheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function fitConfigLook(sheet: Sheet, grid: readonly (readonly unknown[])[]): void {
  const look = configLookOf(grid);
  if (!look) return;
  if (sheet.getFrozenRows() < look.frozenRows) sheet.setFrozenRows(look.frozenRows);
  look.columnWidths.slice(0, grid[0]?.length ?? 0).forEach((w, j) => { if (sheet.getColumnWidth(j + 1) < w) sheet.setColumnWidth(j + 1, w); });
}
