/**
 * Sheets allows a tab name of 100 characters, Excel (and so .xlsx) 31, unique case-insensitively.
 * Each tab gets a name in the file that Excel accepts; the full name travels in __dvk. Left to
 * exceljs, a long name is cut silently, so two units sharing a 31-character prefix collide
 * ("Worksheet name already exists") and a cut tab no longer matches its __dvk entry.
 */
import { SIDECAR_SHEET } from './sidecar';

export const EXCEL_MAX_SHEET_NAME = 31;

/** Cuts to `max` UTF-16 units without leaving half a surrogate pair (not valid XML text). */
function cut(name: string, max: number): string {
  if (name.length <= max) return name;
  const last = name.charCodeAt(max - 1);
  return name.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/**
 * The names to write, in the order given: a name that fits is kept; a longer one is cut to 31, and
 * if that is taken, cut shorter and suffixed "~2", "~3"… (as Excel numbers copies, but with a
 * character Sheets' names rarely hold). Names that fit are reserved first, so they never move.
 */
export function excelSheetNames(names: readonly string[]): string[] {
  const taken = new Set([SIDECAR_SHEET.toLowerCase()]);
  for (const n of names) if (n.length <= EXCEL_MAX_SHEET_NAME) taken.add(n.toLowerCase());
  return names.map((name) => {
    if (name.length <= EXCEL_MAX_SHEET_NAME) return name;
    let candidate = cut(name, EXCEL_MAX_SHEET_NAME);
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) {
      const suffix = `~${n}`;
      candidate = cut(name, EXCEL_MAX_SHEET_NAME - suffix.length) + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
