/**
 * SpreadsheetApp.newDataValidation() and the DataValidation it builds
 * (developers.google.com/apps-script/reference/spreadsheet/data-validation-builder).
 * New rules allow invalid input unless setAllowInvalid(false); a range criterion is stored as
 * its sheet-qualified A1 notation so the plain model stays serialisable.
 */
import { copyDate, isDate } from './dates';
import type { EmulatorContext } from '../context';
import type { DataValidationData } from '../model';
import { counted } from './counted';
import { DataValidationCriteria as C } from './enums';
import type { AssertAssignable } from './user';

type GBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type RangeLike = { getA1Notation(): string; getSheet(): { getName(): string } };

/** How a VALUE_IN_RANGE argument sits in the model. */
export interface RangeArg { rangeA1: string }
export const isRangeArg = (x: unknown): x is RangeArg => !!x && typeof x === 'object' && 'rangeA1' in x;

/** Turns model args back into what getCriteriaValues returns (Ranges, Date copies). */
export type ArgResolver = (a1: string) => unknown;

const copyArg = (a: unknown): unknown => (isDate(a) ? copyDate(a) : Array.isArray(a) ? [...a] : a);

class DataValidationImpl {
  constructor(private readonly ctx: EmulatorContext, private readonly rule: DataValidationData, private readonly resolve: ArgResolver) {
    return counted(ctx, 'DataValidation', this);
  }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.rule.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this.rule.args.map((a) => (isRangeArg(a) ? this.resolve(a.rangeA1) : copyArg(a)));
  }
  getAllowInvalid(): boolean { return this.rule.allowInvalid; }
  getHelpText(): string { return this.rule.helpText ?? ''; }
  copy(): GBuilder { return newDataValidationBuilder(this.ctx, this.resolve, this.rule); }
  _data(): DataValidationData { return cloneRule(this.rule); }
}

export function cloneRule(r: DataValidationData): DataValidationData {
  return { ...r, args: r.args.map(copyArg) };
}

class DataValidationBuilderImpl {
  private rule: DataValidationData;
  constructor(private readonly ctx: EmulatorContext, private readonly resolve: ArgResolver, from?: DataValidationData) {
    this.rule = from ? cloneRule(from) : { criteria: '', args: [], allowInvalid: true };
    return counted(ctx, 'DataValidationBuilder', this);
  }
  private set(criteria: string, ...args: unknown[]): GBuilder {
    this.rule.criteria = criteria;
    this.rule.args = args.map(copyArg);
    return this as unknown as GBuilder;
  }
  requireValueInList(values: string[], showDropdown = true): GBuilder { return this.set(C.VALUE_IN_LIST, [...values], showDropdown); }
  requireValueInRange(range: RangeLike, showDropdown = true): GBuilder {
    const a1 = `'${range.getSheet().getName().replace(/'/g, "''")}'!${range.getA1Notation()}`;
    return this.set(C.VALUE_IN_RANGE, { rangeA1: a1 } satisfies RangeArg, showDropdown);
  }
  requireDate(): GBuilder { return this.set(C.DATE_IS_VALID_DATE); }
  requireDateBetween(start: Date, end: Date): GBuilder { return this.set(C.DATE_BETWEEN, start, end); }
  requireDateNotBetween(start: Date, end: Date): GBuilder { return this.set(C.DATE_NOT_BETWEEN, start, end); }
  requireDateAfter(date: Date): GBuilder { return this.set(C.DATE_AFTER, date); }
  requireDateBefore(date: Date): GBuilder { return this.set(C.DATE_BEFORE, date); }
  requireDateOnOrAfter(date: Date): GBuilder { return this.set(C.DATE_ON_OR_AFTER, date); }
  requireDateOnOrBefore(date: Date): GBuilder { return this.set(C.DATE_ON_OR_BEFORE, date); }
  requireDateEqualTo(date: Date): GBuilder { return this.set(C.DATE_EQUAL_TO, date); }
  requireNumberBetween(start: number, end: number): GBuilder { return this.set(C.NUMBER_BETWEEN, start, end); }
  requireNumberGreaterThan(n: number): GBuilder { return this.set(C.NUMBER_GREATER_THAN, n); }
  requireNumberGreaterThanOrEqualTo(n: number): GBuilder { return this.set(C.NUMBER_GREATER_THAN_OR_EQUAL_TO, n); }
  requireNumberLessThan(n: number): GBuilder { return this.set(C.NUMBER_LESS_THAN, n); }
  requireNumberLessThanOrEqualTo(n: number): GBuilder { return this.set(C.NUMBER_LESS_THAN_OR_EQUAL_TO, n); }
  requireTextContains(text: string): GBuilder { return this.set(C.TEXT_CONTAINS, text); }
  requireTextEqualTo(text: string): GBuilder { return this.set(C.TEXT_EQUAL_TO, text); }
  requireTextIsEmail(): GBuilder { return this.set(C.TEXT_IS_VALID_EMAIL); }
  requireTextIsUrl(): GBuilder { return this.set(C.TEXT_IS_VALID_URL); }
  requireFormulaSatisfied(formula: string): GBuilder { return this.set(C.CUSTOM_FORMULA, formula); }
  requireCheckbox(checked?: unknown, unchecked?: unknown): GBuilder {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set(C.CHECKBOX, ...args);
  }
  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GBuilder {
    return this.set(String(criteria), ...args);
  }
  setAllowInvalid(allowInvalidData: boolean): GBuilder { this.rule.allowInvalid = allowInvalidData; return this as unknown as GBuilder; }
  setHelpText(helpText: string): GBuilder { this.rule.helpText = helpText; return this as unknown as GBuilder; }
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this.rule.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] { return this.rule.args.map(copyArg); }
  getAllowInvalid(): boolean { return this.rule.allowInvalid; }
  getHelpText(): string { return this.rule.helpText ?? ''; }
  copy(): GBuilder { return newDataValidationBuilder(this.ctx, this.resolve, this.rule); }
  build(): GValidation {
    if (!this.rule.criteria) throw new Error('Exception: The data validation rule has no criteria.');
    return makeDataValidation(this.ctx, cloneRule(this.rule), this.resolve);
  }
}

export function newDataValidationBuilder(ctx: EmulatorContext, resolve: ArgResolver, from?: DataValidationData): GBuilder {
  return new DataValidationBuilderImpl(ctx, resolve, from) as unknown as GBuilder;
}

export function makeDataValidation(ctx: EmulatorContext, rule: DataValidationData, resolve: ArgResolver): GValidation {
  return new DataValidationImpl(ctx, rule, resolve) as unknown as GValidation;
}

/** The model behind a DataValidation the script passes in. */
export function validationData(v: GValidation): DataValidationData {
  return (v as unknown as DataValidationImpl)._data();
}

type _V = AssertAssignable<DataValidationImpl, Pick<GValidation, keyof DataValidationImpl & keyof GValidation>>;
type _B = AssertAssignable<DataValidationBuilderImpl, Pick<GBuilder, keyof DataValidationBuilderImpl & keyof GBuilder>>;
