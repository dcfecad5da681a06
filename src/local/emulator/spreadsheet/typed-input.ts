/**
 * Range.setValue(s) and Sheet.appendRow take a string as if a person typed it into the cell
 * (developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): "the value
 * […] is interpreted as it would be if typed"; the Sheets API's USER_ENTERED input option
 * describes the same parsing: "The values will be parsed as if the user typed them into the UI.
 * Numbers will stay as numbers, but strings may be converted to numbers, dates, etc. following
 * the same rules that are applied when entering text into a cell via the Google Sheets UI",
 * developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption).
 *
 * What is modelled, for the spreadsheet's locale (vi_VN: day first, decimal comma, '.' groups
 * thousands; en_*: month first, decimal point, ',' groups):
 * - a cell formatted as plain text ('@') keeps the string as written;
 * - a leading apostrophe makes text, the apostrophe itself is not kept;
 * - '=…' is a formula;
 * - numbers, with the locale's separators and leading zeros ("0123" → 123), and percents
 *   ("12%" → 0.12, format 0%);
 * - dates d/M/yyyy (day first in vi_VN) or yyyy-MM-dd, with an optional H:mm[:ss] time → a Date at
 *   that wall time in the spreadsheet's zone, format dd/MM/yyyy (or with HH:mm:ss);
 * - TRUE / FALSE in any case → booleans.
 * Other strings stay text. Google parses more (currencies, month names, bare times…); the add-on
 * must not rely on any string staying text unless the cell is '@' or the string starts with '.
 */
import { fromWallTime } from '../services/tz';
import type { CellData, SpreadsheetData } from '../model';
import { assertFits, writeValue } from './cells';
import { clearFormula } from './formula-value';

type Typed = { value: string | number | boolean | Date; format?: string };

const dayFirst = (locale: string) => !/^en(_|-|$)/.test(locale) || /^en_(GB|AU|IN|NZ|IE|ZA)/.test(locale);
const decimalComma = (locale: string) => !/^(en|ja|zh|ko|th|he)(_|-|$)/.test(locale);

function number(s: string, comma: boolean): number | undefined {
  const [group, dec] = comma ? ['.', ','] : [',', '.'];
  const esc = (c: string) => `\\${c}`;
  const re = new RegExp(`^([+-]?)(\\d{1,3}(?:${esc(group)}\\d{3})+|\\d+)(?:${esc(dec)}(\\d+))?$`);
  const m = re.exec(s);
  if (!m) return undefined;
  return Number(`${m[1]}${m[2].split(group).join('')}${m[3] ? `.${m[3]}` : ''}`);
}

function date(s: string, data: SpreadsheetData): Typed | undefined {
  const m = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  let y: number, mo: number, d: number;
  if (m[1].length === 4) [y, mo, d] = [+m[1], +m[3], +m[4]];
  else if (m[4].length === 4) [y, mo, d] = dayFirst(data.locale) ? [+m[4], +m[3], +m[1]] : [+m[4], +m[1], +m[3]];
  else return undefined;
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  const h = m[5] ? +m[5] : 0;
  const min = m[6] ? +m[6] : 0;
  const sec = m[7] ? +m[7] : 0;
  if (h > 23 || min > 59 || sec > 59) return undefined;
  const at = new Date(fromWallTime(data.timeZone, y, mo, d, h, min) + sec * 1000);
  return { value: at, format: m[5] ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy' };
}

/** What a typed string becomes in this spreadsheet (not formulas: writeValue keeps those). */
export function parseTyped(raw: string, data: SpreadsheetData): Typed {
  if (raw.startsWith("'")) return { value: raw.slice(1) };
  const s = raw.trim();
  if (s === '') return { value: raw };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true' };
  const comma = decimalComma(data.locale);
  const n = number(s, comma);
  if (n !== undefined) return { value: n };
  if (s.endsWith('%')) {
    const p = number(s.slice(0, -1).trim(), comma);
    if (p !== undefined) return { value: p / 100, format: /[.,]\d/.test(s) ? '0.00%' : '0%' };
  }
  return date(s, data) ?? { value: raw };
}

/** A value written by setValue(s)/appendRow: strings are parsed as typed unless the cell is plain text. */
export function writeTyped(cell: CellData, value: unknown, data: SpreadsheetData): void {
  assertFits(value);
  if (typeof value !== 'string' || (value.startsWith('=') && cell.numberFormat !== '@')) return writeValue(cell, value);
  const t = cell.numberFormat === '@' ? { value } : parseTyped(value, data);
  // Set directly: text that reads '=…' after its apostrophe is text, not a formula.
  clearFormula(cell);
  cell.value = t.value;
  if (t.format && !cell.numberFormat) cell.numberFormat = t.format;
}
