/**
 * Where each block of Tổng hợp sits. Positions depend only on the campaign (rounds, unit types,
 * units), so an incremental refresh finds a unit's row by its position in Cấu hình, and a full
 * rebuild always puts the same thing in the same cell.
 */
import type { Campaign } from '../campaign/schema';

export const SUMMARY_SHEET_NAME = 'Tổng hợp';
export const MODELS_SHEET_NAME = 'Danh sách mô hình';
export const NOTES_HEADER = 'Ghi chú của người tổng hợp';

export interface SummaryLayout {
  /** First alert row (header is the row above). */
  alertsStart: number;
  alertRows: number;
  totalsStart: number;
  totalsRows: number;
  tableHeader: number;
  tableStart: number;
  units: number;
  /** Columns of the unit table, the notes column last. */
  columns: string[];
  width: number;
  height: number;
}

export function unitColumns(c: Campaign): string[] {
  return [
    'Đơn vị', 'Loại đơn vị', 'Liên hệ',
    ...c.contents.map((x) => `Nội dung ${x.id}`), 'Tổng số mô hình',
    'Tiếp tục thực hiện', 'Nhân rộng', 'Mô hình mới', 'Chưa rõ loại',
    ...c.rounds.map((r) => `Mô hình ${r.name}`),
    'Chỉ tiêu', 'Còn thiếu', 'Lỗi', 'Cảnh báo', 'Trạng thái', 'Thay đổi lần cuối', 'Tab', NOTES_HEADER,
  ];
}

export const ALERT_COLUMNS = ['Hạn', 'Ngày', 'Còn (ngày)', 'Tình trạng', 'Số đơn vị chưa xong', 'Đơn vị chưa xong'];
export const TOTAL_COLUMNS = ['Loại đơn vị', 'Số đơn vị', 'Đủ chỉ tiêu', 'Chưa đủ', 'Đang đăng ký', 'Chưa đăng ký', 'Có lỗi', 'Quá hạn', 'Số mô hình'];

export function summaryLayout(c: Campaign): SummaryLayout {
  const columns = unitColumns(c);
  const alertsStart = 8; // title, updated, round, next deadline, blank, block title, header
  const alertRows = c.rounds.length * 2;
  const totalsStart = alertsStart + alertRows + 3; // blank, block title, header
  const totalsRows = c.unitTypes.length + 1;
  const tableHeader = totalsStart + totalsRows + 2;
  const tableStart = tableHeader + 1;
  const width = Math.max(columns.length, ALERT_COLUMNS.length, TOTAL_COLUMNS.length);
  return { alertsStart, alertRows, totalsStart, totalsRows, tableHeader, tableStart, units: c.units.length, columns, width, height: tableStart + c.units.length - 1 };
}

/** 1-based column of a unit-table header. */
export function columnOf(l: SummaryLayout, header: string): number {
  return l.columns.indexOf(header) + 1;
}
