/**
 * Sheets.Spreadsheets.get in the emulator, with `ranges` and a `fields` mask: what the add-on uses
 * to read the notes and fills of many tabs in one request.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get
 *   ("If a field mask is set, the includeGridData parameter is ignored"; "Limiting the range
 *   returns only the portions of the spreadsheet that intersect the requested ranges")
 * https://developers.google.com/workspace/sheets/api/guides/field-masks (a/b paths, a(b,c) groups)
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#GridData
 *
 * As the REST API answers (JSON of proto3 messages): only the sheets a range falls on, in the
 * spreadsheet's order, one GridData per range on that sheet; fields at their default are omitted
 * (startRow/startColumn 0, a colour's 0 components, an empty note); trailing empty rows and
 * trailing empty cells of a row are left out, an empty cell inside a row is {}. A mask naming a
 * field the emulator does not model is refused rather than silently answered without it.
 * Modelled: spreadsheetId; properties (title, timeZone); sheets.properties (sheetId, title, index,
 * hidden); sheets.protectedRanges (protectedRangeId, description, warningOnly, range, requestingUserCanEdit, and editors
 * (users, domainUsersCanEdit) to the requester only if allowed past it: see protectedRangesOf); sheets.basicFilter.range ("The filter on this sheet, if any" / "The range the filter
 * covers": reference/rest/v4/spreadsheets/sheets#Sheet, #BasicFilter); sheets.data (startRow, startColumn, rowData.values: note, userEnteredValue, effectiveValue,
 * effectiveFormat.numberFormat.type, userEnteredFormat.backgroundColor and its successor
 * backgroundColorStyle.rgbColor, userEnteredFormat.borders' sides by style only: the emulator's borders are
 * Range.setBorder's solid default, so a side is SOLID or absent (CellFormat.borders, Borders, Border.style:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/cells#borders),
 * dataValidation.condition.type); developer metadata, the spreadsheet's own in `developerMetadata`
 * ("The developer metadata associated with a spreadsheet") and each sheet's in
 * `sheets.developerMetadata` ("… associated with a sheet"), row and column metadata in neither:
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 *   (metadataId, metadataKey, metadataValue, location {locationType, spreadsheet | sheetId}, visibility)
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/cells (CellData: effectiveValue
 *   "for cells with formulas, this is the calculated value"; effectiveFormat "if the effective format is
 *   the default format, effective format will not be written")
 * https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#ExtendedValue (a date is
 *   its serial number) and …/cells#NumberFormatType (DATE, TIME, DATE_TIME)
 * A date cell's effective number format is given its type only (DATE, TIME or DATE_TIME, from the
 * cell's pattern): the emulator does not model other formats' types.
 */
import type { EmulatorContext } from '../context';
import type { CellData, DeveloperMetadataData, GridRange, SheetData } from '../model';
import { cellAt } from '../spreadsheet/cells';
import { uncomputedError } from '../spreadsheet/formula-value';
import { isDate } from '../spreadsheet/dates';
import { serialOf } from './sheets-api';
import { canEditFile, canEditProtection } from '../spreadsheet/permissions';

export interface GetOptions { ranges?: string | string[]; fields?: string; includeGridData?: boolean }

type Tree = Map<string, Tree | true>;

const METADATA = 'developerMetadata(metadataId,metadataKey,metadataValue,location(locationType,spreadsheet,sheetId),visibility)';
const MODELLED: Tree = parseMask(`spreadsheetId,properties(title,timeZone),${METADATA},`
  + `sheets(properties(sheetId,title,index,hidden),${METADATA},protectedRanges(protectedRangeId,description,warningOnly,range(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex),requestingUserCanEdit,editors(users,domainUsersCanEdit)),basicFilter/range(sheetId,startRowIndex,endRowIndex,startColumnIndex,endColumnIndex),data(startRow,startColumn,rowData/values(note,userEnteredValue,effectiveValue,effectiveFormat/numberFormat/type,`
  + 'userEnteredFormat(backgroundColor,backgroundColorStyle,borders(top/style,bottom/style,left/style,right/style)),dataValidation/condition/type)))');

/** 'a/b,c(d,e/f)' as a tree of field names: list := field (',' field)*; field := name ('/' field | '(' list ')')?. */
function parseMask(mask: string): Tree {
  let i = 0;
  const fail = (): never => { throw new Error(`Invalid field mask at ${i}: ${mask}`); };
  const field = (): [string, Tree | true] => {
    const m = /^\s*([A-Za-z_]\w*)\s*/.exec(mask.slice(i)) ?? fail();
    i += m[0].length;
    if (mask[i] === '/') { i++; return [m[1], new Map([field()])]; }
    if (mask[i] !== '(') return [m[1], true];
    i++;
    const inner = list();
    if (mask[i++] !== ')') fail();
    return [m[1], inner];
  };
  const list = (): Tree => {
    let out: Tree = new Map();
    for (;;) {
      out = merge(out, new Map([field()]));
      if (mask[i] !== ',') return out;
      i++;
    }
  };
  const tree = list();
  if (i !== mask.length) fail();
  return tree;
}

function merge(a: Tree, b: Tree): Tree {
  const out: Tree = new Map(a);
  for (const [k, v] of b) {
    const had = out.get(k);
    out.set(k, had === undefined ? v : had === true || v === true ? true : merge(had, v));
  }
  return out;
}

/** Every path of the mask must be modelled (a whole message, `a`, counts as everything modelled under it). */
function assertModelled(mask: Tree, model: Tree, path: string): void {
  for (const [k, v] of mask) {
    const m = model.get(k);
    if (m === undefined) throw new Error(`field ${path}${k} is not modelled by the emulator`);
    if (v !== true && m !== true) assertModelled(v, m, `${path}${k}.`);
  }
}

function select(value: unknown, mask: Tree | true): unknown {
  if (mask === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((x) => select(x, mask));
  const out: Record<string, unknown> = {};
  for (const [k, sub] of mask) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = select(v, sub);
  }
  return out;
}

function color(hex: string): Record<string, number> {
  const out: Record<string, number> = {};
  (['red', 'green', 'blue'] as const).forEach((k, i) => {
    const v = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    if (v) out[k] = v;
  });
  return out;
}

/** A cell's value as an ExtendedValue (a date is its serial number), or undefined when empty. */
function extendedValue(v: CellData['value'], timeZone: string): Record<string, unknown> | undefined {
  if (typeof v === 'number') return { numberValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (isDate(v)) return { numberValue: serialOf(v, timeZone) };
  if (v !== '' && v !== undefined && v !== null) return { stringValue: String(v) };
  return undefined;
}

/** Apps Script's DataValidationCriteria → the API's ConditionType, where the names differ. */
const CONDITION_TYPES: Record<string, string> = {
  VALUE_IN_LIST: 'ONE_OF_LIST', VALUE_IN_RANGE: 'ONE_OF_RANGE', DATE_IS_VALID_DATE: 'DATE_IS_VALID', CHECKBOX: 'BOOLEAN', TEXT_IS_VALID_EMAIL: 'TEXT_IS_EMAIL', TEXT_IS_VALID_URL: 'TEXT_IS_URL',
};

/** The type of a date cell's number format, from its pattern: hours or seconds make a time, days or years a date. */
function dateFormatType(pattern: string | undefined): string {
  const p = (pattern ?? '').replace(/"[^"]*"/g, '');
  const time = /[hHs]/.test(p);
  const date = /[dDyY]/.test(p) || !time;
  return time && date ? 'DATE_TIME' : time ? 'TIME' : 'DATE';
}

function cellJson(c: CellData | undefined, timeZone: string): Record<string, unknown> {
  if (!c) return {};
  const out: Record<string, unknown> = {};
  const value = extendedValue(c.value, timeZone);
  if (c.formula) out.userEnteredValue = { formulaValue: c.formula };
  else if (value) out.userEnteredValue = value;
  // A formula's is its computed value (the emulator keeps it in `value`), a literal's the same as entered.
  if (value) out.effectiveValue = value;
  if (isDate(c.value)) out.effectiveFormat = { numberFormat: { type: dateFormatType(c.numberFormat) } };
  if (c.note) out.note = c.note;
  // DataValidationRule.condition.type (ConditionType) of the cell's rule; only the type is modelled.
  if (c.validation) out.dataValidation = { condition: { type: CONDITION_TYPES[c.validation.criteria] ?? c.validation.criteria } };
  const format: Record<string, unknown> = {};
  if (c.background && c.background.toLowerCase() !== '#ffffff') {
    const rgb = color(c.background.toLowerCase());
    Object.assign(format, { backgroundColor: rgb, backgroundColorStyle: { rgbColor: rgb } });
  }
  const sides = (['top', 'bottom', 'left', 'right'] as const).filter((k) => c.border?.[k]);
  if (sides.length) format.borders = Object.fromEntries(sides.map((k) => [k, { style: 'SOLID' }]));
  if (Object.keys(format).length) out.userEnteredFormat = format;
  return out;
}

function gridJson(sheet: SheetData, g: GridRange, mask: Tree | true, timeZone: string): Record<string, unknown> {
  // Trailing emptiness is judged on what the mask keeps.
  // A cell whose format has only what the mask leaves out (borders under a fill-only mask) answers
  // as it did before borders were modelled: without userEnteredFormat.
  const keep = (c: Record<string, unknown>) => {
    const out = select(c, mask) as Record<string, unknown>;
    const format = out.userEnteredFormat;
    if (format && typeof format === 'object' && Object.keys(format).length === 0) delete out.userEnteredFormat;
    return out;
  };
  const asksValue = mask === true || mask.has('effectiveValue') || mask.has('formattedValue');
  const rows: { values?: Record<string, unknown>[] }[] = [];
  for (let i = 0; i < g.numRows; i++) {
    const values: Record<string, unknown>[] = [];
    for (let j = 0; j < g.numColumns; j++) {
      const c = cellAt(sheet, g.row + i, g.column + j);
      // A formula's effectiveValue is its computed value: one the emulator does not know throws (formula-value).
      if (c?.uncomputed && c.formula && asksValue) throw uncomputedError(sheet, g.row + i, g.column + j, c.formula);
      values.push(keep(cellJson(c, timeZone)));
    }
    while (values.length > 0 && Object.keys(values[values.length - 1]).length === 0) values.pop();
    rows.push(values.length ? { values } : {});
  }
  while (rows.length > 0 && !rows[rows.length - 1].values) rows.pop();
  return { ...(g.row > 1 ? { startRow: g.row - 1 } : {}), ...(g.column > 1 ? { startColumn: g.column - 1 } : {}), ...(rows.length ? { rowData: rows } : {}) };
}

/** A GridRange as the API writes it: 0-based, end-exclusive, zeros left out (proto3). */
function gridRangeJson(sheetId: number, g: GridRange): Record<string, number> {
  const out: Record<string, number> = { sheetId, startRowIndex: g.row - 1, endRowIndex: g.row - 1 + g.numRows, startColumnIndex: g.column - 1, endColumnIndex: g.column - 1 + g.numColumns };
  for (const k of Object.keys(out)) if (out[k] === 0) delete out[k];
  return out;
}

/**
 * A sheet's protections as ProtectedRange resources (reference/rest/v4/spreadsheets/sheets#ProtectedRange):
 * a sheet protection's range names the sheet only. requestingUserCanEdit: "True if the user who requested
 * this protected range can edit the protected area"; editors: "This field is only visible to users with
 * edit access to the protected range and the document", and "Editors are not supported with warning_only
 * protection", so a requester not allowed past it, or a warning-only range, gets none. The users are
 * those Protection.getEditors lists (the owner first; a protection no script has changed mirrors the
 * file's editors); proto3 leaves out a false requestingUserCanEdit.
 */
function protectedRangesOf(file: EmulatorContext, s: SheetData): { protectedRanges?: Record<string, unknown>[] } {
  const { data, effectiveUser } = file;
  const list = data.protections.filter((p) => p.sheetId === s.id).map((p) => {
    const allowed = canEditFile(data, effectiveUser) && canEditProtection(data, p, effectiveUser);
    const users = [...new Set([data.owner, ...(p.editorsSet ? p.editors : [...data.editors, ...p.editors])].map((e) => e.toLowerCase()))];
    return {
      protectedRangeId: p.id,
      range: p.type === 'SHEET' || !p.range ? (s.id ? { sheetId: s.id } : {}) : gridRangeJson(s.id, p.range),
      ...(p.description ? { description: p.description } : {}),
      ...(p.warningOnly ? { warningOnly: true } : {}),
      ...(allowed || p.warningOnly ? { requestingUserCanEdit: true } : {}),
      ...(allowed && !p.warningOnly ? { editors: { users, ...(p.domainEdit ? { domainUsersCanEdit: true } : {}) } } : {}),
    };
  });
  return list.length ? { protectedRanges: list } : {};
}

/** A DeveloperMetadata resource as the API writes it (an empty value left out, as proto3 does). */
function metadataJson(m: DeveloperMetadataData): Record<string, unknown> {
  const location = m.location.type === 'SPREADSHEET' ? { locationType: 'SPREADSHEET', spreadsheet: true } : { locationType: 'SHEET', sheetId: (m.location as { sheetId: number }).sheetId };
  return { metadataId: m.id, metadataKey: m.key, ...(m.value ? { metadataValue: m.value } : {}), location, visibility: m.visibility };
}

const onSheet = (m: DeveloperMetadataData, s: SheetData) => m.location.type === 'SHEET' && m.location.sheetId === s.id;
const listOrNothing = (list: Record<string, unknown>[]) => (list.length ? { developerMetadata: list } : {});

/** The answer for `ranges`, resolved by the caller (A1 ranges for get, data filters for getByDataFilter). */
export function spreadsheetsGet(file: EmulatorContext, spreadsheetId: string, opts: Pick<GetOptions, 'fields' | 'includeGridData'> | undefined,
  ranges: readonly { sheet: SheetData; grid: GridRange }[]): Record<string, unknown> {
  const mask = opts?.fields ? parseMask(opts.fields) : null;
  if (mask) assertModelled(mask, MODELLED, '');
  const sheetsMask = mask?.get('sheets');
  const withData = mask ? sheetsMask === true || sheetsMask?.has('data') === true : Boolean(opts?.includeGridData);
  const cellMask = ((): Tree | true => {
    const s = mask?.get('sheets');
    const d = s && s !== true ? s.get('data') : true;
    const rd = d && d !== true ? d.get('rowData') : true;
    const v = rd && rd !== true ? rd.get('values') : true;
    return v ?? true;
  })();
  const sheets = file.data.sheets
    .filter((s) => ranges.length === 0 || ranges.some((r) => r.sheet === s))
    .map((s) => ({
      // proto3 JSON leaves out a 0: the first sheet's sheetId and index are absent.
      properties: { ...(s.id ? { sheetId: s.id } : {}), title: s.name, ...(file.data.sheets.indexOf(s) ? { index: file.data.sheets.indexOf(s) } : {}), ...(s.hidden ? { hidden: true } : {}) },
      ...listOrNothing(file.data.developerMetadata.filter((m) => onSheet(m, s)).map(metadataJson)),
      ...protectedRangesOf(file, s),
      ...(s.filter ? { basicFilter: { range: gridRangeJson(s.id, s.filter) } } : {}),
      ...(withData ? { data: ranges.filter((r) => r.sheet === s).map((r) => gridJson(s, r.grid, cellMask, file.data.timeZone)) } : {}),
    }));
  const full = { spreadsheetId, properties: { title: file.data.name, timeZone: file.data.timeZone },
    ...listOrNothing(file.data.developerMetadata.filter((m) => m.location.type === 'SPREADSHEET').map(metadataJson)), sheets };
  return (mask ? select(full, mask) : full) as Record<string, unknown>;
}

/** A DataFilter of getByDataFilter: the emulator models gridRange and a1Range (not developerMetadataLookup). */
export interface DataFilter {
  gridRange?: { sheetId?: number; startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number };
  a1Range?: string;
  developerMetadataLookup?: unknown;
}

/**
 * A gridRange (0-based, end-exclusive; a missing bound is unbounded: reference/rest/v4/other#GridRange)
 * as the sheet and the part of its grid it covers; a sheet id no sheet has is refused.
 */
export function gridOfFilter(file: EmulatorContext, g: NonNullable<DataFilter['gridRange']>): { sheet: SheetData; grid: GridRange } {
  const sheet = file.data.sheets.find((s) => s.id === (g.sheetId ?? 0));
  if (!sheet) throw new Error(`No grid with id: ${g.sheetId ?? 0}`);
  const r0 = Math.max(0, g.startRowIndex ?? 0);
  const c0 = Math.max(0, g.startColumnIndex ?? 0);
  const r1 = Math.min(sheet.maxRows, g.endRowIndex ?? sheet.maxRows);
  const c1 = Math.min(sheet.maxColumns, g.endColumnIndex ?? sheet.maxColumns);
  if (r1 <= r0 || c1 <= c0) throw new Error(`Range exceeds grid limits (sheet ${sheet.id}). Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  return { sheet, grid: { row: r0 + 1, column: c0 + 1, numRows: r1 - r0, numColumns: c1 - c0 } };
}
