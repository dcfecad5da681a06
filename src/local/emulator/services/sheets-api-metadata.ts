/**
 * deleteDeveloperMetadata in the emulator's batchUpdate: the entries a DataFilter's
 * developerMetadataLookup selects (by metadataId, and by key or value when given) are removed, and
 * the reply lists them (DeleteDeveloperMetadataResponse.deletedDeveloperMetadata).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/response#deletedevelopermetadataresponse
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DataFilter#DeveloperMetadataLookup
 * Lookups by location, and a1Range / gridRange filters, are refused (not modelled). A lookup that
 * selects nothing is refused too: Google does not say, and the emulator is never more permissive.
 *
 * createDeveloperMetadata: the entry is stored at its location and echoed with its id.
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#createdevelopermetadatarequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * As the reference says: "Developer metadata must always have a key specified" and "must always
 * have a visibility specified"; metadataId may be given ("Must be positive"; an id in use is
 * refused); the location is one of spreadsheet, sheetId, dimensionRange (a row/column location is
 * not modelled here: refused); locationType is read-only. The 30,000-character allocation of each
 * location applies as for SpreadsheetApp (../spreadsheet/limits).
 */
import type { EmulatorContext } from '../context';
import type { DeveloperMetadataData } from '../model';
import { assertMetadataFits } from '../spreadsheet/limits';

export interface DeleteDeveloperMetadataRequest {
  dataFilter?: { developerMetadataLookup?: { metadataId?: number; metadataKey?: string; metadataValue?: string } & Record<string, unknown> } & Record<string, unknown>;
}

export function deleteDeveloperMetadata(ctx: EmulatorContext, req: DeleteDeveloperMetadataRequest, fail: (message: string) => never): { deleteDeveloperMetadata: { deletedDeveloperMetadata: Record<string, unknown>[] } } {
  const filter = req.dataFilter ?? {};
  const lookup = filter.developerMetadataLookup;
  const other = Object.keys(filter).filter((k) => k !== 'developerMetadataLookup');
  if (!lookup || other.length) fail(`dataFilter ${other[0] ?? '(empty)'} is not modelled by the emulator (developerMetadataLookup only)`);
  const unmodelled = Object.keys(lookup!).filter((k) => !['metadataId', 'metadataKey', 'metadataValue'].includes(k));
  if (unmodelled.length) fail(`developerMetadataLookup.${unmodelled[0]} is not modelled by the emulator`);
  const { metadataId, metadataKey, metadataValue } = lookup!;
  if (metadataId === undefined && metadataKey === undefined && metadataValue === undefined) fail('developerMetadataLookup selects nothing');
  const hit = ctx.data.developerMetadata.filter((m) => (metadataId === undefined || m.id === metadataId)
    && (metadataKey === undefined || m.key === metadataKey) && (metadataValue === undefined || (m.value ?? '') === metadataValue));
  if (!hit.length) fail('No developer metadata matches the data filter.');
  ctx.data.developerMetadata = ctx.data.developerMetadata.filter((m) => !hit.includes(m));
  return { deleteDeveloperMetadata: { deletedDeveloperMetadata: hit.map((m) => ({ metadataId: m.id, metadataKey: m.key, ...(m.value ? { metadataValue: m.value } : {}), visibility: m.visibility })) } };
}

export interface CreateDeveloperMetadataRequest {
  developerMetadata?: {
    metadataId?: number; metadataKey?: string; metadataValue?: string; visibility?: string;
    location?: { spreadsheet?: boolean; sheetId?: number; dimensionRange?: unknown; locationType?: string };
  };
}

export function createDeveloperMetadata(ctx: EmulatorContext, req: CreateDeveloperMetadataRequest, fail: (message: string) => never): { createDeveloperMetadata: { developerMetadata: Record<string, unknown> } } {
  const d = req.developerMetadata;
  if (!d) fail('developerMetadata is required');
  if (!d.metadataKey) fail('Developer metadata must always have a key specified.');
  if (d.visibility !== 'DOCUMENT' && d.visibility !== 'PROJECT') fail(`Developer metadata must always have a visibility specified (DOCUMENT or PROJECT), got ${d.visibility ?? 'none'}`);
  if (d.metadataId !== undefined) {
    if (!Number.isInteger(d.metadataId) || d.metadataId <= 0) fail(`Invalid metadataId: ${d.metadataId} (must be positive)`);
    if (ctx.data.developerMetadata.some((m) => m.id === d.metadataId)) fail(`Developer metadata with the id ${d.metadataId} already exists.`);
  }
  const loc = d.location ?? {};
  if (loc.locationType !== undefined) fail('location.locationType is read-only');
  const given = (['spreadsheet', 'sheetId', 'dimensionRange'] as const).filter((k) => loc[k] !== undefined && loc[k] !== false);
  if (given.length !== 1) fail(`location must set exactly one of spreadsheet, sheetId, dimensionRange; got ${given.join(', ') || 'none'}`);
  if (given[0] === 'dimensionRange') fail('location.dimensionRange is not modelled by the emulator in batchUpdate');
  let location: DeveloperMetadataData['location'] = { type: 'SPREADSHEET' };
  if (given[0] === 'sheetId') {
    if (!ctx.data.sheets.some((s) => s.id === loc.sheetId)) fail(`No grid with id: ${loc.sheetId}`);
    location = { type: 'SHEET', sheetId: loc.sheetId! };
  }
  const entry: DeveloperMetadataData = { id: d.metadataId ?? ctx.data.nextId++, key: String(d.metadataKey), value: d.metadataValue === undefined ? null : String(d.metadataValue), visibility: d.visibility, location };
  assertMetadataFits(ctx.data, entry);
  // An id chosen by the caller is never handed out again.
  if (ctx.data.nextId <= entry.id) ctx.data.nextId = entry.id + 1;
  ctx.data.developerMetadata.push(entry);
  return { createDeveloperMetadata: { developerMetadata: {
    metadataId: entry.id, metadataKey: entry.key, ...(entry.value !== null ? { metadataValue: entry.value } : {}), visibility: entry.visibility,
    location: location.type === 'SPREADSHEET' ? { locationType: 'SPREADSHEET', spreadsheet: true } : { locationType: 'SHEET', sheetId: loc.sheetId },
  } } };
}
