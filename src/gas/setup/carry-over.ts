/**
 * Pre-filling next year's unit tabs with this year's models (core/unit-tab/carry-over.ts): the
 * new file's sheet "Mô hình năm trước" (tracked by spreadsheet metadata, for coordinators only)
 * is written by createNextYearCampaign and read by setup, once a run, to lay each unit's rows into
 * its new tab before the tab is handed to the unit.
 */
import type { Campaign } from '../../core/campaign';
import { carryOverRows, CARRY_OVER_SHEET_NAME, prefillFor, readCarryOver, type Prefill } from '../../core/unit-tab/carry-over';
import { formSections, readUnitTab } from '../../core/unit-tab/read';
import type { SheetValue } from '../../core/unit-tab/entry';
import { campaignTabs, readCampaignGrids } from './campaign-tabs';
import { protectSheet } from './protect';
import { createRoleSheet, type Tracking } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const CARRY_OVER_KEY = 'dvk.carryOver';
const PROTECTION = 'Dân vận khéo: Mô hình năm trước (chỉ người tổng hợp sửa)';

/** Every unit's models of this year (`c`), read from this file, as the sheet's rows for `year`; `reserved`: Cấu hình and Mẫu đăng ký. */
export function readThisYearModels(ss: Spreadsheet, c: Campaign, year: number, reserved: number[]): SheetValue[][] {
  const tabs = campaignTabs(ss, c, reserved).byUnit;
  const list = c.units.flatMap((u) => { const t = tabs.get(u.name); return t ? [{ u, t }] : []; });
  const grid = readCampaignGrids(list.map((x) => x.t));
  return carryOverRows(c, year, list.map(({ u, t }) => ({ unit: u.name, entries: readUnitTab((grid(t) ?? []) as SheetValue[][], c).entries })));
}

/** The sheet in the new file, unless a press before made it (a coordinator may have trimmed it since). */
export function writeCarryOver(target: Spreadsheet, rows: SheetValue[][], coordinators: string[], who: { me: string; owner: string }): void {
  const id = target.getDeveloperMetadata().find((m) => m.getKey() === CARRY_OVER_KEY)?.getValue();
  const had = id ? target.getSheetById(Number(id)) : null;
  if (had && had.getLastRow() > 1) return;
  const sheet = had ?? createRoleSheet(target, CARRY_OVER_KEY, CARRY_OVER_SHEET_NAME).sheet;
  // A new sheet has 1,000 rows; a campaign of a few hundred units carries several thousand models.
  const short = rows.length - sheet.getMaxRows();
  if (short > 0) sheet.insertRowsAfter(sheet.getMaxRows(), short);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  sheet.setFrozenRows(1);
  protectSheet(sheet, coordinators, PROTECTION, who);
}

/** Each unit's pre-fill in this file, or null when the file has no "Mô hình năm trước". */
export function readPrefill(ss: Spreadsheet, tracking: Tracking, template: Sheet, c: Campaign): ((unit: string) => Prefill | null) | null {
  const id = tracking.roles.get(CARRY_OVER_KEY);
  const sheet = id === undefined ? null : ss.getSheetById(id);
  if (!sheet) return null;
  const carried = readCarryOver(sheet.getDataRange().getValues() as SheetValue[][], c);
  const form = template.getDataRange().getValues() as SheetValue[][];
  const sections = formSections(form, c);
  return (unit) => prefillFor(c, form, sections, carried.forUnit(unit));
}

/** Lays the rows into a fresh copy of the form: the inserts, then one write. */
export function applyPrefill(sheet: Sheet, p: Prefill): void {
  for (const x of p.inserts) sheet.insertRowsAfter(x.afterRow, x.count);
  sheet.getRange(p.startRow, 1, p.values.length, p.values[0].length).setValues(p.values);
}
