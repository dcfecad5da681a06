/**
 * The sidebar's dashboard, read from Tổng hợp (two reads: the values, and the link column's
 * formulas for the tabs' ids), so opening the sidebar never re-reads every unit tab.
 */
import type { Campaign } from '../../core/campaign';
import { formatVnDate } from '../../core/dates';
import { columnOf, deadlineAlerts, factsOfRow, isUnitHeader, lateUnits, nextDeadline, statusCounts, summaryLayout, type StatusCounts, type UnitFacts } from '../../core/summary';
import { findSummarySheets } from './sheets';
import { loadSummaryAuto } from './trigger';
import { liveOfMembers, type MemberLive } from '../validation/member-checks';

export interface DashboardUnit {
  unit: string;
  contact: string;
  status: string;
  sheetId: number | null;
  /** The member workbook holding the tab (absent: this file). */
  url?: string;
}

export interface Dashboard {
  built: boolean;
  updatedAt: string;
  counts: StatusCounts;
  nextDeadline: { label: string; date: string; daysLeft: number } | null;
  /** Units in any overdue alert, most deadlines missed first, with contacts and tabs. */
  late: DashboardUnit[];
  autoRefresh: boolean;
  /** The Nhân rộng sheet (who replicates which catalogue model), null until a rebuild made it. */
  replicationSheetId: number | null;
  message?: string;
  /** The member workbooks (a campaign over several files): each with or without live checking. */
  members?: MemberLive[];
}

const EMPTY_COUNTS: StatusCounts = { total: 0, done: 0, inProgress: 0, notStarted: 0, overdue: 0 };

export function dashboardOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, c: Campaign, today: string): Dashboard {
  const next = nextDeadline(c, today);
  const members = liveOfMembers(ss);
  const found = findSummarySheets(ss);
  const base = {
    nextDeadline: next && { label: next.label, date: formatVnDate(next.date), daysLeft: next.daysLeft },
    autoRefresh: loadSummaryAuto(ss).enabled,
    replicationSheetId: found.replication?.getSheetId() ?? null,
    ...(members.length ? { members } : {}),
  };
  const sheet = found.summary;
  const l = summaryLayout(c);
  if (!sheet || sheet.getMaxRows() < l.height) {
    return { ...base, built: false, updatedAt: '', counts: EMPTY_COUNTS, late: [], message: 'Chưa có trang Tổng hợp: bấm “Cập nhật tổng hợp”.' };
  }
  const values = sheet.getRange(1, 1, l.height, l.width).getValues();
  if (!isUnitHeader(l, values[l.tableHeader - 1])) {
    return { ...base, built: false, updatedAt: '', counts: EMPTY_COUNTS, late: [], message: 'Trang Tổng hợp theo mẫu cũ: bấm “Cập nhật tổng hợp” để lập lại.' };
  }
  const linkColumn = columnOf(l, 'Tab');
  const links = sheet.getRange(l.tableStart, linkColumn, l.units, 1).getFormulas();
  const units: (UnitFacts & { sheetId: number | null; url?: string })[] = [];
  values.slice(l.tableStart - 1).forEach((r, i) => {
    const f = factsOfRow(c, r);
    const id = /"([^"#]*)#gid=(\d+)"/.exec(links[i]?.[0] ?? '');
    if (f) units.push({ ...f, sheetId: id ? Number(id[2]) : null, ...(id?.[1] ? { url: id[1] } : {}) });
  });
  const byName = new Map(units.map((u) => [u.unit, u]));
  const late = lateUnits(deadlineAlerts(c, units, today)).map((name) => byName.get(name)!)
    .map((u) => ({ unit: u.unit, contact: u.contact, status: u.status, sheetId: u.sheetId, ...(u.url ? { url: u.url } : {}) }));
  return { ...base, built: true, updatedAt: String(values[1][0]).replace(/^Cập nhật lúc /, ''), counts: statusCounts(units), late };
}
