/**
 * addNamedRange in the emulator's batchUpdate: the name rules and refusals of
 * Spreadsheet.setNamedRange (../spreadsheet/named-range: a name in use is refused), a range inside
 * its sheet. namedRangeId, optional in the reference, is refused (the emulator keeps no such id).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addnamedrangerequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#NamedRange
 */
import type { Book } from '../spreadsheet/book';
import { assertNamedRangeName } from '../spreadsheet/named-range';
import type { ApiRange } from './sheets-api-protected-range';

export interface AddNamedRangeRequest { namedRange?: { namedRangeId?: string; name?: string; range?: ApiRange } }

export function addNamedRange(book: Book, req: AddNamedRangeRequest, fail: (m: string) => never): { addNamedRange: { namedRange: Record<string, unknown> } } {
  const data = book.ctx.data;
  const n = req.namedRange;
  if (!n?.range) fail('namedRange.range is required');
  if (n.namedRangeId !== undefined) fail('namedRange.namedRangeId is not modelled by the emulator');
  let name = '';
  try { name = assertNamedRangeName(n.name); } catch (e) { fail(`Invalid name ${n.name}: ${e instanceof Error ? e.message : String(e)}`); }
  const list = (data.namedRanges ??= []);
  if (list.some((x) => x.name.toLowerCase() === name.toLowerCase())) fail(`A named range with the name ${name} already exists.`);
  const sheet = data.sheets.find((s) => s.id === (n.range!.sheetId ?? 0));
  if (!sheet) fail(`No grid with id: ${n.range.sheetId ?? 0}`);
  const r = n.range;
  const top = r.startRowIndex ?? 0;
  const left = r.startColumnIndex ?? 0;
  const bottom = r.endRowIndex ?? sheet.maxRows;
  const right = r.endColumnIndex ?? sheet.maxColumns;
  if (top < 0 || left < 0 || bottom > sheet.maxRows || right > sheet.maxColumns || bottom <= top || right <= left) fail(`Range exceeds grid limits of '${sheet.name}'.`);
  list.push({ name, sheetId: sheet.id, range: { row: top + 1, column: left + 1, numRows: bottom - top, numColumns: right - left } });
  return { addNamedRange: { namedRange: { namedRangeId: `emu-${data.nextId++}`, name, range: r } } };
}
