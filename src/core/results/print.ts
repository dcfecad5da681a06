/**
 * Printing a unit tab as the official BẢNG ĐĂNG KÝ: A4 landscape, the six form columns only (the
 * results block is kept off the form), the signature block closing the last page; the column
 * header row repeated on every page where the printer can repeat it alone (.xlsx print titles). Apps Script cannot set a sheet's print area, so these settings travel as
 * Drive export parameters (PDF) or as the steps a person follows in File › Print.
 */
import { foldText } from '../unit-tab/read';
import type { SheetValue } from '../unit-tab/entry';

export interface PrintArea {
  /** 1-based, inclusive. */
  lastRow: number;
  lastColumn: number;
  /** The frozen rows, the last of them the column header row (the row a .xlsx copy repeats on each page); 0: none. */
  repeatRows: number;
}

/** The form ends at its signature block; without one (edited away), at the last filled row. */
export function formPrintArea(grid: readonly (readonly SheetValue[])[], signature: string, formColumns: number, repeatRows: number): PrintArea {
  const sig = foldText(signature);
  let last = 0;
  grid.forEach((row, i) => {
    const cells = row.slice(0, formColumns);
    if (cells.some((v) => foldText(v) === sig)) last = i + 1;
  });
  if (!last) grid.forEach((row, i) => { if (row.slice(0, formColumns).some((v) => foldText(v))) last = i + 1; });
  return { lastRow: Math.max(last, repeatRows), lastColumn: formColumns, repeatRows };
}

/**
 * The Drive export URL of one sheet as PDF (the parameters Sheets' own File › Download › PDF
 * uses: size, portrait, fitw, fzr repeats frozen rows; r1/c1/r2/c2 are 0-based, end exclusive).
 * fzr is off: Sheets repeats every frozen row or none, and a unit tab's frozen rows are the whole
 * letterhead down to the column headers, which must print once, not on every page.
 */
export function pdfExportUrl(spreadsheetId: string, sheetId: number, area: PrintArea): string {
  const q: Record<string, string | number | boolean> = {
    format: 'pdf', gid: sheetId, size: 'A4', portrait: false, fitw: true, gridlines: false, printtitle: false,
    sheetnames: false, pagenum: 'CENTER', fzr: false, top_margin: 0.5, bottom_margin: 0.5, left_margin: 0.5, right_margin: 0.5,
    r1: 0, c1: 0, r2: area.lastRow, c2: area.lastColumn,
  };
  const query = Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join('&');
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?${query}`;
}

function columnLetter(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * Sheets' print dialog repeats all the frozen rows or none: on a unit's form they are the letterhead as well as the
 * column headers, so repeating is turned off (the headers print on the first page only; the .xlsx copy that dvk
 * print makes repeats the header row alone). The form's own borders draw the table, so gridlines go.
 */
function repeatStep(area: PrintArea): string {
  const why = area.repeatRows > 0
    ? ` (Google Sheets chỉ lặp lại được toàn bộ ${area.repeatRows} hàng cố định, gồm cả phần đầu văn bản, nên dòng tiêu đề cột chỉ in ở trang đầu)` : '';
  return `Ở “Đầu trang và chân trang”, bỏ chọn “Lặp lại các hàng cố định”${why}; chọn “Số trang”. Ở “Định dạng”, bỏ chọn “Hiển thị đường lưới”.`;
}

/** What to do in Sheets when PDF export is off: the same layout through the print dialog. */
export function printSteps(sheetName: string, area: PrintArea): string[] {
  const range = `A1:${columnLetter(area.lastColumn)}${area.lastRow}`;
  return [
    `Mở trang tính “${sheetName}” và chọn vùng ${range} (chỉ các cột của bảng đăng ký, đến hết khối xác nhận).`,
    'Chọn Tệp › In (Ctrl+P); ở “In”, chọn “Các ô đã chọn”.',
    'Khổ giấy A4, hướng Ngang, Tỷ lệ “Vừa với chiều rộng”.',
    repeatStep(area),
    'Bấm Tiếp theo, rồi In hoặc Lưu dưới dạng PDF.',
  ];
}
