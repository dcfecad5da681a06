/**
 * Printing a unit tab as the official BẢNG ĐĂNG KÝ: A4 landscape, the six form columns only (the
 * results block is kept off the form), header rows repeated on every page, the signature block
 * closing the last page. Apps Script cannot set a sheet's print area, so these settings travel as
 * Drive export parameters (PDF) or as the steps a person follows in File › Print.
 */
import { foldText } from '../unit-tab/read';
import type { SheetValue } from '../unit-tab/entry';

export interface PrintArea {
  /** 1-based, inclusive. */
  lastRow: number;
  lastColumn: number;
  /** Rows repeated on each page (the frozen header rows). */
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
 */
export function pdfExportUrl(spreadsheetId: string, sheetId: number, area: PrintArea): string {
  const q: Record<string, string | number | boolean> = {
    format: 'pdf', gid: sheetId, size: 'A4', portrait: false, fitw: true, gridlines: false, printtitle: false,
    sheetnames: false, pagenum: 'CENTER', fzr: true, top_margin: 0.5, bottom_margin: 0.5, left_margin: 0.5, right_margin: 0.5,
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

/** What to do in Sheets when PDF export is off: the same layout through the print dialog. */
export function printSteps(sheetName: string, area: PrintArea): string[] {
  const range = `A1:${columnLetter(area.lastColumn)}${area.lastRow}`;
  return [
    `Mở tab “${sheetName}” và chọn vùng ${range} (chỉ các cột của bảng đăng ký, đến hết khối xác nhận).`,
    'Chọn Tệp › In (Ctrl+P); ở “In”, chọn “Các ô đã chọn”.',
    'Khổ giấy A4, hướng Ngang, Tỷ lệ “Vừa với chiều rộng”.',
    `Ở “Tiêu đề và chân trang”/“Hàng cố định”, bật lặp lại ${area.repeatRows} hàng cố định trên mỗi trang; tắt đường lưới.`,
    'Bấm Tiếp theo, rồi In hoặc Lưu dưới dạng PDF.',
  ];
}
