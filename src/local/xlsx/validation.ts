/**
 * Data validation rules: Apps Script criteria ⇄ Excel's <dataValidation>.
 * allowInvalid=false is Excel's "stop" error; allowInvalid=true its "warning" error (the value is
 * kept after a warning, as Sheets does). helpText is the input prompt. A rule Excel cannot express
 * (a list item holding a comma, a list over 255 characters, criteria with no Excel twin) returns
 * undefined here and travels in the __dvk sheet instead.
 * VALUE_IN_LIST args are [items, showDropdown] as getCriteriaValues() gives them for
 * requireValueInList(values, showDropdown) (developers.google.com/apps-script/reference/spreadsheet/
 * data-validation-builder; the shape is assumed, the search tool did not return that page's text).
 */
import type { DataValidation, DataValidationOperator } from 'exceljs';
import type { DataValidationData } from '../emulator/model';
import { instantToWall, wallToInstant } from './dates';

const DATE_OPERATORS: Record<string, DataValidationOperator> = {
  DATE_EQUAL_TO: 'equal', DATE_BEFORE: 'lessThan', DATE_AFTER: 'greaterThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual', DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BETWEEN: 'between', DATE_NOT_BETWEEN: 'notBetween',
};
const NUMBER_OPERATORS: Record<string, DataValidationOperator> = {
  NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual', NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual', NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween',
};
const invert = (m: Record<string, DataValidationOperator>): Record<string, string> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k]));
const DATE_CRITERIA = invert(DATE_OPERATORS);
const NUMBER_CRITERIA = invert(NUMBER_OPERATORS);

/** Excel has no "any valid date": a date after serial 0 (30/12/1899) stands for it. */
const SERIAL_ZERO = new Date(Date.UTC(1899, 11, 30));
/** Excel's limit on an inline list formula. */
const MAX_LIST_FORMULA = 255;

function messages(v: DataValidationData): Partial<DataValidation> {
  const out: Partial<DataValidation> = {
    allowBlank: true, showErrorMessage: true, errorStyle: v.allowInvalid ? 'warning' : 'stop',
  };
  if (v.helpText) {
    out.showInputMessage = true;
    out.prompt = v.helpText;
  }
  return out;
}

/** Google Sheets functions Excel and LibreOffice lack (LibreOffice's REGEX and Excel's REGEXTEST differ). */
const GOOGLE_ONLY = /\bREGEX(MATCH|EXTRACT|REPLACE)\s*\(/i;

function listFormula(items: unknown): string | undefined {
  if (!Array.isArray(items) || !items.every((i) => typeof i === 'string' && !i.includes(','))) return undefined;
  const formula = `"${items.map((i: string) => i.replace(/"/g, '""')).join(',')}"`;
  return formula.length <= MAX_LIST_FORMULA ? formula : undefined;
}

export function toExcelValidation(v: DataValidationData, timeZone: string): DataValidation | undefined {
  const base = messages(v);
  const c = v.criteria;
  if (c === 'VALUE_IN_LIST') {
    const formula = listFormula(v.args[0]);
    const dropdownShown = v.args[1] === undefined || v.args[1] === true;
    return formula && dropdownShown ? { ...base, type: 'list', formulae: [formula] } : undefined;
  }
  if (c === 'DATE_IS_VALID_DATE') return { ...base, type: 'date', operator: 'greaterThan', formulae: [SERIAL_ZERO] };
  if (c in DATE_OPERATORS) {
    if (!v.args.every((a) => a instanceof Date)) return undefined;
    const formulae = (v.args as Date[]).map((d) => instantToWall(d, timeZone));
    return { ...base, type: 'date', operator: DATE_OPERATORS[c], formulae };
  }
  if (c in NUMBER_OPERATORS) {
    if (!v.args.every((a) => typeof a === 'number')) return undefined;
    return { ...base, type: 'decimal', operator: NUMBER_OPERATORS[c], formulae: v.args.map(String) };
  }
  // A formula of Google-only functions would be an error, so every entry invalid, in Excel and LibreOffice: kept in the sidecar.
  if (c === 'CUSTOM_FORMULA' && typeof v.args[0] === 'string' && !GOOGLE_ONLY.test(v.args[0])) {
    return { ...base, type: 'custom', formulae: [v.args[0].replace(/^=/, '')] };
  }
  return undefined;
}

function parseList(formula: unknown): string[] | undefined {
  if (typeof formula !== 'string') return undefined;
  const m = /^"(.*)"$/s.exec(formula);
  if (!m) return undefined; // a range reference: not something the model's VALUE_IN_LIST holds
  return m[1].replace(/""/g, '"').split(',');
}

function criteriaAndArgs(dv: DataValidation, timeZone: string): { criteria: string; args: unknown[] } | undefined {
  const op = dv.operator ?? 'between';
  // LibreOffice writes a formula2 of 0 even for one-operand operators: keep only what op uses.
  const formulae = (dv.formulae ?? []).slice(0, op === 'between' || op === 'notBetween' ? 2 : 1);
  switch (dv.type) {
    case 'list': {
      const items = parseList(formulae[0]);
      return items ? { criteria: 'VALUE_IN_LIST', args: [items, true] } : undefined;
    }
    case 'date': {
      const dates = formulae.filter((f): f is Date => f instanceof Date);
      // LibreOffice re-saves it with a formula2 copy of formula1.
      if (op === 'greaterThan' && dates[0]?.getTime() === SERIAL_ZERO.getTime()) {
        return { criteria: 'DATE_IS_VALID_DATE', args: [] };
      }
      const criteria = DATE_CRITERIA[op];
      return criteria ? { criteria, args: dates.map((d) => wallToInstant(d, timeZone)) } : undefined;
    }
    case 'decimal':
    case 'whole': {
      const criteria = NUMBER_CRITERIA[op];
      return criteria ? { criteria, args: formulae.map(Number) } : undefined;
    }
    case 'custom':
      return { criteria: 'CUSTOM_FORMULA', args: [`=${formulae[0] ?? ''}`] };
    default:
      return undefined;
  }
}

export function fromExcelValidation(dv: DataValidation, timeZone: string): DataValidationData | undefined {
  const ca = criteriaAndArgs(dv, timeZone);
  if (!ca) return undefined;
  const rejects = dv.showErrorMessage === true && (dv.errorStyle ?? 'stop') === 'stop';
  const out: DataValidationData = { criteria: ca.criteria, args: ca.args, allowInvalid: !rejects };
  if (dv.showInputMessage && dv.prompt) out.helpText = dv.prompt;
  return out;
}
