/** A workbook built by hand that uses every property the .xlsx reader/writer promises to keep. */
import { newSheetData, type SpreadsheetData } from '../../src/local/emulator/model';

export const vn = (iso: string): Date => new Date(`${iso}+07:00`);

export function everyPropertyWorkbook(): SpreadsheetData {
  const form = newSheetData(11, 'BẢNG ĐĂNG KÝ', 1200, 30);
  form.cells.set('1:1', {
    value: 'BẢNG ĐĂNG KÝ MÔ HÌNH "DÂN VẬN KHÉO" NĂM 2021', fontWeight: 'bold', fontSize: 14, fontColor: '#c00000',
    horizontalAlignment: 'center', verticalAlignment: 'middle', wrap: true, background: '#fff2cc',
  });
  form.cells.set('2:1', { value: 'Đơn vị', fontStyle: 'italic', note: 'Tên đơn vị đăng ký, ví dụ: Phường 1' });
  form.cells.set('2:2', { value: 'Phường 1', horizontalAlignment: 'left', verticalAlignment: 'top' });
  form.cells.set('3:1', { value: 'Ngày đăng ký' });
  form.cells.set('3:2', {
    value: vn('2021-05-18T00:00:00'), numberFormat: 'dd/mm/yyyy',
    validation: { criteria: 'DATE_BETWEEN', args: [vn('2021-01-01T00:00:00'), vn('2021-12-31T00:00:00')], allowInvalid: false, helpText: 'Nhập ngày dạng dd/MM/yyyy' },
  });
  form.cells.set('3:3', { value: vn('2021-06-30T17:30:00'), numberFormat: 'dd/mm/yyyy hh:mm' });
  form.cells.set('4:1', { value: 'Lĩnh vực' });
  form.cells.set('4:2', {
    value: 'Kinh tế',
    validation: { criteria: 'VALUE_IN_LIST', args: [['Kinh tế', 'Văn hóa - xã hội', 'Quốc phòng - an ninh', 'Xây dựng hệ thống chính trị'], true], allowInvalid: true },
  });
  form.cells.set('5:2', { value: '', validation: { criteria: 'DATE_IS_VALID_DATE', args: [], allowInvalid: false } });
  form.cells.set('5:3', { value: '', validation: { criteria: 'DATE_ON_OR_BEFORE', args: [vn('2021-10-15T00:00:00')], allowInvalid: true, helpText: 'Hạn chót 15/10/2021' } });
  // A list item with a comma has no Excel twin: it must travel in the __dvk sheet.
  form.cells.set('6:2', { value: '', validation: { criteria: 'VALUE_IN_LIST', args: [['Có, đã hoàn thành', 'Chưa'], true], allowInvalid: false } });
  form.cells.set('7:1', { value: 3 });
  form.cells.set('7:2', { value: 4.5, numberFormat: '#,##0.00' });
  form.cells.set('7:3', { value: 7.5, formula: '=SUM(A7:B7)', numberFormat: '#,##0.00' });
  form.cells.set('7:4', { value: '', formula: '=IF(A7>10,"nhiều","")' });
  form.cells.set('7:5', { value: true });
  form.cells.set('7:6', { value: false, formula: '=A7>10' });
  form.cells.set('8:1', { value: '=not a formula, just text' });
  form.cells.set('9:1', { value: 'Ô trống có nền', background: '#d9ead3' });
  form.cells.set('9:2', { value: '', background: '#d9ead3' });
  form.merges.push({ row: 1, column: 1, numRows: 1, numColumns: 6 });
  form.frozenRows = 2;
  form.frozenColumns = 1;
  form.columnWidths.set(1, 180).set(2, 250).set(3, 37).set(6, 1).set(20, 64); // column 20 and row 30 hold no cell
  form.rowHeights.set(1, 48).set(2, 30).set(9, 2).set(30, 60);
  form.tabColor = '#1155cc';
  form.conditionalFormats.push({
    ranges: [{ row: 3, column: 2, numRows: 10, numColumns: 1 }], criteria: 'CUSTOM_FORMULA', args: ['=B3>DATE(2021,10,15)'],
    background: '#f4cccc', fontColor: '#990000', bold: true,
  });
  form.charts.push({ id: 41, type: 'COLUMN', ranges: [{ row: 7, column: 1, numRows: 1, numColumns: 2 }], anchor: { row: 12, column: 1 }, options: { title: 'Số mô hình' } });
  // Cấu hình's folded "Nâng cao" part: one group with its toggle above, a nested one inside.
  form.rowGroups = [{ start: 20, count: 10, depth: 1, collapsed: true }, { start: 22, count: 3, depth: 2, collapsed: false }];
  form.rowGroupControlBefore = true;
  form.print = { landscape: true, paper: 'A4', fitToWidth: true, repeatRows: 2, area: { row: 1, column: 1, numRows: 40, numColumns: 6 } };

  const unit = newSheetData(12, 'P1 - Phường 1');
  unit.cells.set('1:1', { value: 'Mô hình' });
  unit.cells.set('2:1', { value: 'Đổi mới sinh hoạt chi bộ 🌟' });
  const hidden = newSheetData(13, 'Cấu hình');
  hidden.hidden = true;
  hidden.cells.set('1:1', { value: 'x'.repeat(40000) }); // Excel's cell limit is 32,767: see test of long strings
  hidden.cells.set('1:1', { value: 'hạn chót' });
  hidden.cells.set('1:2', { value: vn('2021-10-15T00:00:00'), numberFormat: 'dd/mm/yyyy' });

  return {
    id: '1AbC-sheet-id', name: 'Dân vận khéo 2021 - Quận 3', owner: 'bandanvan.q3@example.com',
    editors: ['p1@example.com', 'p2@example.com'], timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi_VN',
    sheets: [form, unit, hidden],
    protections: [
      { id: 21, type: 'SHEET', sheetId: 12, unprotectedRanges: [{ row: 2, column: 1, numRows: 50, numColumns: 8 }], description: 'Đơn vị P1', editors: ['p1@example.com'], warningOnly: false, domainEdit: false, editorsSet: true },
      { id: 22, type: 'RANGE', sheetId: 11, range: { row: 1, column: 1, numRows: 2, numColumns: 6 }, unprotectedRanges: [], description: 'Tiêu đề', editors: [], warningOnly: true, domainEdit: true, editorsSet: false },
    ],
    developerMetadata: [
      { id: 31, key: 'dvk.unitTab', value: 'P1', visibility: 'PROJECT', location: { type: 'SHEET', sheetId: 12 } },
      { id: 32, key: 'dvk.campaign', value: null, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } },
      { id: 33, key: 'dvk.header', value: '1', visibility: 'PROJECT', location: { type: 'ROW', sheetId: 11, start: 1, count: 2 } },
    ],
    nextId: 42,
  };
}
