/**
 * The SpreadsheetApp global (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app).
 * getUi() fails where Apps Script has no UI (time-driven triggers): ctx.hasUi === false.
 * getActive*() is the file the add-on runs in; openById/openByUrl reach any file of the emulated
 * Drive the effective user can edit; create() makes a new one owned by the effective user.
 */
import type { EmulatorContext } from '../context';
import { activeSheetData, filesOf, makeBook, type Book } from './book';
import { newConditionalFormatRuleBuilder } from './conditional-format';
import { counted } from './counted';
import { newDataValidationBuilder } from './data-validation';
import * as E from './enums';
import { ERR, fail } from './errors';
import { makeRange, makeSheet, makeSpreadsheet } from './factory';
import { resolveRangeArg } from './sheet-lookup';
import { Button, ButtonSet, makeUi } from './ui';
import { UiLog } from './ui-log';
import type { AssertAssignable } from './user';
import { canEditFile } from './permissions';
import { newSheetData, newSpreadsheetData } from '../model';

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class SpreadsheetAppImpl {
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly BooleanCriteria = E.BooleanCriteria;
  readonly ProtectionType = E.ProtectionType;
  readonly GroupControlTogglePosition = E.GroupControlTogglePosition;
  readonly DeveloperMetadataVisibility = E.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = E.DeveloperMetadataLocationType;
  readonly WrapStrategy = E.WrapStrategy;
  readonly BorderStyle = E.BorderStyle;
  readonly Dimension = E.Dimension;
  readonly SheetType = E.SheetType;
  readonly CopyPasteType = E.CopyPasteType;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly ctx: EmulatorContext, private readonly ui: UiLog) {
    return counted(ctx, 'SpreadsheetApp', this);
  }
  /** The file the add-on runs in now (the emulator switches it per execution). */
  private get book(): Book { return makeBook(this.ctx, this.ui); }
  /** Null in an add-on's time-driven execution: it has no active document (ctx.activeDocument). */
  getActive(): GSpreadsheet { return this.getActiveSpreadsheet(); }
  getActiveSpreadsheet(): GSpreadsheet {
    return (this.ctx.activeDocument === false ? null : makeSpreadsheet(this.book)) as GSpreadsheet;
  }
  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet { return makeSheet(this.book, activeSheetData(this.book)); }
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    return makeRange(this.book, activeSheetData(this.book), this.book.selection.range ?? { row: 1, column: 1, numRows: 1, numColumns: 1 });
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet { return sheet.activate(); }
  /**
   * A file that does not exist (or was deleted) fails as Apps Script words it; one the effective
   * user has no access to fails with the permission error (the emulator models editors only, so
   * a file shared for viewing is out of reach here: stricter than Google).
   */
  openById(id: string): GSpreadsheet {
    const data = filesOf(this.ctx).get(String(id));
    if (!data) fail(ERR.noSpreadsheet(id));
    if (!canEditFile(data, this.ctx.effectiveUser)) fail(ERR.noPermission);
    return makeSpreadsheet(makeBook(this.ctx, this.ui, data));
  }
  openByUrl(url: string): GSpreadsheet {
    const m = /\/d\/([^/]+)/.exec(url);
    return this.openById(m ? m[1] : url);
  }
  /**
   * A new spreadsheet in the effective user's Drive, owned by them, shared with no one; one sheet
   * 'Sheet1' (its rows × columns when given). Its time zone and locale are the account's, not the
   * caller's file: the emulator gives 'Etc/GMT' and 'en_US' so code that forgets to set the
   * campaign's zone is caught. Needs the spreadsheets scope (full authorization).
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
   */
  create(name: string, rows?: number, columns?: number): GSpreadsheet {
    if (this.ctx.authMode !== 'FULL') fail('You do not have permission to call SpreadsheetApp.create. Required permissions: https://www.googleapis.com/auth/spreadsheets');
    if (typeof name !== 'string' || name === '') fail(ERR.invalidArgument('name'));
    const files = this.ctx.files;
    if (!files) fail('SpreadsheetApp.create: this emulator holds a single file (no Drive).');
    let n = files.size + 1;
    while (files.has(`local-file-${n}`)) n++;
    const id = `local-file-${n}`;
    const data = newSpreadsheetData({ id, name, owner: this.ctx.effectiveUser, timeZone: 'Etc/GMT' });
    data.locale = 'en_US';
    data.sheets = [newSheetData(0, 'Sheet1', rows ?? 1000, columns ?? 26)];
    files.set(id, data);
    return makeSpreadsheet(makeBook(this.ctx, this.ui, data));
  }
  /** Writes apply at once in the emulator; flush only counts (it costs time in Apps Script). */
  flush(): void {}
  getUi(): GoogleAppsScript.Base.Ui {
    if (this.ctx.hasUi === false) fail(ERR.noUi);
    return makeUi(this.ctx, this.book.ui, this.book.ui.addonName);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newDataValidationBuilder(this.ctx, (a1) => resolveRangeArg(this.book, a1));
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return newConditionalFormatRuleBuilder(this.book);
  }
}

/** The SpreadsheetApp global for one emulated execution; `ui` collects what the add-on showed. */
export function createSpreadsheetApp(ctx: EmulatorContext, ui: UiLog = new UiLog()): GApp {
  return new SpreadsheetAppImpl(ctx, ui) as unknown as GApp;
}

type _A = AssertAssignable<SpreadsheetAppImpl, Pick<GApp, Exclude<keyof SpreadsheetAppImpl & keyof GApp, keyof typeof E | 'Button' | 'ButtonSet'>>>;
