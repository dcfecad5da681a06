/**
 * What .xlsx cannot hold natively (spreadsheet id/owner/editors/time zone, sheet ids and grid sizes,
 * developer metadata, protections, conditional formats, charts, print settings, row groups (also written as
 * Excel's outline, for Excel and LibreOffice to show), validations Excel
 * cannot express) travels as JSON in one very hidden sheet, split into cells of column A under
 * Excel's 32,767-character cell limit. Dates are tagged so they come back as Dates.
 */
import type { DataValidationData, SheetData, SpreadsheetData } from '../emulator/model';

export const SIDECAR_SHEET = '__dvk';
const CHUNK = 30000;

/** The sheet fields a cell grid in .xlsx cannot carry, and the full name Excel may have cut. */
export interface SidecarSheet extends Pick<SheetData, 'name' | 'id' | 'maxRows' | 'maxColumns' | 'conditionalFormats' | 'charts' | 'print' | 'rowGroups' | 'rowGroupControlBefore'> {
  /** The name in the file, when Excel's 31-character cap made it differ (see sheet-names.ts). */
  fileName?: string;
  /** Validations with no Excel twin, by cell key 'row:col'. */
  validations: { key: string; validation: DataValidationData }[];
  /** Cells 'row:col' whose formula's value the emulator does not know (saved with no cached result). */
  uncomputed?: string[];
}

/** Everything of SpreadsheetData but the sheets' grids, which the .xlsx itself holds. */
export interface Sidecar extends Omit<SpreadsheetData, 'sheets'> {
  version: 1;
  sheets: SidecarSheet[];
}

export function encodeSidecar(s: Sidecar): string[] {
  const json = JSON.stringify(s, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
  // Surrogates escaped: exceljs 4.4 cuts each XML part into 16K-code-unit strings before parsing, which
  // splits any surrogate pair (emoji) straddling a cut; escaped, they cannot be split.
  return splitChunks(json.replace(/[\ud800-\udfff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`));
}

/** Splits without cutting a surrogate pair in two (half a pair is not valid XML text). */
function splitChunks(text: string): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

export function decodeSidecar(chunks: string[]): Sidecar {
  const parsed = JSON.parse(chunks.join(''), (_key, value) =>
    value && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1
      ? new Date(value.$date) : value);
  if (parsed?.version !== 1) throw new Error(`Unknown ${SIDECAR_SHEET} version: ${parsed?.version}`);
  return parsed as Sidecar;
}

export function sidecarOf(
  data: SpreadsheetData, nonNative: Map<number, SidecarSheet['validations']>, fileNames: Map<number, string>,
): Sidecar {
  return {
    version: 1, id: data.id, name: data.name, owner: data.owner, editors: data.editors, timeZone: data.timeZone,
    locale: data.locale, nextId: data.nextId, protections: data.protections, developerMetadata: data.developerMetadata,
    sheets: data.sheets.map((sh) => ({
      name: sh.name, ...(fileNames.get(sh.id) === sh.name ? {} : { fileName: fileNames.get(sh.id) }), id: sh.id, maxRows: sh.maxRows, maxColumns: sh.maxColumns,
      conditionalFormats: sh.conditionalFormats, charts: sh.charts, print: sh.print,
      ...(sh.rowGroups ? { rowGroups: sh.rowGroups } : {}), ...(sh.rowGroupControlBefore ? { rowGroupControlBefore: true } : {}),
      validations: nonNative.get(sh.id) ?? [],
      ...uncomputedOf(sh),
    })),
  };
}

function uncomputedOf(sh: SheetData): Pick<SidecarSheet, 'uncomputed'> {
  const keys = [...sh.cells].filter(([, c]) => c.uncomputed && c.formula).map(([k]) => k);
  return keys.length ? { uncomputed: keys } : {};
}
