/**
 * SpreadsheetApp.newConditionalFormatRule() and the rules Sheet.getConditionalFormatRules()
 * returns (developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder).
 * Only boolean conditions (no gradients): what the add-on's highlighting uses.
 */
import type { ConditionalFormatRuleData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { BooleanCriteria as B } from './enums';
import { makeRange, rangeTarget } from './factory';
import type { AssertAssignable } from './user';

type GRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

/** The sheet a rule's ranges live on is the sheet it is set on; ranges are stored as grids. */
const cloneRule = (r: ConditionalFormatRuleData): ConditionalFormatRuleData => ({
  ...r, ranges: r.ranges.map((g) => ({ ...g })), args: [...r.args],
});

class BooleanConditionImpl {
  constructor(book: Book, private readonly r: ConditionalFormatRuleData) {
    return counted(book.ctx, 'BooleanCondition', this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria { return this.r.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria; }
  getCriteriaValues(): unknown[] { return [...this.r.args]; }
  getBackground(): string | null { return this.r.background ?? null; }
  getFontColor(): string | null { return this.r.fontColor ?? null; }
  getBold(): boolean | null { return this.r.bold ?? null; }
}

class RuleImpl {
  constructor(private readonly book: Book, private readonly r: ConditionalFormatRuleData, private readonly sheetId: number | null) {
    return counted(book.ctx, 'ConditionalFormatRule', this);
  }
  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition {
    return new BooleanConditionImpl(this.book, this.r) as unknown as GoogleAppsScript.Spreadsheet.BooleanCondition;
  }
  getRanges(): GRange[] {
    const sheet = this.book.ctx.data.sheets.find((s) => s.id === this.sheetId);
    return sheet ? this.r.ranges.map((g) => makeRange(this.book, sheet, g)) : [];
  }
  copy(): GBuilder { return newConditionalFormatRuleBuilder(this.book, this.r, this.sheetId); }
  _data(): { rule: ConditionalFormatRuleData; sheetId: number | null } { return { rule: cloneRule(this.r), sheetId: this.sheetId }; }
}

class BuilderImpl {
  private r: ConditionalFormatRuleData;
  constructor(private readonly book: Book, from: ConditionalFormatRuleData | undefined, private sheetId: number | null) {
    this.r = from ? cloneRule(from) : { ranges: [], criteria: '', args: [] };
    return counted(book.ctx, 'ConditionalFormatRuleBuilder', this);
  }
  private when(criteria: string, ...args: unknown[]): GBuilder { this.r.criteria = criteria; this.r.args = args; return this as unknown as GBuilder; }
  whenTextEqualTo(text: string): GBuilder { return this.when(B.TEXT_EQUAL_TO, text); }
  whenTextContains(text: string): GBuilder { return this.when(B.TEXT_CONTAINS, text); }
  whenTextDoesNotContain(text: string): GBuilder { return this.when(B.TEXT_DOES_NOT_CONTAIN, text); }
  whenTextStartsWith(text: string): GBuilder { return this.when(B.TEXT_STARTS_WITH, text); }
  whenNumberLessThan(n: number): GBuilder { return this.when(B.NUMBER_LESS_THAN, n); }
  whenNumberLessThanOrEqualTo(n: number): GBuilder { return this.when(B.NUMBER_LESS_THAN_OR_EQUAL_TO, n); }
  whenNumberGreaterThan(n: number): GBuilder { return this.when(B.NUMBER_GREATER_THAN, n); }
  whenNumberGreaterThanOrEqualTo(n: number): GBuilder { return this.when(B.NUMBER_GREATER_THAN_OR_EQUAL_TO, n); }
  whenNumberEqualTo(n: number): GBuilder { return this.when(B.NUMBER_EQUAL_TO, n); }
  whenNumberBetween(a: number, b: number): GBuilder { return this.when(B.NUMBER_BETWEEN, a, b); }
  whenFormulaSatisfied(formula: string): GBuilder { return this.when(B.CUSTOM_FORMULA, formula); }
  whenCellEmpty(): GBuilder { return this.when(B.CELL_EMPTY); }
  whenCellNotEmpty(): GBuilder { return this.when(B.CELL_NOT_EMPTY); }
  setBackground(color: string | null): GBuilder { this.r.background = color?.toLowerCase() ?? undefined; return this as unknown as GBuilder; }
  setFontColor(color: string | null): GBuilder { this.r.fontColor = color?.toLowerCase() ?? undefined; return this as unknown as GBuilder; }
  setBold(bold: boolean | null): GBuilder { this.r.bold = bold ?? undefined; return this as unknown as GBuilder; }
  setRanges(ranges: GRange[]): GBuilder {
    const targets = ranges.map(rangeTarget);
    this.sheetId = targets[0]?.sheet.id ?? null;
    this.r.ranges = targets.map((t) => ({ ...t.grid }));
    return this as unknown as GBuilder;
  }
  getRanges(): GRange[] { return new RuleImpl(this.book, this.r, this.sheetId).getRanges(); }
  build(): GRule {
    if (!this.r.criteria) throw new Error('Exception: The conditional format rule has no condition.');
    return new RuleImpl(this.book, cloneRule(this.r), this.sheetId) as unknown as GRule;
  }
  copy(): GBuilder { return newConditionalFormatRuleBuilder(this.book, this.r, this.sheetId); }
}

export function newConditionalFormatRuleBuilder(book: Book, from?: ConditionalFormatRuleData, sheetId: number | null = null): GBuilder {
  return new BuilderImpl(book, from, sheetId) as unknown as GBuilder;
}

export function makeRule(book: Book, r: ConditionalFormatRuleData, sheetId: number): GRule {
  return new RuleImpl(book, cloneRule(r), sheetId) as unknown as GRule;
}

export function ruleData(rule: GRule): ConditionalFormatRuleData {
  return (rule as unknown as RuleImpl)._data().rule;
}

type _R = AssertAssignable<RuleImpl, Pick<GRule, keyof RuleImpl & keyof GRule>>;
type _C = AssertAssignable<BooleanConditionImpl, Pick<GoogleAppsScript.Spreadsheet.BooleanCondition, keyof BooleanConditionImpl & keyof GoogleAppsScript.Spreadsheet.BooleanCondition>>;
