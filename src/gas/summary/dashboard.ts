/**
 * The sidebar's dashboard, read from Tổng hợp (two reads: the values, and the link column's
 * formulas for the tabs' ids), so opening the sidebar never re-reads every unit tab. A rebuild
 * hands over the grid it has just written instead (rowsWritten): nothing is read back.
 */
import type { Campaign } from '../../core/campaign';
import { formatVnDate } from '../../core/dates';
import type { FileLayout } from '../setup/file-layout';
import { columnOf, deadlineAlerts, factsOfRow, isUnitHeader, unliteral, lateUnits, nextDeadline, statusCounts, summaryLayout, type StatusCounts, type UnitFacts } from '../../core/summary';
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

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What does not come from Tổng hợp's rows: the next deadline, the hourly switch, the members. */
function dashboardBase(ss: Spreadsheet, c: Campaign, today: string, replicationSheetId: number | null, layout?: FileLayout | null) {
  const next = nextDeadline(c, today);
  const members = liveOfMembers(ss, layout);
  return {
    nextDeadline: next && { label: next.label, date: formatVnDate(next.date), daysLeft: next.daysLeft },
    autoRefresh: loadSummaryAuto(ss, layout).enabled,
    replicationSheetId,
    ...(members.length ? { members } : {}),
  };
}

export function dashboardOf(ss: Spreadsheet, c: Campaign, today: string): Dashboard {
  const found = findSummarySheets(ss);
  const base = dashboardBase(ss, c, today, found.replication?.getSheetId() ?? null);
  const sheet = found.summary;
  const l = summaryLayout(c);
  if (!sheet || sheet.getMaxRows() < l.height) {
    return { ...base, built: false, updatedAt: '', counts: EMPTY_COUNTS, late: [], message: 'Chưa có trang Tổng hợp: bấm “Cập nhật tổng hợp”.' };
  }
  const values = sheet.getRange(1, 1, l.height, l.width).getValues();
  const links = sheet.getRange(l.tableStart, columnOf(l, 'Trang tính'), l.units, 1).getFormulas();
  return { ...base, ...fromRows(c, today, values, links) };
}

/**
 * The dashboard of the Tổng hợp grid a rebuild has just written (summaryGrid's cells: text behind
 * core's literal apostrophe, the link column as its formula), as dashboardOf would read it back.
 */
export function dashboardOfWritten(ss: Spreadsheet, c: Campaign, today: string, grid: readonly (readonly (string | number)[])[], replicationSheetId: number | null, layout?: FileLayout | null): Dashboard {
  const l = summaryLayout(c);
  const shown = grid.slice(0, l.height).map((r) => r.slice(0, l.width).map((v) => (typeof v === 'string' && !/^=./.test(v) ? unliteral(v) : v)));
  const link = columnOf(l, 'Trang tính') - 1;
  const links = shown.slice(l.tableStart - 1).map((r) => [String(r[link] ?? '')]);
  return { ...dashboardBase(ss, c, today, replicationSheetId, layout), ...fromRows(c, today, shown, links) };
}

function fromRows(c: Campaign, today: string, values: readonly (readonly unknown[])[], links: readonly (readonly unknown[])[]): Pick<Dashboard, 'built' | 'updatedAt' | 'counts' | 'late' | 'message'> {
  const l = summaryLayout(c);
  if (!isUnitHeader(l, values[l.tableHeader - 1])) {
    return { built: false, updatedAt: '', counts: EMPTY_COUNTS, late: [], message: 'Trang Tổng hợp theo mẫu cũ: bấm “Cập nhật tổng hợp” để lập lại.' };
  }
  const units: (UnitFacts & { sheetId: number | null; url?: string })[] = [];
  values.slice(l.tableStart - 1).forEach((r, i) => {
    const f = factsOfRow(c, r);
    const id = /"([^"#]*)#gid=(\d+)"/.exec(String(links[i]?.[0] ?? ''));
    if (f) units.push({ ...f, sheetId: id ? Number(id[2]) : null, ...(id?.[1] ? { url: id[1] } : {}) });
  });
  const byName = new Map(units.map((u) => [u.unit, u]));
  const late = lateUnits(deadlineAlerts(c, units, today)).map((name) => byName.get(name)!)
    .map((u) => ({ unit: u.unit, contact: u.contact, status: u.status, sheetId: u.sheetId, ...(u.url ? { url: u.url } : {}) }));
  return { built: true, updatedAt: String(values[1][0]).replace(/^Cập nhật lúc /, ''), counts: statusCounts(units), late };
}
