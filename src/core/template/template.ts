/**
 * The BẢNG ĐĂNG KÝ of the plan as a sheet layout: header blocks, title, the campaign's full name,
 * the six columns, one heading row per content followed by numbered rows, the Ghi chú footnote
 * and the signature block. A unit tab is a copy of it with the unit's name in UNIT_NAME_CELL.
 */
import type { Campaign } from '../campaign';
import { LayoutBuilder, type SheetLayout } from './layout';

export const TEMPLATE_SHEET_NAME = 'Mẫu đăng ký';
/** Where a unit tab shows its unit's name (under the party committee, as on the printed form). */
export const UNIT_NAME_CELL = { row: 2, column: 1 } as const;
export const UNIT_NAME_PLACEHOLDER = '(Tên đơn vị)';

/** Party-document convention: the issuing body under the party committee is printed upper-case ("ĐẢNG ỦY PHƯỜNG 9"). */
export const unitHeaderName = (u: { name: string; formalName?: string }): string => (u.formalName || u.name).toUpperCase();
export const COLUMN_COUNT = 6;
/** Rows under the last content left empty so a unit can add rows without inserting. */
export const SPARE_ROWS = 20;

const HEADER_BG = '#d9e2f3';
const SECTION_BG = '#fff2cc';

/** Heading text of a content's section; the reader finds sections by this "N. Nội dung" prefix. */
export function sectionHeading(id: number, title: string): string {
  return `${id}. Nội dung “${title}”`;
}

export function dateline(c: Campaign): string {
  return `${c.place}, ngày      tháng      năm ${c.year}`;
}

/**
 * Numbered rows printed under a content: the configured number, or more when a unit type's quota
 * asks for more (a ward registers 10 works under content 1: its form shows 10 lines to fill).
 */
export function printedRows(c: Campaign, content: number): number {
  const quotas = c.unitTypes.flatMap((t) => t.quotas).filter((q) => q.content === content).map((q) => q.min);
  return Math.max(c.rowsPerContent, ...quotas);
}

export interface TemplateLayout extends SheetLayout {
  /** Row of the column headers (STT, Tên mô hình…); rows above it are frozen. */
  headerRow: number;
  /** Each content's heading row and its numbered rows, as laid out on a fresh tab. */
  sections: { content: number; headingRow: number; firstRow: number; lastRow: number }[];
  /**
   * Page setup for printing/exporting (PDF export parameters, .xlsx): Apps Script has no API to set
   * it on a sheet, so the gas writer does not apply it. Six columns ≈ 1,100 px: A4 landscape, fit to width.
   */
  print: { paper: 'A4'; landscape: true; fitToWidth: true; repeatRows: number };
}

export function buildTemplateLayout(c: Campaign): TemplateLayout {
  const b = new LayoutBuilder(COLUMN_COUNT);
  const center = { align: 'center', bold: true } as const;
  b.merged(1, 1, 2, c.partyCommittee, center);
  b.merged(1, 4, 3, 'ĐẢNG CỘNG SẢN VIỆT NAM', center);
  b.merged(2, 1, 2, UNIT_NAME_PLACEHOLDER, { ...center, wrap: true });
  b.merged(2, 4, 3, dateline(c), { align: 'center', italic: true });
  b.merged(3, 1, 2, '*', { align: 'center' });
  let row = 5;
  b.merged(row++, 1, COLUMN_COUNT, c.formTitle, { ...center, fontSize: 14 });
  for (const line of c.titleLines) b.merged(row++, 1, COLUMN_COUNT, line, { ...center, wrap: true });
  row++;
  const headerRow = row++;
  c.columns.forEach((col, i) => b.set(headerRow, i + 1, col.header, { ...center, background: HEADER_BG, wrap: true }));

  const sections: TemplateLayout['sections'] = [];
  for (const content of c.contents) {
    const headingRow = row++;
    b.merged(headingRow, 1, COLUMN_COUNT, sectionHeading(content.id, content.title), { bold: true, background: SECTION_BG, wrap: true });
    const firstRow = row;
    const timeColumn = c.columns.findIndex((x) => x.key === 'time') + 1;
    for (let n = 1; n <= printedRows(c, content.id); n++) {
      b.set(row, 1, `${n}.`, { align: 'center', valign: 'top' });
      // Thời gian centred: a date cell would align right and a written period left, side by side.
      for (let col = 2; col <= COLUMN_COUNT; col++) b.style(row, col, { wrap: true, valign: 'top', ...(col === timeColumn ? { align: 'center' } : {}) });
      row++;
    }
    sections.push({ content: content.id, headingRow, firstRow, lastRow: row - 1 });
  }
  addEntryValidations(b, c, sections);
  // The plan's form is a ruled table: column headers and every section, as printed and signed.
  b.border({ row: headerRow, column: 1, numRows: row - headerRow, numColumns: COLUMN_COUNT });
  row++;
  b.merged(row++, 1, COLUMN_COUNT, c.footnote, { italic: true, wrap: true });
  row++;
  b.merged(row, 4, 3, c.signature, center);
  return {
    ...b.build({ columnWidths: c.columns.map((col) => col.width), frozenRows: headerRow, spareRows: SPARE_ROWS }),
    headerRow,
    sections,
    print: { paper: 'A4', landscape: true, fitToWidth: true, repeatRows: headerRow },
  };
}

/**
 * Validations span a section's numbered rows. Whether a row a unit inserts there gets them is not
 * documented (the conformance scenario sheets-api.insert-rows-inherit asks Google); Kiểm tra and the edit
 * put the Ghi chú dropdown back on any table row lacking it. The Ghi chú dropdown allows invalid input: people write "tiếp tục", which the add-on's own
 * validation understands. Thời gian has no sheet rule: a date rule would flag "Quý 3/2021" or
 * "Thứ 7 hàng tuần" as invalid while the add-on accepts them; the add-on's check is the only judge.
 */
function addEntryValidations(b: LayoutBuilder, c: Campaign, sections: TemplateLayout['sections']): void {
  const col = (key: string) => c.columns.findIndex((x) => x.key === key) + 1;
  const kind = kindValidation(c);
  for (const s of sections) {
    const rows = { row: s.firstRow, numRows: s.lastRow - s.firstRow + 1, numColumns: 1 };
    b.validate({ range: { ...rows, column: col('kind') }, rule: { kind: 'list', values: kind.values }, allowInvalid: true, helpText: kind.helpText });
    b.numberFormat({ ...rows, column: col('time') }, 'dd/MM/yyyy');
    // A replicated model is named as the catalogue names it: its names for this content as a
    // dropdown on Tên mô hình. A unit's own model is typed freely (the rule only warns), and the
    // add-on's matching, not the sheet, links a row to the catalogue.
    const models = c.catalogue.filter((m) => m.content === s.content).map((m) => m.name);
    if (models.length) {
      b.validate({ range: { ...rows, column: col('name') }, rule: { kind: 'list', values: models }, allowInvalid: true,
        helpText: `Mô hình nhân rộng: chọn tên trong Danh mục mô hình. Mô hình của đơn vị: ghi tên như thường (ô chỉ được đánh dấu để gợi ý, không phải lỗi).` });
    }
  }
}

/**
 * The Ghi chú dropdown of every entry row: the template's, and the one Kiểm tra puts back on the
 * rows of a unit's table (a row inserted below a section's last row has none). Invalid input is
 * allowed (shown with a warning): the add-on's own check reads synonyms such as "tiếp tục".
 */
export function kindValidation(c: Campaign): { values: string[]; helpText: string } {
  const values = c.noteKinds.map((k) => k.label);
  return { values, helpText: `Chọn một trong: ${values.join('; ')}.` };
}
