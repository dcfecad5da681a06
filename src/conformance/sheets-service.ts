/**
 * The part of the Sheets advanced service the kit calls, typed loosely: the kit's manifest enables
 * it as `Sheets`, as the add-on's does.
 */
interface ApiMetadata { metadataId?: number; metadataKey?: string; metadataValue?: string }

export interface SheetsService {
  Spreadsheets: {
    Values: { batchGet(id: string, args: Record<string, unknown>): { valueRanges?: { range: string; majorDimension?: string; values?: unknown[][] }[] } };
    batchUpdate(resource: { requests: Record<string, unknown>[] }, id: string): { replies?: unknown[] };
    get(id: string, args: { ranges?: string[]; fields: string }): {
      developerMetadata?: ApiMetadata[];
      sheets?: { properties?: { sheetId?: number; title?: string }; developerMetadata?: ApiMetadata[]; basicFilter?: { range?: Record<string, number> };
        protectedRanges?: { protectedRangeId?: number; requestingUserCanEdit?: boolean; editors?: { users?: string[] }; range?: Record<string, number> }[]; data?: { rowData?: { values?: { note?: string; effectiveFormat?: { numberFormat?: { type?: string } } }[] }[] }[] }[];
    };
    getByDataFilter(resource: { dataFilters: Record<string, unknown>[] }, id: string, args: { fields: string }): {
      developerMetadata?: ApiMetadata[];
      sheets?: { developerMetadata?: ApiMetadata[]; data?: { startRow?: number; startColumn?: number; rowData?: { values?: { effectiveValue?: Record<string, unknown>; effectiveFormat?: { numberFormat?: { type?: string } } }[] }[] }[] }[];
    };
  };
}
declare const Sheets: SheetsService | undefined;

/** The advanced service, or a clear failure when the manifest does not enable it. */
export function sheetsApi(): SheetsService {
  if (typeof Sheets === 'undefined' || !Sheets) throw new Error('The Sheets advanced service is not enabled (appsscript.json dependencies).');
  return Sheets;
}
