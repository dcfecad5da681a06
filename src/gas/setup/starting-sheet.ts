/**
 * The blank sheet a new spreadsheet starts with ("Trang tính1" in a Vietnamese file, "Sheet1" in an English one)
 * is of no use once Khởi tạo has made Cấu hình and Mẫu đăng ký, and a coordinator would wonder what it is for.
 * It goes only while it is untouched: the default name, no value or formula anywhere, no chart, no filter.
 * A sheet with anything in it is never deleted.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const STARTING_NAME = /^(Trang tính|Sheet)1$/;

/** Deletes the untouched starting sheet, if there is one besides `kept`; true when it did. */
export function removeUntouchedStartingSheet(ss: Spreadsheet, kept: Sheet): boolean {
  const sheets = ss.getSheets();
  const start = sheets.find((s) => STARTING_NAME.test(s.getName()));
  if (!start || sheets.length < 2 || start.getSheetId() === kept.getSheetId()) return false;
  if (start.getLastRow() > 0 || start.getLastColumn() > 0 || start.getCharts().length > 0 || start.getFilter()) return false;
  // The person lands on Cấu hình, not on whichever sheet Sheets picks when the active one goes.
  ss.setActiveSheet(kept);
  ss.deleteSheet(start);
  return true;
}
