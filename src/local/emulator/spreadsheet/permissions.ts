/**
 * Who may write where. Apps Script enforces protections on script edits too: a script running as
 * someone who is not an editor of a covering protection fails with ERR.protectedCell
 * (developers.google.com/apps-script/reference/spreadsheet/protection). Warning-only protections
 * do not stop scripts. The owner can always edit.
 */
import type { GridRange, ProtectionData, SheetData, SpreadsheetData } from '../model';
import type { Book } from './book';
import { ERR, fail } from './errors';
import { coveredBy, intersects } from './grid';

const lower = (s: string) => s.trim().toLowerCase();
const domainOf = (email: string) => lower(email).split('@')[1] ?? '';

export function isOwner(data: SpreadsheetData, user: string): boolean {
  return lower(user) === lower(data.owner);
}

export function canEditFile(data: SpreadsheetData, user: string): boolean {
  return isOwner(data, user) || data.editors.some((e) => lower(e) === lower(user));
}

/** Whether `user` is allowed past protection `p` (its editors, or the file's while it mirrors it). */
export function canEditProtection(data: SpreadsheetData, p: ProtectionData, user: string): boolean {
  if (isOwner(data, user)) return true;
  if (!canEditFile(data, user)) return false;
  if (!p.editorsSet) return true;
  if (p.domainEdit && domainOf(user) === domainOf(data.owner)) return true;
  return p.editors.some((e) => lower(e) === lower(user));
}

export function sheetGrid(sheet: SheetData): GridRange {
  return { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
}

/** Whether protection `p` guards any cell of `target` on `sheet`. */
function guards(p: ProtectionData, sheet: SheetData, target: GridRange | 'STRUCTURE'): boolean {
  if (p.sheetId !== sheet.id) return false;
  if (p.type === 'SHEET') return target === 'STRUCTURE' || !coveredBy(target, p.unprotectedRanges);
  if (target === 'STRUCTURE') return false;
  return !!p.range && intersects(p.range, target);
}

/**
 * Throws unless the effective user may write `target` (cells) or change the sheet's structure
 * ('STRUCTURE': rename, delete, hide, resize… blocked by a sheet protection only).
 */
export function assertCanWrite(book: Book, sheet: SheetData, target: GridRange | 'STRUCTURE'): void {
  const { data, effectiveUser } = book.ctx;
  if (isOwner(data, effectiveUser)) return;
  if (!canEditFile(data, effectiveUser)) fail(ERR.noPermission);
  for (const p of data.protections) {
    if (p.warningOnly || !guards(p, sheet, target)) continue;
    if (!canEditProtection(data, p, effectiveUser)) fail(ERR.protectedCell);
  }
}

/** Structural row/column edits touching `span` also need the covering range protections' consent. */
export function assertCanWriteLines(book: Book, sheet: SheetData, span: GridRange): void {
  assertCanWrite(book, sheet, 'STRUCTURE');
  assertCanWrite(book, sheet, span);
}

/** Spreadsheet-level changes (sharing, inserting sheets, metadata) need edit access to the file. */
export function assertFileEditor(book: Book): void {
  const { data, effectiveUser } = book.ctx;
  if (!canEditFile(data, effectiveUser)) fail(ERR.noPermission);
}

/**
 * Inserting lines before `at` grows a range protection only when `at` falls strictly inside it;
 * lines added above or below merely move it, which needs no consent from its editors.
 */
export function assertCanInsertLines(book: Book, sheet: SheetData, axis: 'ROWS' | 'COLUMNS', at: number): void {
  assertCanWrite(book, sheet, 'STRUCTURE');
  const { data, effectiveUser } = book.ctx;
  if (isOwner(data, effectiveUser)) return;
  for (const p of data.protections) {
    if (p.warningOnly || p.type !== 'RANGE' || p.sheetId !== sheet.id || !p.range) continue;
    const start = axis === 'ROWS' ? p.range.row : p.range.column;
    const count = axis === 'ROWS' ? p.range.numRows : p.range.numColumns;
    if (at > start && at <= start + count - 1 && !canEditProtection(data, p, effectiveUser)) fail(ERR.protectedCell);
  }
}
