/**
 * generateReport(): "Tạo báo cáo". Adds any missing results block, reads every unit tab once,
 * records what it saw (lateness), keeps the coordinator's "Đề xuất khen thưởng" ticks, rewrites
 * the Báo cáo sheet and returns its figures for the sidebar and `dvk report`.
 */
import { buildReportSheet, compileReport, type Report } from '../../core/results';
import { formatVnDate } from '../../core/dates';
import { coordinatorCampaign } from '../results/campaign-for-coordinator';
import { explainingNotManager } from '../setup/protect';
import { ensureResultsBlocks } from '../results/add-results-columns';
import { collectResults } from '../results/collect';
import { withDocumentLock } from '../setup/lock';
import { todayLocal } from '../validation/today';
import { stampOf } from '../summary/moment';
import { currentTicks, reportSheet, writeReportSheet } from './report-sheet';

export interface GenerateReportResult {
  sheetName: string;
  sheetId: number;
  /** dd/MM/yyyy. */
  today: string;
  generatedAt: string;
  report: Report;
  message: string;
}

export function generateReport(): GenerateReportResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return explainingNotManager(ss, () => withDocumentLock(() => {
    const ctx = coordinatorCampaign(ss, 'tạo báo cáo');
    const { c, me, owner } = ctx;
    ensureResultsBlocks(ss, ctx);
    const now = new Date();
    const today = todayLocal(c.timeZone);
    const units = collectResults(ss, c, now, today);
    const { sheet, note } = reportSheet(ss);
    const ticks = currentTicks(sheet);
    const report = compileReport(c, units, today, ticks.commended, ticks.nextYear);
    const generatedAt = stampOf(now, c.timeZone);
    writeReportSheet(sheet, buildReportSheet(c, report, generatedAt), c, { me, owner });
    const t = report.total;
    return {
      sheetName: sheet.getName(), sheetId: sheet.getSheetId(), today: formatVnDate(today), generatedAt, report,
      message: `Đã tạo báo cáo: ${t.registered} mô hình (${t.done} đã hoàn thành, ${t.ongoing} đang thực hiện, ${t.dropped} không thực hiện, ${t.unreported} chưa báo cáo); ${report.commended.length} mô hình đề xuất khen thưởng.${note ? ` ${note}` : ''}`,
    };
  }));
}
