/**
 * checkUnits(unitName?): "Kiểm tra" in the sidebar. Coordinators only (it writes marks on every
 * unit's protected tab). Reads each tab once, re-marks it, and reports problems grouped by unit.
 */
import type { Campaign, LocalDate, Unit } from '../../core/campaign';
import { explainingNotManager } from '../setup/protect';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { campaignOrThrow, loadCampaignSource } from '../setup/config-source';
import { sameName } from '../../core/names';
import { campaignTabs, type CampaignTab, type LostMember } from '../setup/campaign-tabs';
import { checkUnitTab, markArea, type UnitCheck } from './check-tab';
import { readMarkCells, type Area, type MarkRead } from './read-marks';
import { DATE_TYPES, dateOfSerial, readTabGrids, readTabSerials, type GridValue } from '../sheets-batch';
import { newWriteBatch } from '../sheets-write';
import { hubConfigVersion, warmEditCache } from '../campaign-cache';
import { editTagsIn, readEditTags } from '../edit-tags';
import { readLayout } from '../setup/file-layout';
import { withMarkLock } from './mark-lock';
import { todayLocal, todayVn } from './today';

export interface CheckUnitsResult {
  /** dd/MM/yyyy, the day quotas were measured against. */
  today: string;
  errors: number;
  warnings: number;
  units: UnitCheck[];
}

export function checkUnits(unitName?: string | null): CheckUnitsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return explainingNotManager(ss, () => checkIn(ss, unitName));
}

function checkIn(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unitName?: string | null): CheckUnitsResult {
  // Before Cấu hình: the edit cache is warmed under the version its content was read at (a file
  // without the tag: nothing is warmed; its next edit adds the tag).
  const layout = readLayout(ss);
  const tags = unitName ? null : layout ? editTagsIn(layout.metadata) : readEditTags(ss);
  const version = tags && hubConfigVersion(tags, null);
  const src = loadCampaignSource(ss, layout);
  assertCoordinator(callerEmail(), ownerEmail(ss), coordinatorsOf(src.config, src.grid), 'kiểm tra bảng đăng ký của các đơn vị');
  const c = campaignOrThrow(src, 'chưa kiểm tra được');
  const wanted = unitName ? c.units.filter((u) => sameName(u.name, unitName)) : c.units;
  if (unitName && wanted.length === 0) throw new Error(`Không có đơn vị “${unitName}” trong Cấu hình.`);
  const today = todayLocal(c.timeZone);
  const all = campaignTabs(ss, c, [src.config!.getSheetId(), ...(src.template ? [src.template.getSheetId()] : [])], false, src.layout);
  const tabs = all.byUnit;
  // Only the hub's tracked tabs: the edit trigger marks a tab as its unit's only once setup has adopted it.
  if (tags) warmEditCache(version, c, tabs.values().filter((t) => !t.recognised && t.ss === ss), tags.ids);
  const units = withMarkLock(true, () => {
    // Read under the lock: marks are planned from these values. Three requests for each file's
    // tabs: values, the notes and fills under the tables, then all the marks in one batchUpdate.
    const checks = markTabs(c, today, wanted.flatMap((u) => { const t = tabs.get(u.name); return t ? [{ u, t }] : []; }));
    return wanted.map((u) => {
      const tab = tabs.get(u.name);
      if (!tab) return missingTab(u.name, all.lost.find((m) => m.units.some((x) => sameName(x, u.name))), all.unclear.find((x) => x.units.some((n) => sameName(n, u.name)))?.message);
      const check = checks.get(tab)!;
      return tab.file ? { ...check, file: tab.file, url: tab.url } : check;
    });
  }) ?? [];
  const errors = units.reduce((n, u) => n + u.errors, 0);
  return { today: todayVn(c.timeZone), errors, warnings: units.reduce((n, u) => n + u.warnings, 0), units };
}

/**
 * Checks and marks `found`, each file's tabs in three requests (values with dates as serials, the
 * notes and fills under the tables with the numbers' formats, then all the marks in one
 * batchUpdate), so the cost grows with files, not units.
 */
export function markTabs(c: Campaign, today: LocalDate, found: readonly { u: Unit; t: CampaignTab }[]): Map<CampaignTab, UnitCheck> {
  const checks = new Map<CampaignTab, UnitCheck>();
  for (const file of new Set(found.map((f) => f.t.ss))) {
    const mine = found.filter((f) => f.t.ss === file);
    const tabs = mine.map((f) => f.t);
    const serials = readTabSerials(file, tabs);
    const grids = serials ?? readTabGrids(file, tabs);
    const current = readMarkCells(file, mine.map(({ t }) => {
      const grid = grids.get(t.sheetId) ?? [['']];
      return { sheetId: t.sheetId, name: t.name, ...markArea(grid, c), ...(serials ? { numbers: numbersBox(grid) } : {}) };
    }));
    if (serials) restoreDates(file, tabs, grids, current);
    const batch = newWriteBatch(file);
    for (const { u, t: tab } of mine) {
      // A tab recognised from its form but not yet adopted by setup is read, not marked.
      const check = checkUnitTab(() => tab.sheet, c, u, today, grids.get(tab.sheetId), batch, !tab.recognised, current.get(tab.sheetId), tab, !tab.recognised);
      checks.set(tab, tab.recognised ? { ...check, recognised: tab.recognised.how } : check);
    }
    batch.commit();
  }
  return checks;
}

/** The 1-based box of a grid's numbers (a date read as its serial is one), null when it has none. */
function numbersBox(grid: readonly (readonly unknown[])[]): Area | null {
  let top = 0;
  let bottom = 0;
  let width = 0;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let j = row.length - 1; j >= 0; j--) {
      if (typeof row[j] !== 'number') continue;
      if (!top) top = r + 1;
      bottom = r + 1;
      width = Math.max(width, j + 1);
      break;
    }
  }
  return top ? { top, bottom, width } : null;
}

/**
 * Numbers whose effective format is a date, time or date-time become Dates (the serial read in the
 * spreadsheet's time zone), as getValues gives them. A tab whose formats did not come (the request
 * failed) is read again the usual way (sheets-batch: date-like text re-read as serials).
 */
function restoreDates(file: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly CampaignTab[], grids: Map<number, GridValue[][]>, read: Map<number, MarkRead>): void {
  const timeZone = file.getSpreadsheetTimeZone();
  const again: CampaignTab[] = [];
  for (const t of tabs) {
    const grid = grids.get(t.sheetId);
    const typeAt = read.get(t.sheetId)?.typeAt;
    if (!grid || !numbersBox(grid)) continue;
    if (!typeAt) { again.push(t); continue; }
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let j = 0; j < row.length; j++) {
        const v = row[j];
        if (typeof v === 'number' && DATE_TYPES.has(typeAt(r + 1, j + 1) ?? '')) row[j] = dateOfSerial(v, timeZone);
      }
    }
  }
  if (again.length) for (const [id, grid] of readTabGrids(file, again)) grids.set(id, grid);
}

/** `unclear`: why a look-alike tab was not taken as the unit's (core/unit-tab/recognise), said instead of "no tab". */
function missingTab(unit: string, lost?: LostMember, unclear?: string): UnitCheck {
  return {
    unit, sheetName: '', sheetId: null, errors: 1, warnings: 0,
    problems: [lost ? { severity: 'error', code: 'file-lost', message: lost.problem }
      : { severity: 'error', code: 'no-tab', message: unclear ? `${unclear} Sửa xong, bấm “Tạo/cập nhật trang tính đơn vị”.` : 'Đơn vị chưa có trang tính đăng ký: bấm “Tạo/cập nhật trang tính đơn vị”.' }],
  };
}
