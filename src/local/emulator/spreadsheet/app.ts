/**
 * The SpreadsheetApp global (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app).
 * getUi() fails where Apps Script has no UI (time-driven triggers): ctx.hasUi === false.
 */
import type { EmulatorContext } from '../context';
import { activeSheetData, makeBook, type Book } from './book';
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

type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

class SpreadsheetAppImpl {
  readonly DataValidationCriteria = E.DataValidationCriteria;
  readonly BooleanCriteria = E.BooleanCriteria;
  readonly ProtectionType = E.ProtectionType;
  readonly DeveloperMetadataVisibility = E.DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = E.DeveloperMetadataLocationType;
  readonly WrapStrategy = E.WrapStrategy;
  readonly BorderStyle = E.BorderStyle;
  readonly Dimension = E.Dimension;
  readonly SheetType = E.SheetType;
  readonly CopyPasteType = E.CopyPasteType;
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  private readonly book: Book;

  constructor(private readonly ctx: EmulatorContext, ui: UiLog) {
    this.book = makeBook(ctx, ui);
    return counted(ctx, 'SpreadsheetApp', this);
  }
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
  openById(id: string): GSpreadsheet {
    if (id !== this.ctx.data.id) fail(ERR.noSpreadsheet(id));
    return makeSpreadsheet(this.book);
  }
  openByUrl(url: string): GSpreadsheet {
    const m = /\/d\/([^/]+)/.exec(url);
    return this.openById(m ? m[1] : url);
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
