/**
 * Text starting with = + - @ is read as a formula when written back with setValue(s) or opened
 * in a spreadsheet program (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue).
 * Paste carries such text into a unit's tab as plain text; the summary copies it elsewhere. The
 * only change validation ever makes to what a unit typed is the apostrophe Sheets itself uses to
 * keep a value as text.
 */
import type { Severity } from './problem';

const FORMULA_START = /^[=+\-@]/;

/** The text to write instead, or null when it is safe as it is. */
export function neutraliseFormula(text: string): string | null {
  return FORMULA_START.test(text) ? `'${text}` : null;
}

/**
 * "- Thăm hỏi…" and "+ Tặng quà…" are bullets, common in Vietnamese reports: still neutralised,
 * but only a warning; "=", "@" and a sign glued to what follows ("-1+A1", "+SUM(") are errors.
 */
export function injectionSeverity(text: string): Severity {
  return /^[+-]\s/.test(text) ? 'warning' : 'error';
}
