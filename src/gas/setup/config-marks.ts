/**
 * Cấu hình's problems written at their cells as notes (the sidebar lists them too): the add-on's part of a
 * note, as on unit tabs (validation/marks.ts), so a coordinator's own note stays and a fixed problem's
 * note goes on the next run. Notes only: Cấu hình's fills are its headings' and its no-e-mail rule's.
 * One getNotes over the sheet, and one setNotes when something changed.
 */
import { configCellProblems, type ConfigRead } from '../../core/config-sheet';
import { planMarks } from '../validation/marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function markConfigProblems(sheet: Sheet, grid: readonly (readonly unknown[])[], read: Pick<ConfigRead, 'problems' | 'unitIssues' | 'notices'>): void {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  if (!rows || !columns) return;
  const marks = configCellProblems(read).filter((p) => p.row <= rows && p.column <= columns)
    .map((p) => ({ row: p.row, column: p.column, severity: 'error' as const, messages: [p.message], noteOnly: true }));
  const range = sheet.getRange(1, 1, rows, columns);
  const notes = range.getNotes();
  const plan = planMarks({ top: 1, left: 1, notes, backgrounds: notes.map((r) => r.map(() => '')) }, marks);
  if (plan.notesChanged) range.setNotes(plan.notes);
}
