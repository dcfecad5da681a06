/**
 * addProtectedRange and updateProtectedRange in the emulator's batchUpdate.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * As the reference says: protectedRangeId is optional ("It is an error to specify the ID of a range
 * that already exists"); a range with only a sheetId ("fully unbounded") protects the sheet;
 * "Editors are not supported with warning_only protection"; "Unprotected ranges are only supported
 * on protected sheets"; namedRangeId and range are exclusive (namedRangeId is not modelled: refused).
 * The stricter readings where the reference is silent: `editors` given are the protection's editors
 * exactly (the owner can always edit); without `editors` only the requesting user (and the owner)
 * may edit, never the file's editors at large; groups are refused (not modelled); a sheet already
 * protected as a whole is refused a second sheet protection; the requester must be allowed to
 * change what it protects. The reply echoes the protected range with its id.
 */
import type { GridRange, ProtectionData, SheetData } from '../model';
import type { Book } from '../spreadsheet/book';
import { assertCanWrite, canEditFile, canEditProtection, isOwner } from '../spreadsheet/permissions';

export interface ApiRange { sheetId?: number; startRowIndex?: number; endRowIndex?: number; startColumnIndex?: number; endColumnIndex?: number }
export interface ProtectedRangeIn {
  protectedRangeId?: number;
  range?: ApiRange;
  namedRangeId?: string;
  description?: string;
  warningOnly?: boolean;
  requestingUserCanEdit?: boolean;
  unprotectedRanges?: ApiRange[];
  editors?: { users?: string[]; groups?: string[]; domainUsersCanEdit?: boolean };
}
export interface AddProtectedRangeRequest { protectedRange?: ProtectedRangeIn }
export interface UpdateProtectedRangeRequest { protectedRange?: ProtectedRangeIn; fields?: string }

type Fail = (m: string) => never;

const BOUNDS = ['startRowIndex', 'endRowIndex', 'startColumnIndex', 'endColumnIndex'] as const;
const unbounded = (r: ApiRange) => BOUNDS.every((k) => r[k] === undefined);

/** A 0-based end-exclusive range as the emulator's 1-based grid, inside the sheet. */
function gridOf(sheet: SheetData, r: ApiRange, fail: Fail): GridRange {
  const top = r.startRowIndex ?? 0;
  const left = r.startColumnIndex ?? 0;
  const bottom = r.endRowIndex ?? sheet.maxRows;
  const right = r.endColumnIndex ?? sheet.maxColumns;
  if (top < 0 || left < 0 || bottom > sheet.maxRows || right > sheet.maxColumns || bottom <= top || right <= left) {
    fail(`Range ('${sheet.name}'!R${top + 1}C${left + 1}:R${bottom}C${right}) exceeds grid limits or is empty. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
  }
  return { row: top + 1, column: left + 1, numRows: bottom - top, numColumns: right - left };
}

const toApi = (g: GridRange, sheetId: number): ApiRange => ({
  ...(sheetId ? { sheetId } : {}), ...(g.row > 1 ? { startRowIndex: g.row - 1 } : {}), endRowIndex: g.row - 1 + g.numRows,
  ...(g.column > 1 ? { startColumnIndex: g.column - 1 } : {}), endColumnIndex: g.column - 1 + g.numColumns,
});

export function addProtectedRange(book: Book, req: AddProtectedRangeRequest, fail: Fail): { addProtectedRange: { protectedRange: Record<string, unknown> } } {
  const { data, effectiveUser } = book.ctx;
  const p = req.protectedRange;
  if (!p) fail('protectedRange is required');
  if (p.namedRangeId !== undefined) fail('namedRangeId is not modelled by the emulator (give a range)');
  if (!p.range) fail('One of range or namedRangeId must be set.');
  if (p.requestingUserCanEdit !== undefined) fail('requestingUserCanEdit is read-only');
  if (p.protectedRangeId !== undefined) {
    if (!Number.isInteger(p.protectedRangeId) || p.protectedRangeId < 0) fail(`Invalid protectedRangeId: ${p.protectedRangeId}`);
    if (data.protections.some((x) => x.id === p.protectedRangeId)) fail(`A protected range with the id ${p.protectedRangeId} already exists.`);
  }
  const sheet = data.sheets.find((s) => s.id === (p.range!.sheetId ?? 0));
  if (!sheet) fail(`No grid with id: ${p.range.sheetId ?? 0}`);
  const whole = unbounded(p.range);
  const warningOnly = p.warningOnly === true;
  if (warningOnly && p.editors) fail('Editors are not supported with warning_only protection.');
  if (p.unprotectedRanges?.length && !whole) fail('Unprotected ranges are only supported on protected sheets.');
  if (p.editors?.groups?.length) fail('editors.groups is not modelled by the emulator');
  if (whole && data.protections.some((x) => x.sheetId === sheet.id && x.type === 'SHEET')) fail(`The sheet '${sheet.name}' is already protected.`);
  const range = whole ? undefined : gridOf(sheet, p.range, fail);
  const unprotectedRanges = (p.unprotectedRanges ?? []).map((r) => {
    if ((r.sheetId ?? 0) !== sheet.id) fail('An unprotected range must be on the protected sheet.');
    return gridOf(sheet, r, fail);
  });
  assertCanWrite(book, sheet, range ?? 'STRUCTURE');
  const users = p.editors ? p.editors.users ?? [] : warningOnly ? [] : [effectiveUser];
  const editors = [...new Set(users.map((e) => String(e).trim().toLowerCase()))].filter((e) => e && !isOwner(data, e));
  const made: ProtectionData = {
    id: p.protectedRangeId ?? data.nextId++, type: whole ? 'SHEET' : 'RANGE', sheetId: sheet.id, range, unprotectedRanges,
    description: p.description ?? '', editors, warningOnly, domainEdit: p.editors?.domainUsersCanEdit === true, editorsSet: true,
  };
  // An id chosen by the caller is never handed out again.
  if (data.nextId <= made.id) data.nextId = made.id + 1;
  data.protections.push(made);
  const echo: Record<string, unknown> = {
    protectedRangeId: made.id,
    range: whole ? { ...(sheet.id ? { sheetId: sheet.id } : {}) } : toApi(range!, sheet.id),
    ...(made.description ? { description: made.description } : {}),
    ...(warningOnly ? { warningOnly: true } : { editors: { users: [data.owner.toLowerCase(), ...editors], ...(made.domainEdit ? { domainUsersCanEdit: true } : {}) } }),
    ...(unprotectedRanges.length ? { unprotectedRanges: unprotectedRanges.map((g) => toApi(g, sheet.id)) } : {}),
    requestingUserCanEdit: isOwner(data, effectiveUser) || warningOnly || editors.includes(effectiveUser.toLowerCase()),
  };
  return { addProtectedRange: { protectedRange: echo } };
}

/** The fields of a ProtectedRange the emulator lets updateProtectedRange change; any other is refused as not modelled. */
const UPDATABLE = new Set(['description', 'editors', 'editors.users', 'editors.domainUsersCanEdit']);

/**
 * updateProtectedRange: "Updates an existing protected range with the specified protectedRangeId";
 * `fields`: "At least one field must be specified. The root protectedRange is implied and should not
 * be specified. A single "*" can be used as short-hand for listing every field" (UpdateProtectedRangeRequest).
 * A listed field missing from protectedRange is cleared, as field masks do: `editors` given replaces
 * the list (the owner can always edit). The stricter readings where the reference is silent: only
 * someone allowed past the protection (requestingUserCanEdit) may change it, as with Apps Script's
 * Protection; the requester cannot drop themselves (Apps Script's removeEditor never removes the
 * current user); "*" (which would also move the range) and range, warningOnly, unprotectedRanges,
 * namedRangeId and groups are not modelled, so refused.
 */
export function updateProtectedRange(book: Book, req: UpdateProtectedRangeRequest, fail: Fail): void {
  const { data, effectiveUser } = book.ctx;
  const p = req.protectedRange;
  if (!p) fail('protectedRange is required');
  if (p.protectedRangeId === undefined) fail('protectedRangeId is required');
  const fields = (req.fields ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) fail('At least one field must be specified.');
  for (const f of fields) {
    if (f.startsWith('protectedRange')) fail(`The root protectedRange is implied and should not be specified: ${f}`);
    if (!UPDATABLE.has(f)) fail(`field ${f} is not modelled by the emulator's updateProtectedRange`);
  }
  const target = data.protections.find((x) => x.id === p.protectedRangeId);
  if (!target) fail(`No protected range with id: ${p.protectedRangeId}`);
  if (!canEditFile(data, effectiveUser) || !canEditProtection(data, target, effectiveUser)) {
    fail('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
  }
  const has = (f: string) => fields.includes(f);
  if (p.editors?.groups?.length) fail('editors.groups is not modelled by the emulator');
  if (has('description')) target.description = p.description ?? '';
  const users = has('editors') || has('editors.users');
  if ((users || has('editors.domainUsersCanEdit')) && target.warningOnly) fail('Editors are not supported with warning_only protection.');
  if (users) {
    const list = [...new Set((p.editors?.users ?? []).map((e) => String(e).trim().toLowerCase()))].filter((e) => e && !isOwner(data, e));
    if (!isOwner(data, effectiveUser) && !list.includes(effectiveUser.toLowerCase())) fail('The requesting user cannot remove themselves from the editors of a protected range.');
    target.editors = list;
    target.editorsSet = true;
  }
  if (has('editors') || has('editors.domainUsersCanEdit')) target.domainEdit = p.editors?.domainUsersCanEdit === true;
}
