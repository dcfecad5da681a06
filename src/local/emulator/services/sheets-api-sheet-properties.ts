/**
 * updateSheetProperties in the emulator's batchUpdate.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#SheetProperties
 * As the reference says: "The fields that should be updated. At least one field must be specified.
 * The root properties is implied and should not be specified. A single "*" can be used as
 * short-hand for listing every field." A field in the mask but absent from `properties` is reset
 * (field-mask guide). Modelled: title, index, hidden, tabColorStyle.rgbColor (or the deprecated
 * tabColor), gridProperties.frozenRowCount / frozenColumnCount; any other field is refused, never
 * dropped (so "*" is refused too: it names fields the emulator does not keep). sheetId names the
 * sheet and cannot change. index moves in "before the move" indexes (to put S1 of S1, S2, S3 after
 * S2, index 2). As Sheet.setName and hideSheet: a taken title is refused, the last
 * visible sheet cannot be hidden, and a sheet protection stops a user not among its editors.
 */
import type { Book } from '../spreadsheet/book';
import { assertCanWrite } from '../spreadsheet/permissions';
import { validateSheetName } from '../spreadsheet/sheet-names';

interface RgbIn { red?: number; green?: number; blue?: number; alpha?: number }
export interface UpdateSheetPropertiesRequest {
  properties?: {
    sheetId?: number; title?: string; index?: number; hidden?: boolean;
    tabColor?: RgbIn; tabColorStyle?: { rgbColor?: RgbIn };
    gridProperties?: { frozenRowCount?: number; frozenColumnCount?: number };
  };
  fields?: string;
}

const FIELDS = ['title', 'index', 'hidden', 'tabColor', 'gridProperties.frozenRowCount', 'gridProperties.frozenColumnCount'] as const;
type Field = typeof FIELDS[number];

const channel = (x: number | undefined) => Math.round(Math.min(1, Math.max(0, x ?? 0)) * 255).toString(16).padStart(2, '0');

function fieldsOf(mask: string | undefined, fail: (m: string) => never): Field[] {
  if (!mask || !mask.trim()) fail('At least one field must be specified.');
  return mask.split(',').map((f) => f.trim()).map((f) => {
    if (f === 'tabColorStyle' || f === 'tabColorStyle.rgbColor') return 'tabColor';
    if (f === 'gridProperties') fail('gridProperties as a whole is not modelled by the emulator (name frozenRowCount / frozenColumnCount)');
    if (f.startsWith('properties')) fail('The root properties is implied and should not be specified.');
    if (!(FIELDS as readonly string[]).includes(f)) fail(`Invalid field mask: ${f} (not modelled by the emulator)`);
    return f as Field;
  });
}

export function updateSheetProperties(book: Book, req: UpdateSheetPropertiesRequest, fail: (m: string) => never): void {
  const data = book.ctx.data;
  const fields = fieldsOf(req.fields, fail);
  const p = req.properties ?? {};
  const sheet = data.sheets.find((s) => s.id === (p.sheetId ?? 0));
  if (!sheet) fail(`No grid with id: ${p.sheetId ?? 0}`);
  assertCanWrite(book, sheet, 'STRUCTURE');
  for (const f of fields) {
    if (f === 'title') {
      try { sheet.name = validateSheetName(data, p.title, sheet); } catch (e) { fail(e instanceof Error ? e.message : String(e)); }
    } else if (f === 'index') {
      // "movement is considered in 'before the move' indexes" (SheetProperties.index); absent: to the end.
      const list = data.sheets;
      const to = p.index ?? list.length;
      if (!Number.isInteger(to) || to < 0 || to > list.length) fail(`Invalid index: ${to} (the spreadsheet has ${list.length} sheets)`);
      const from = list.indexOf(sheet);
      list.splice(from, 1);
      list.splice(to > from ? to - 1 : to, 0, sheet);
    } else if (f === 'hidden') {
      if (p.hidden && !data.sheets.some((s) => s !== sheet && !s.hidden)) fail("You can't hide all the sheets in a document.");
      sheet.hidden = p.hidden === true;
    } else if (f === 'tabColor') {
      const c = p.tabColorStyle?.rgbColor ?? p.tabColor;
      sheet.tabColor = c ? `#${channel(c.red)}${channel(c.green)}${channel(c.blue)}` : null;
    } else {
      const key = f === 'gridProperties.frozenRowCount' ? 'frozenRowCount' : 'frozenColumnCount';
      const n = p.gridProperties?.[key] ?? 0;
      if (!Number.isInteger(n) || n < 0 || n > (key === 'frozenRowCount' ? sheet.maxRows : sheet.maxColumns)) fail(`Invalid ${key}: ${n}`);
      if (key === 'frozenRowCount') sheet.frozenRows = n; else sheet.frozenColumns = n;
    }
  }
}
