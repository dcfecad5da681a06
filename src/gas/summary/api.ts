/**
 * Server functions of the summary: the sidebar's refresh and dashboard, turning on the hourly
 * rebuild. Changing functions check that the caller coordinates.
 */
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { findRoleSheet } from '../setup/tracking';
import { explainingNotManager } from '../setup/protect';
import { loadCampaign } from './collect';
import { dashboardOf, dashboardOfWritten, type Dashboard } from './dashboard';
import { REBUILD_LOCK_WAIT_MS, withSummaryLock } from './lock';
import { momentNow } from './moment';
import { rebuildSummary_ } from './rebuild';
import { setScheduled, myScheduleFor } from '../schedule/enable';
import { loadSummaryAuto, saveSummaryAuto } from './trigger';
import type { FileLayout } from '../setup/file-layout';

const BUSY = 'Tổng hợp đang được cập nhật bởi một lần chạy khác. Vui lòng thử lại sau ít phút.';

function assertCoordinatorFor(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, action: string): void {
  assertCoordinator(callerEmail(), ownerEmail(ss), coordinatorsOf(findRoleSheet(ss, 'config')), action);
}

/** One unit's line of the per-unit status table (the CLI's `dvk summary --json`). */
export interface UnitStatusRow {
  unit: string; type: string; contact: string; sheetName: string | null;
  byContent: Record<string, number>; total: number;
  byKind: { 'tiep-tuc': number; 'nhan-rong': number; moi: number; unknown: number };
  byRound: Record<string, number>;
  shortfalls: { quota: string; label: string; min: number; missing: number }[];
  errors: number; warnings: number; status: string; lastChange: string;
}

export type RefreshSummaryResult = Dashboard & { today: string; units?: UnitStatusRow[] };

/** "Cập nhật tổng hợp": full rebuild, then the dashboard; `{ units: true }` adds the per-unit table. */
export function refreshSummary(options?: { units?: boolean }): RefreshSummaryResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // The caller is checked on the rebuild's own read of Cấu hình, before it writes anything.
  let layout: FileLayout | null = null;
  const run = explainingNotManager(ss, () => withSummaryLock(ss, REBUILD_LOCK_WAIT_MS, (claim) => {
    layout = claim.layout;
    return rebuildSummary_(ss, claim, 'cập nhật tổng hợp');
  }));
  if (!run.ok) throw new Error(BUSY);
  const { campaign: c, now, units, notes, summaryRows, replicationSheetId } = run.value;
  const shown = dashboardOfWritten(ss, c, now.today, summaryRows, replicationSheetId, layout);
  const result: RefreshSummaryResult = { ...shown, today: now.today, message: ['Đã cập nhật Tổng hợp và Danh sách mô hình.', ...notes].join(' ') };
  if (options?.units) {
    result.units = units.map((u) => ({
      unit: u.unit, type: u.typeName, contact: u.contact, sheetName: u.sheetName,
      byContent: Object.fromEntries(c.contents.map((x, i) => [String(x.id), u.byContent[i]])), total: u.total,
      byKind: u.byKind, byRound: Object.fromEntries(c.rounds.map((r, i) => [r.name, u.byRound[i]])),
      shortfalls: u.shortfalls.map((s) => ({ quota: s.quotaId, label: s.label, min: s.min, missing: s.missing })),
      errors: u.errors, warnings: u.warnings, status: u.status, lastChange: u.lastChange,
    }));
  }
  return result;
}

/** The dashboard as Tổng hợp shows it; reads only, so anyone may look. */
export function getDashboard(): Dashboard {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const c = loadCampaign(ss);
  return dashboardOf(ss, c, momentNow(c.timeZone).today);
}

/**
 * "Bật tự động cập nhật": the hourly rebuild, run by this coordinator's one scheduled trigger;
 * pressing twice adds nothing.
 */
export function enableSummaryAutoRefresh(): Dashboard {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertCoordinatorFor(ss, 'bật tự động cập nhật');
  const already = myScheduleFor(ss)?.summary === true;
  setScheduled(ss, 'summary', true);
  const auto = loadSummaryAuto(ss);
  if (!auto.enabled) saveSummaryAuto(ss, { enabled: true, by: callerEmail(), since: new Date().toISOString() });
  return { ...getDashboard(), message: already ? 'Tự động cập nhật mỗi giờ đã bật từ trước.' : 'Đã bật tự động cập nhật mỗi giờ.' };
}

/** Turns the hourly rebuild off for every coordinator: their triggers drop it on their next run. */
export function disableSummaryAutoRefresh(): Dashboard {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertCoordinatorFor(ss, 'tắt tự động cập nhật');
  setScheduled(ss, 'summary', false);
  saveSummaryAuto(ss, { enabled: false });
  return { ...getDashboard(), message: 'Đã tắt tự động cập nhật mỗi giờ.' };
}
