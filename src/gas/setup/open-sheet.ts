/** openSheet(): shows a tab (and a cell) to the caller; changes nothing in the document, so anyone may. */
export function openSheet(sheetId: number, a1?: string): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetById(Number(sheetId));
  if (!sheet) throw new Error('Không tìm thấy trang tính này: có thể nó đã bị xoá.');
  sheet.activate();
  if (a1) sheet.getRange(a1).activate();
}
