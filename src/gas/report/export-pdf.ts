/**
 * exportPdf(unit?): "Xuất PDF" of a unit's BẢNG ĐĂNG KÝ (A4 landscape, form columns only, header
 * rows repeated) or, without a unit, of the Báo cáo sheet.
 *
 * The PDF comes from Drive's export URL fetched with the user's token, which needs the scopes
 * https://www.googleapis.com/auth/script.external_request and
 * https://www.googleapis.com/auth/drive.readonly in appsscript.json. The shipped manifest does not
 * ask for them (a wider consent screen for every unit), so the path stays off until a deployer
 * adds both scopes and sets the script property DVK_PDF_EXPORT=on. Off, or failing, it falls back
 * to the print dialog with the same layout, step by step.
 */
import { formPrintArea, pdfExportUrl, printSteps, type PrintArea } from '../../core/results';
import type { SheetValue } from '../../core/unit-tab/entry';
import { loadCampaignSource } from '../setup/config-source';
import { readTracking, tabsByUnit } from '../setup/tracking';
import { findReportSheet } from './report-sheet';

export const PDF_PROPERTY = 'DVK_PDF_EXPORT';

export type ExportPdfResult =
  | { mode: 'pdf'; sheetName: string; fileName: string; base64: string }
  | { mode: 'print'; sheetName: string; sheetId: number; steps: string[]; reason: string; area: PrintArea };

export function exportPdf(unit?: string | null): ExportPdfResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const c = loadCampaignSource(ss).read?.campaign;
  if (!c) throw new Error('Chưa khởi tạo chiến dịch hoặc Cấu hình có lỗi: chưa xuất PDF được.');
  const { sheet, area } = unit ? unitForm(ss, unit, c.signature, c.columns.length) : districtReport(ss);
  const name = sheet.getName();
  const fallback = (reason: string): ExportPdfResult => ({ mode: 'print', sheetName: name, sheetId: sheet.getSheetId(), steps: printSteps(name, area), reason, area });
  if (PropertiesService.getScriptProperties().getProperty(PDF_PROPERTY) !== 'on' || typeof UrlFetchApp === 'undefined') {
    return fallback('Xuất PDF trực tiếp chưa được bật cho add-on này (cần thêm quyền truy cập Drive); hãy in theo các bước sau.');
  }
  try {
    const res = UrlFetchApp.fetch(pdfExportUrl(ss.getId(), sheet.getSheetId(), area), {
      headers: { Authorization: `Bearer ${ScriptApp.getOAuthToken()}` }, muteHttpExceptions: true,
    });
    if (res.getResponseCode() !== 200) return fallback(`Google trả lời mã ${res.getResponseCode()} khi xuất PDF; hãy in theo các bước sau.`);
    return { mode: 'pdf', sheetName: name, fileName: `${name}.pdf`, base64: Utilities.base64Encode(res.getBlob().getBytes()) };
  } catch (e) {
    return fallback(`Không xuất được PDF (${e instanceof Error ? e.message : String(e)}); hãy in theo các bước sau.`);
  }
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function unitForm(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, unit: string, signature: string, formColumns: number): { sheet: Sheet; area: PrintArea } {
  const tab = tabsByUnit(readTracking(ss).unitTabs).get(unit);
  if (!tab) throw new Error(`Đơn vị “${unit}” chưa có trang tính đăng ký.`);
  const grid = tab.sheet.getDataRange().getValues() as SheetValue[][];
  return { sheet: tab.sheet, area: formPrintArea(grid, signature, formColumns, tab.sheet.getFrozenRows()) };
}

function districtReport(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheet: Sheet; area: PrintArea } {
  const sheet = findReportSheet(ss);
  if (!sheet) throw new Error('Chưa có trang Báo cáo: bấm “Tạo báo cáo” trước.');
  return { sheet, area: { lastRow: Math.max(1, sheet.getLastRow()), lastColumn: Math.max(1, sheet.getLastColumn()), repeatRows: 0 } };
}
