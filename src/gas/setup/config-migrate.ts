/**
 * An older Cấu hình brought to the current layout by setup (core migrate.ts plans it from the sheet's own cells), in
 * place: the same sheet, so its tracking and protection stay. Order matters, so that a run that dies midway loses
 * nothing: the old look goes and the new one is laid while the old values are still there (the sheet still reads,
 * and is still of the old layout, so the next run starts again); then one setValues switches every value at once;
 * then the notes and the merges. Under the document lock, the grid read again inside it, so two setups never both rewrite.
 */
import { isOldConfigLayout, migrateConfigGrid, MISSING } from '../../core/config-sheet';
import { applyLook, applyMerges, trimGrid, writeLayoutValues } from './apply-layout';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What was done, for the setup result; null when the sheet is of the current layout already. */
export function migrateOldConfig(sheet: Sheet, grid: readonly (readonly unknown[])[], timeZone: string): { migrated: boolean; message: string } | null {
  if (!isOldConfigLayout(grid)) return null;
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(10_000)) return null; // a continuation run (no document) or a busy file: the sidebar's next press does it
  try {
    const range = sheet.getDataRange();
    const now = range.getValues();
    if (!isOldConfigLayout(now)) return null;
    // A formula would come back as its value: such a sheet is left as it is.
    if (range.getFormulas().some((r) => r.some(Boolean))) return { migrated: false, message: 'Cấu hình có ô chứa công thức, nên chưa được chuyển sang bố cục mới để giữ nguyên công thức.' };
    const plan = migrateConfigGrid(now, range.getNotes(), timeZone);
    if ('refused' in plan) return { migrated: false, message: plan.refused };
    const { layout, notes } = plan;
    const rows = Math.max(now.length, layout.numRows);
    const columns = Math.max(now[0]?.length ?? 0, layout.numColumns);
    if (sheet.getMaxRows() < layout.gridRows) sheet.insertRowsAfter(sheet.getMaxRows(), layout.gridRows - sheet.getMaxRows());
    if (sheet.getMaxColumns() < columns) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    all.breakApart().clearFormat().clearDataValidations();
    // The old static fills went with the formats; the add-on's no-e-mail rule (a sheet of the units-first layout has it) is laid
    // again at the units' new rows; a rule a coordinator added stays.
    sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().filter((r) => r.getBooleanCondition()?.getBackground() !== MISSING));
    applyLook(sheet, layout);
    writeLayoutValues(sheet, layout, rows, columns);
    sheet.getRange(1, 1, layout.numRows, layout.numColumns).setNotes(notes);
    if (now.length > layout.numRows) sheet.getRange(layout.numRows + 1, 1, now.length - layout.numRows, columns).clearNote();
    applyMerges(sheet, layout);
    trimGrid(sheet, layout.gridRows, layout.gridColumns);
    SpreadsheetApp.flush();
    return { migrated: true, message: 'Đã chuyển Cấu hình sang bố cục mới: danh sách đơn vị ở đầu, loại đơn vị theo tên, các bảng kỹ thuật thu gọn dưới mục “NÂNG CAO”; '
      + 'giữ nguyên mọi giá trị và ghi chú (riêng dòng “Bật nhắc hạn” được bỏ vì không còn tác dụng: bật nhắc hạn bằng công tắc trong thanh bên).' };
  } finally {
    lock.releaseLock();
  }
}
