/**
 * Tab names for units. Sheets refuses names over 100 characters; []*?:/\ and edge apostrophes
 * break A1 references and exports, so they are replaced. Names are compared case-insensitively
 * (Sheets treats "Phường 1" and "phường 1" as the same name).
 */
import { nameKey } from './names';

export const MAX_SHEET_NAME_LENGTH = 100;

export function sanitizeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\[\]*?:/\\]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const cut = Array.from(cleaned).slice(0, MAX_SHEET_NAME_LENGTH).join('').trim();
  return cut || 'Đơn vị';
}

/**
 * Names that look the same are taken: Sheets tells names apart only by case, but a tab "Phường 9"
 * beside a look-alike would be two tabs for one unit to a person, so the canonical key decides.
 */
const sheetNameKey = nameKey;

/** Adds " (2)", " (3)"… until the name is free, shortening the base so the result stays ≤ 100. */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = Array.from(base).slice(0, MAX_SHEET_NAME_LENGTH - suffix.length).join('').trimEnd();
    const candidate = `${head}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}

/** `base`, or `base (2)`… when a sheet of `existing` has the name. */
export const freeSheetName = (base: string, existing: readonly string[]): string => uniqueSheetName(base, new Set(existing.map(sheetNameKey)));

export interface NameAssignment {
  unit: string;
  sheetName: string;
  /** Why the tab is not named exactly after the unit (Vietnamese, for the result list). */
  clash?: string;
}

/**
 * Names new tabs for units, in order, avoiding every existing tab name and each other.
 * A name changed only by sanitising is not a clash; a suffix added because the name is taken is.
 */
export function assignSheetNames(units: readonly string[], existingNames: readonly string[]): NameAssignment[] {
  const taken = new Set(existingNames.map(sheetNameKey));
  return units.map((unit) => {
    const base = sanitizeSheetName(unit);
    const sheetName = uniqueSheetName(base, taken);
    taken.add(sheetNameKey(sheetName));
    const clash = sheetName === base ? undefined : `tên trang tính "${base}" đã có, dùng "${sheetName}"`;
    return clash ? { unit, sheetName, clash } : { unit, sheetName };
  });
}
