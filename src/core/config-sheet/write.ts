/** Campaign → the Cấu hình sheet's layout (see tables.ts for the shape a person edits). */
import type { Campaign } from '../campaign';
import { LayoutBuilder, type LayoutValue, type SheetLayout } from '../template/layout';
import { localDateToDate } from './dates';
import { ADVANCED_CAMPAIGN_FIELDS, ADVANCED_HEADING, ADVANCED_NOTE, CAMPAIGN_KEYS, CONFIG_COLUMNS, CONFIG_INSTRUCTIONS, CONFIG_TITLE, FIRST_ADVANCED, NO, REMINDER_KEYS, TABLE, TABLE_ORDER, YES, type TableId } from './tables';

const HEADING = { bold: true, fontSize: 12, background: '#fce5cd' } as const;
const HEADER = { bold: true, background: '#d9e2f3', wrap: true } as const;
/** The no-e-mail rule's fill (an older sheet had it as a static fill). */
export const MISSING = '#f4cccc';
const ADVANCED = { bold: true, fontSize: 12, background: '#d9d9d9', wrap: true } as const;
/** Blank rows kept inside the catalogue (tables follow it), with its Có/Không dropdown. */
const BLANK_CATALOGUE_ROWS = 10;
/** Rows under the unit list that keep the unit-type dropdown, for units a person adds. */
export const SPARE_UNIT_ROWS = 200;
/** Blank rows kept inside the unit list (it sits on top, so units are added there or by inserting rows). */
export const BLANK_UNIT_ROWS = 20;

export interface ConfigLayout extends SheetLayout {
  /** Heading row of each table, as written. */
  headings: Record<TableId, number>;
  /** The row of the ADVANCED heading; the rows under it, to the sheet's end, are one folded group. */
  advanced: number;
}

export function buildConfigLayout(c: Campaign): ConfigLayout {
  const rows = Object.fromEntries(TABLE_ORDER.map((id) => [id, tableRows(id, c)])) as Record<TableId, LayoutValue[][]>;
  return configLayoutOf(rows, { year: c.year, typeNames: c.unitTypes.map((t) => t.name) });
}

/**
 * The sheet of the given table rows (each table's data rows, as cells): built afresh from a campaign, or from an older
 * sheet's own rows when it is brought to this layout (migrate.ts). `columns`: wider than the tables when that sheet had more.
 */
export function configLayoutOf(rows: Record<TableId, LayoutValue[][]>, o: { year: unknown; typeNames: string[]; columns?: number }): ConfigLayout {
  const b = new LayoutBuilder(Math.max(CONFIG_COLUMNS, o.columns ?? 0));
  b.merged(1, 1, CONFIG_COLUMNS, `${CONFIG_TITLE} ${String(o.year ?? '')}`.trim(), { bold: true, fontSize: 14 });
  b.merged(2, 1, CONFIG_COLUMNS, CONFIG_INSTRUCTIONS, { italic: true, wrap: true });
  const headings = {} as Record<TableId, number>;
  let row = 4;
  let advanced = 0;
  for (const id of TABLE_ORDER) {
    if (id === FIRST_ADVANCED) {
      advanced = row;
      b.merged(row, 1, CONFIG_COLUMNS, `${ADVANCED_HEADING}\n${ADVANCED_NOTE}`, ADVANCED);
      row += 2;
    }
    headings[id] = row;
    const data = rows[id];
    b.merged(row, 1, CONFIG_COLUMNS, TABLE[id].heading, HEADING);
    TABLE[id].headers.forEach((h, i) => b.set(row + 1, i + 1, h, HEADER));
    data.forEach((values, i) => values.forEach((v, j) => b.set(row + 2 + i, j + 1, v, { wrap: true, valign: 'top' })));
    styleTable(b, id, row + 2, data.length);
    row += 2 + data.length + (id === 'units' ? BLANK_UNIT_ROWS : id === 'catalogue' ? BLANK_CATALOGUE_ROWS : 0) + 1;
  }
  const unitsFirst = headings.units + 2;
  // Unit types are chosen by their Vietnamese names; the reader also accepts a type's code (older sheets).
  const unitRows = rows.units.length + BLANK_UNIT_ROWS;
  b.validate({ range: { row: unitsFirst, column: 2, numRows: unitRows, numColumns: 1 },
    rule: { kind: 'list', values: o.typeNames }, allowInvalid: false, helpText: 'Chọn loại đơn vị trong danh sách.' });
  // A unit's cell holds a list of e-mails, which Google's "is valid email" rule refuses: a formula checks the list's
  // shape instead, as a warning (the add-on's own check, reported at the cell, is what decides; nothing typed is lost).
  b.validate({ range: { row: unitsFirst, column: 3, numRows: unitRows, numColumns: 1 }, rule: { kind: 'formula', formula: emailListFormula(`C${unitsFirst}`) },
    allowInvalid: true, helpText: 'Địa chỉ e-mail của đơn vị, nhiều địa chỉ phân cách bằng dấu phẩy, ví dụ: phuong1@q3.gov.vn, vp.phuong1@q3.gov.vn' });
  if (rows.coordinators.length) {
    b.validate({ range: { row: headings.coordinators + 2, column: 1, numRows: rows.coordinators.length, numColumns: 1 }, rule: { kind: 'email' },
      allowInvalid: false, helpText: 'Mỗi dòng một địa chỉ e-mail của người tổng hợp, ví dụ: bandanvan@q3.gov.vn' });
  }
  // A unit without a contact e-mail is flagged while it has none: a rule, not a fill that stays after the e-mail is typed.
  b.highlightWhen({ row: unitsFirst, column: 3, numRows: unitRows, numColumns: 1 }, `=AND($A${unitsFirst}<>"",$C${unitsFirst}="")`, MISSING);
  const widths = unitWidths(rows.units);
  // Frozen down to the unit list's column headers: a coordinator scrolling 300 units keeps them in view (the list is
  // first; the tables below it each have their heading and headers right above their rows).
  const layout = b.build({ columnWidths: [...widths, ...Array(Math.max(0, b.numColumns - widths.length)).fill(120)], frozenRows: unitsFrozenRows(headings.units), spareRows: SPARE_UNIT_ROWS });
  // Folded: a coordinator opening Cấu hình sees the units and the yearly settings; the toggle sits on the heading.
  const folded = { row: advanced + 1, numRows: layout.gridRows - advanced, collapsed: true };
  return { ...layout, rowGroups: [folded], headings, advanced };
}

/**
 * Columns A–F, the unit list's widened to hold its longest name, type name and formal name on one line (up to a
 * limit; a longer one still wraps, so nothing is hidden), the e-mails' wide enough for a long address (they are
 * typed after setup): with every cell wrapped, the wards' type name "Phường (đảng bộ, chính quyền, MTTQ, đoàn thể
 * phường)" in 320 px made each unit two lines tall.
 */
export function unitWidths(units: readonly (readonly LayoutValue[])[]): number[] {
  const base = [260, 320, 420, 200, 180, 150];
  return base.map((min, j) => j > 4 ? min : Math.min(MAX_WIDTH, Math.max(min, ...units.map((u) => Math.ceil(String(u[j] ?? '').length * CHAR_PX) + CELL_PADDING))));
}
/** Rows frozen in Cấu hình: through the unit list's column headers, the row under its heading. */
export const unitsFrozenRows = (unitsHeading: number): number => unitsHeading + 1;
/** Pixels: a character of Sheets' default 10 pt Arial (6.2–7.4 measured in Chromium on the sample's names); a cell's padding; the widest column. */
const CHAR_PX = 7;
const CELL_PADDING = 10;
const MAX_WIDTH = 480;

/** Holds for a comma-, semicolon- or line-separated list of addresses (what the reader splits), the cell `a1` relative. */
export function emailListFormula(a1: string): string {
  const address = '[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+';
  return `=REGEXMATCH(TO_TEXT(${a1}),"^\\s*${address}(\\s*[,;\\n]\\s*${address})*\\s*[,;]?\\s*$")`;
}

function tableRows(id: TableId, c: Campaign): LayoutValue[][] {
  const d = (iso: string) => localDateToDate(iso, c.timeZone);
  switch (id) {
    case 'campaign': return [
      [CAMPAIGN_KEYS.year, c.year], [CAMPAIGN_KEYS.partyCommittee, c.partyCommittee], [CAMPAIGN_KEYS.place, c.place],
      [CAMPAIGN_KEYS.coordinatorBody, c.coordinatorBody], [CAMPAIGN_KEYS.formTitle, c.formTitle],
      ...c.titleLines.map((l) => [CAMPAIGN_KEYS.titleLines, l]),
      [CAMPAIGN_KEYS.footnote, c.footnote], [CAMPAIGN_KEYS.signature, c.signature],
      [CAMPAIGN_KEYS.rowsPerContent, c.rowsPerContent],
    ];
    case 'advanced': return ADVANCED_CAMPAIGN_FIELDS.map((f) => [CAMPAIGN_KEYS[f], c[f]]);
    case 'contents': return c.contents.map((x) => [x.id, x.title, x.targets.join('\n')]);
    case 'columns': return c.columns.map((x) => [x.key, x.header, x.width, x.maxLength ?? '']);
    case 'noteKinds': return c.noteKinds.map((x) => [x.key, x.label, x.aliases.join(', ')]);
    case 'rounds': return c.rounds.map((r) => [r.id, r.name, d(r.start), d(r.end), d(r.registrationDeadline), d(r.reportDeadline)]);
    case 'unitTypes': return c.unitTypes.map((t) => [t.id, t.name]);
    case 'quotas': return c.unitTypes.flatMap((t) => t.quotas.map((q) => [t.id, q.id, q.label, q.content ?? '', q.min]));
    case 'coordinators': return c.coordinators.map((e) => [e]);
    case 'reminders': return [
      // No "Bật nhắc hạn" row: the sidebar's switch turns reminders on (it installs the trigger); a cell here did nothing.
      [REMINDER_KEYS.daysBefore, c.reminders.daysBefore.join(', ')],
      [REMINDER_KEYS.daysAfter, c.reminders.daysAfter.join(', ')],
      [REMINDER_KEYS.hour, c.reminders.hour],
    ];
    case 'catalogue': return c.catalogue.map((m) => [m.name, m.content, m.origin, m.continued ? YES : NO, m.aliases.join(', '), m.description]);
    case 'units': return c.units.map((u) => [u.name, c.unitTypes.find((t) => t.id === u.type)?.name ?? u.type, u.emails.join(', '), u.formalName ?? '', u.group ?? '']);
  }
}

function styleTable(b: LayoutBuilder, id: TableId, first: number, count: number): void {
  if (id === 'rounds' && count > 0) {
    b.numberFormat({ row: first, column: 3, numRows: count, numColumns: 4 }, 'dd/MM/yyyy');
    b.validate({ range: { row: first, column: 3, numRows: count, numColumns: 4 }, rule: { kind: 'date' }, allowInvalid: false,
      helpText: 'Ngày dạng dd/MM/yyyy.' });
  }
  if (id === 'reminders') {
    // Plain text, or Sheets would read "7, 3, 1, 0" as a number in some locales.
    b.numberFormat({ row: first, column: 2, numRows: 2, numColumns: 1 }, '@');
  }
  if (id === 'catalogue') {
    b.validate({ range: { row: first, column: 4, numRows: count + BLANK_CATALOGUE_ROWS, numColumns: 1 }, rule: { kind: 'list', values: [YES, NO] },
      allowInvalid: false, helpText: `${YES}: mô hình đã nhân rộng từ năm trước; ${NO}: mô hình mới triển khai nhân rộng.` });
  }
}
