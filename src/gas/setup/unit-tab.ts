/**
 * Making one unit tab, in steps a later run can complete: the copy of the template is tagged with
 * its unit first and marked complete (sync state) last, so a run that died in between leaves a
 * tab the next run recognises and finishes, never a half-made one it ignores or duplicates.
 */
import { UNIT_NAME_CELL, UNIT_NAME_PLACEHOLDER, unitHeaderName } from '../../core/template';
import type { Unit } from '../../core/campaign';
import { protectSheet } from './protect';
import { markUnitTab } from './marker';
import { setSync, tagUnitTab } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Meta = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
export interface Who { me: string; owner: string }

export const REMOVED_TAB_COLOR = '#999999';
export const unitProtectionDescription = (unit: string) => `Dân vận khéo: trang tính của ${unit} (đơn vị và người tổng hợp sửa)`;

export function createUnitTab(ss: Spreadsheet, template: Sheet, unit: Unit, sheetName: string, index: number): Sheet {
  const sheet = ss.insertSheet(sheetName, index, { template });
  tagUnitTab(sheet, unit.name);
  return sheet;
}

/** True when an untracked sheet is a bare template copy (a run died before tagging it). */
export function isBareTemplateCopy(sheet: Sheet): boolean {
  return sheet.getRange(UNIT_NAME_CELL.row, UNIT_NAME_CELL.column).getValue() === UNIT_NAME_PLACEHOLDER;
}

export function adoptUnitTab(sheet: Sheet, unit: Unit): void {
  tagUnitTab(sheet, unit.name);
}

/** The unit's formal name in the header, protection, then the completion mark. */
export function finishUnitTab(sheet: Sheet, unit: Unit, editors: string[], who: Who, meta?: Meta): void {
  sheet.getRange(UNIT_NAME_CELL.row, UNIT_NAME_CELL.column).setValue(asText(unitHeaderName(unit)));
  const applied = protectSheet(sheet, editors, unitProtectionDescription(unit.name), who);
  markUnitTab(sheet, unit.name);
  setSync({ sheet, sheetId: sheet.getSheetId(), meta }, unit.name, { editors: applied, name: sheet.getName(), marked: true });
}

/** An untracked tab recognised from its form becomes the unit's tracked tab; nothing in it is written. */
export function adoptRecognisedTab(sheet: Sheet, unit: Unit, editors: string[], who: Who): void {
  const applied = protectSheet(sheet, editors, unitProtectionDescription(unit.name), who);
  markUnitTab(sheet, unit.name);
  setSync({ sheet, sheetId: sheet.getSheetId() }, unit.name, { editors: applied, name: sheet.getName(), marked: true });
}

/** New editors on a complete tab, or its marker still missing; its rows are not touched. */
export function updateUnitTab(sheet: Sheet, unit: Unit, editors: string[], who: Who, meta: Meta | undefined, wasRemoved: boolean, name: string, markOnly = false): void {
  if (wasRemoved) sheet.setTabColor(null);
  const applied = markOnly ? editors : protectSheet(sheet, editors, unitProtectionDescription(unit.name), who);
  markUnitTab(sheet, unit.name);
  setSync({ sheet, sheetId: sheet.getSheetId(), meta }, unit.name, { editors: applied, name, marked: true });
}

/** A unit gone from Cấu hình keeps its tab and data; grey marks it, the sync state remembers. */
export function markRemoved(sheet: Sheet, unit: string, meta: Meta | undefined, editors: string[], name: string): void {
  sheet.setTabColor(REMOVED_TAB_COLOR);
  setSync({ sheet, sheetId: sheet.getSheetId(), meta }, unit, { editors, removed: true, name });
}

/** A unit name starting with = + - @ would be stored as a formula by setValue. */
const asText = (s: string) => (/^[=+\-@]/.test(s) ? `'${s}` : s);
