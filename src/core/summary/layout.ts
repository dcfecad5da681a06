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
  /** First row of the results-report block (one row per round; header above). */
  reportStart: number;
  reportRows: number;
  totalsStart: number;
  totalsRows: number;
  tableHeader: number;
  tableStart: number;
  units: number;
  /** Columns of the unit table, the notes column last. */
  columns: string[];
  width: number;
  /**
   * The hidden column after the layout's width: each unit row's facts for the totals, compactly
   * (grid.ts factsCell), so an edit's refresh reads one cell per unit instead of ten.
   */
  factsColumn: number;
  /** The hidden column after it: a digest of each of the unit's rows in Danh sách mô hình (grid.ts digestsCell). */
  digestsColumn: number;
  /**
   * Where a new progress chart is anchored (row 1): the first column right of the hidden ones, so at any
   * campaign size it covers no cell the layout writes (the alert lists are merged and wrapped up to `width`).
   */
  chartColumn: number;
  height: number;
}

/** Trạng thái beside Đơn vị: what a coordinator looks for first stays in view (the first column is frozen). */
export function unitColumns(c: Campaign): string[] {
  return [
    'Đơn vị', 'Trạng thái', 'Loại đơn vị', 'Liên hệ',
    ...c.contents.map((x) => `Nội dung ${x.id}`), 'Tổng số mô hình',
    'Tiếp tục thực hiện', 'Nhân rộng', 'Mô hình mới', 'Chưa rõ loại',
    ...c.rounds.map((r) => `Mô hình ${r.name}`),
    'Chỉ tiêu', 'Còn thiếu', 'Lỗi', 'Cảnh báo',
    ...c.rounds.flatMap((r) => reportColumns(r.name)),
    'Thay đổi lần cuối', 'Trang tính', NOTES_HEADER,
  ];
}

/** A unit's results report for one round: its status, then models due, reported, and "Đã hoàn thành". */
export function reportColumns(roundName: string): [string, string, string, string] {
  return [`Báo cáo ${roundName}`, `Mô hình phải báo cáo ${roundName}`, `Mô hình đã báo cáo ${roundName}`, `Mô hình hoàn thành ${roundName}`];
}

export const ALERT_COLUMNS = ['Hạn', 'Ngày', 'Còn (ngày)', 'Tình trạng', 'Số đơn vị chưa xong', 'Đơn vị chưa xong'];
export const REPORT_BLOCK_COLUMNS = ['Đợt', 'Hạn báo cáo', 'Đơn vị phải báo cáo', 'Đã báo cáo', 'Báo cáo trễ', 'Chưa báo cáo', 'Chưa đến hạn', 'Tỷ lệ báo cáo', 'Tỷ lệ hoàn thành'];
export const TOTAL_COLUMNS = ['Loại đơn vị', 'Số đơn vị', 'Đủ chỉ tiêu', 'Chưa đủ', 'Đang đăng ký', 'Chưa đăng ký', 'Có lỗi', 'Quá hạn', 'Số mô hình'];

export function summaryLayout(c: Campaign): SummaryLayout {
  const columns = unitColumns(c);
  const alertsStart = 8; // title, updated, round, next deadline, blank, block title, header
  const alertRows = c.rounds.length * 2;
  const reportStart = alertsStart + alertRows + 3; // blank, block title, header
  const reportRows = c.rounds.length;
  const totalsStart = reportStart + reportRows + 3;
  const totalsRows = c.unitTypes.length + 1;
  const tableHeader = totalsStart + totalsRows + 2;
  const tableStart = tableHeader + 1;
  const width = Math.max(columns.length, ALERT_COLUMNS.length, REPORT_BLOCK_COLUMNS.length, TOTAL_COLUMNS.length);
  return { alertsStart, alertRows, reportStart, reportRows, totalsStart, totalsRows, tableHeader, tableStart, units: c.units.length, columns, width,
    factsColumn: width + 1, digestsColumn: width + 2, chartColumn: width + 3, height: tableStart + c.units.length - 1 };
}

/**
 * True when a unit-table header row read from the sheet is this layout's (a sheet laid out by an
 * older version, or with columns moved by hand, is only put right by a full rebuild).
 */
export function isUnitHeader(l: SummaryLayout, row: readonly unknown[] | undefined): boolean {
  return !!row && l.columns.every((h, i) => String(row[i] ?? '') === h);
}

/** 1-based column of a unit-table header. */
export function columnOf(l: SummaryLayout, header: string): number {
  return l.columns.indexOf(header) + 1;
}
