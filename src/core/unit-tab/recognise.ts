/**
 * Recognising a unit's tab from the form itself, for tabs the add-on does not track (a file
 * downloaded from Google, saved by another program, or typed by hand): the registration header
 * row (STT · Tên mô hình · … · Ghi chú, read as a person reads it: case, diacritics and spacing
 * folded), every content section, and the unit's name in the header block or the tab's name,
 * matched to Cấu hình's units by looseNameKey. A match is a hint the caller reports; whatever is
 * not clear (two tabs for one unit, a name and a header that disagree, a unit that already has a
 * tracked tab) is listed, never guessed.
 */
import type { Campaign } from '../campaign';
import { looseNameKey } from '../names';
import { sanitizeSheetName } from '../sheet-names';
import { UNIT_NAME_CELL, UNIT_NAME_PLACEHOLDER } from '../template/template';
import type { SheetValue } from './entry';
import { unitMarkerName } from './marker';
import { foldText, readUnitTab } from './read';

export interface FormCandidate {
  sheetId: number;
  name: string;
  grid: readonly (readonly SheetValue[])[];
}

export type MatchedBy = 'marker' | 'header-and-name' | 'header' | 'name';

export interface RecognisedTab {
  unit: string;
  sheetId: number;
  name: string;
  by: MatchedBy;
  /** Vietnamese, for the result list: how the tab was matched. */
  how: string;
  /** The name cell still shows the template's placeholder (a copy a dead run left untagged). */
  placeholder: boolean;
}

export interface UnclearTab {
  sheetIds: number[];
  names: string[];
  /** Units (Cấu hình's names) the tabs could belong to: setup makes no new tab for them. */
  units: string[];
  message: string;
}

export interface Recognition {
  tabs: RecognisedTab[];
  unclear: UnclearTab[];
}

const HOW: Record<MatchedBy, string> = {
  marker: 'nhận theo vùng được đặt tên của add-on',
  'header-and-name': 'nhận theo mẫu, tên ở tiêu đề và tên trang tính',
  header: 'nhận theo mẫu và tên ở tiêu đề',
  name: 'nhận theo mẫu và tên trang tính',
};

/** Excel cuts tab names to 31 characters; Google's export writes them cut. */
const EXCEL_NAME_LENGTH = 31;

/** The row of the form's column headers: the first and last column and all but one of the others. */
export function formHeaderRow(grid: FormCandidate['grid'], c: Campaign): number {
  const wanted = c.columns.map((col) => foldText(col.header));
  return grid.findIndex((row) => {
    const cells = new Set(row.map(foldText));
    const found = wanted.filter((w) => cells.has(w)).length;
    return cells.has(wanted[0]) && cells.has(wanted[wanted.length - 1]) && found >= wanted.length - 1;
  });
}

/**
 * @param claimed Cấu hình unit names that already have a tracked tab: their look-alikes are
 * listed, never adopted (a tracked tab is never handed to, or shared with, another).
 * @param markers the add-on's named ranges (unitMarkerName) by the sheet they point at.
 */
export function recogniseUnitTabs(
  c: Campaign, candidates: readonly FormCandidate[], claimed: ReadonlySet<string>, markers: ReadonlyMap<number, string> = new Map(),
): Recognition {
  const byMarker = new Map(c.units.map((u) => [unitMarkerName(u.name), u.name]));
  const byKey = new Map<string, string>();
  // The header block shows the formal name ("ĐẢNG ỦY PHƯỜNG 9") on tabs made since units have one.
  for (const u of c.units) for (const n of [u.name, u.formalName ?? '']) if (n) byKey.set(looseNameKey(n), u.name);
  const nameKeys = new Map<string, string>();
  for (const u of c.units) {
    const tab = sanitizeSheetName(u.name);
    for (const n of [u.name, tab, Array.from(tab).slice(0, EXCEL_NAME_LENGTH).join('')]) nameKeys.set(looseNameKey(n), u.name);
  }
  const claimedKeys = new Set([...claimed].map(looseNameKey));
  const unclear: UnclearTab[] = [];
  const byUnit = new Map<string, { tab: FormCandidate; by: MatchedBy }[]>();

  for (const tab of candidates) {
    const headerRow = formHeaderRow(tab.grid, c);
    const marked = byMarker.get(markers.get(tab.sheetId) ?? '');
    // The add-on's own marker needs no form (a unit may have deleted a section); anything else does.
    if (!marked && (headerRow < 0 || readUnitTab(tab.grid, c).problems.length > 0)) continue;
    const inHeader = headerRow < 0 ? [] : headerUnits(tab.grid.slice(0, headerRow), byKey);
    const byName = marked ?? nameKeys.get(looseNameKey(tab.name));
    const one = (message: string, units: string[]) => unclear.push({ sheetIds: [tab.sheetId], names: [tab.name], units, message });
    if (inHeader.length > 1) {
      one(`Trang tính “${tab.name}”: tiêu đề ghi nhiều đơn vị (${inHeader.join(', ')}), chưa nhận.`, inHeader);
    } else if (inHeader.length === 1 && byName && byName !== inHeader[0]) {
      one(`Trang tính “${tab.name}”: tên trang tính là ${byName}, tiêu đề ghi ${inHeader[0]}, chưa nhận.`, [byName, inHeader[0]]);
    } else if (inHeader.length === 0 && !byName) {
      one(`Trang tính “${tab.name}” giống mẫu đăng ký nhưng không khớp đơn vị nào.`, []);
    } else {
      const unit = inHeader[0] ?? byName!;
      const by: MatchedBy = marked ? 'marker' : inHeader.length && byName ? 'header-and-name' : inHeader.length ? 'header' : 'name';
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), { tab, by }]);
    }
  }

  const tabs: RecognisedTab[] = [];
  for (const [unit, found] of byUnit) {
    const names = found.map((f) => `“${f.tab.name}”`).join(', ');
    const ids = found.map((f) => f.tab.sheetId);
    const list = found.map((f) => f.tab.name);
    if (claimedKeys.has(looseNameKey(unit))) {
      unclear.push({ sheetIds: ids, names: list, units: [],
        message: `Trang tính ${names} giống trang tính của ${unit}, đơn vị đã có trang tính: không nhận.` });
    } else if (found.length > 1) {
      unclear.push({ sheetIds: ids, names: list, units: [unit],
        message: `${found.length} trang tính giống trang tính của ${unit} (${names}): chưa nhận, hãy giữ một trang tính.` });
    } else {
      const { tab, by } = found[0];
      const placeholder = tab.grid[UNIT_NAME_CELL.row - 1]?.[UNIT_NAME_CELL.column - 1] === UNIT_NAME_PLACEHOLDER;
      tabs.push({ unit, sheetId: tab.sheetId, name: tab.name, by, how: HOW[by], placeholder });
    }
  }
  return { tabs, unclear };
}

/** Distinct Cấu hình units named by a cell of the header block ("Đơn vị: …" read as the name). */
function headerUnits(rows: FormCandidate['grid'], byKey: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const row of rows) {
    for (const v of row) {
      if (typeof v !== 'string' || !v.trim() || v.trim() === UNIT_NAME_PLACEHOLDER) continue;
      const key = looseNameKey(v).replace(/^don vi /, '');
      const unit = byKey.get(key);
      if (unit && !out.includes(unit)) out.push(unit);
    }
  }
  return out;
}
