/**
 * Setup refuses a configuration whose unit tabs cannot fit in one spreadsheet (200 sheets, see
 * core/google-limits) before it makes anything, so a coordinator never gets 194 of 300 tabs and a
 * raw English error. The add-on's own sheets still to come (Tổng hợp, Danh sách mô hình, Báo cáo,
 * Nhật ký nhắc hạn, Dữ liệu tiện ích) are counted as taken, so the jobs that make them later also fit.
 */
import { SHEETS_PER_SPREADSHEET } from '../../core/google-limits';
import { LOG_KEY } from '../reminders/log-sheet';
import { REPORT_KEY } from '../report/report-sheet';
import { STATE_KEY } from '../state/state-sheet';
import { SUMMARY_KEY } from '../summary/sheets';
import type { Action } from './plan';

/** Spreadsheet-level keys of the sheets other jobs make on first use. */
export const LATER_SHEET_KEYS: readonly string[] = [SUMMARY_KEY.summary, SUMMARY_KEY.models, REPORT_KEY, LOG_KEY, STATE_KEY];

export interface SheetRoom {
  /** Units of the configuration whose tabs fit, counting those already made. */
  fit: number;
  units: number;
}

/**
 * @param sheetCount sheets in the file now; @param roleKeys spreadsheet-level metadata keys that
 * name an existing sheet; @param actions the setup plan (each 'create' makes one sheet);
 * @param laterKeys the sheets still to come (none in a member workbook, which holds unit tabs only).
 */
export function sheetRoom(sheetCount: number, roleKeys: ReadonlySet<string>, actions: readonly Action[], units: number, laterKeys = LATER_SHEET_KEYS): SheetRoom {
  const toCreate = actions.filter((a) => a.kind === 'create').length;
  const later = laterKeys.filter((k) => !roleKeys.has(k)).length;
  const free = Math.max(0, SHEETS_PER_SPREADSHEET - sheetCount - later);
  return { fit: units - toCreate + Math.min(toCreate, free), units };
}

export function tooManyUnitsMessage(room: SheetRoom): string {
  return `Không tạo trang tính nào: một bảng tính chứa tối đa ${SHEETS_PER_SPREADSHEET} trang tính, tệp này chỉ đủ chỗ cho ${room.fit} `
    + `trong ${room.units} đơn vị của Cấu hình. Đề nghị giảm số đơn vị hoặc xoá trang tính không dùng đến, rồi chạy lại.`;
}

/**
 * A member workbook out of room (its units' editors may add sheets of their own): none of its new
 * tabs is made, each unit is listed with this, and the other files go on.
 */
export function memberFullMessage(book: string, room: SheetRoom): string {
  return `Chưa tạo trang tính: sổ “${book}” chứa tối đa ${SHEETS_PER_SPREADSHEET} trang tính, chỉ đủ chỗ cho ${room.fit} trong ${room.units} đơn vị của sổ. `
    + 'Đề nghị xoá trang tính không dùng đến trong sổ, rồi chạy lại.';
}
