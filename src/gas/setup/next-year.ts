/**
 * planNextYear(year): next year's campaign from this file's Cấu hình and the Báo cáo ticks
 * "Đưa vào danh mục năm sau", for a coordinator. Reads only: this year's file is never changed.
 * `dvk next` hands the plan to initCampaign in a new workbook.
 */
import { nextYearCampaign, type NextYearPlan } from '../../core/campaign';
import { tickedCandidates } from '../../core/results';
import { coordinatorCampaign } from '../results/campaign-for-coordinator';
import { findReportSheet } from '../report/report-sheet';

export function planNextYear(year: number): NextYearPlan {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const { c } = coordinatorCampaign(ss, 'tạo chiến dịch năm sau');
  const y = Number(year);
  if (!Number.isInteger(y) || y <= c.year) throw new Error(`Năm của chiến dịch mới phải sau năm ${c.year}.`);
  const report = findReportSheet(ss);
  const candidates = report ? tickedCandidates(report.getDataRange().getValues()) : [];
  return nextYearCampaign(c, y, candidates);
}
