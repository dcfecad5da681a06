/**
 * deleteDeveloperMetadata in the emulator's batchUpdate: the entries a DataFilter's
 * developerMetadataLookup selects (by metadataId, and by key or value when given) are removed, and
 * the reply lists them (DeleteDeveloperMetadataResponse.deletedDeveloperMetadata).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/response#deletedevelopermetadataresponse
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/DataFilter#DeveloperMetadataLookup
 * Lookups by location, and a1Range / gridRange filters, are refused (not modelled). A lookup that
 * selects nothing is refused too: Google does not say, and the emulator is never more permissive.
 */
import type { EmulatorContext } from '../context';

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
