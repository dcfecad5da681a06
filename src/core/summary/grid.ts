/**
 * The cell grids of Tổng hợp and Danh sách mô hình, and the way back from a Tổng hợp row to the
 * facts totals need (so an edit refreshes one row and the totals from one read of the sheet).
 */
import { sortByName } from '../names';
import { digest36 } from '../digest';
import type { Campaign } from '../campaign/schema';
import { formatVnDate } from '../dates';
import { roundTallies } from '../results/compile';
import { ROUND_STATUS_LABELS, type RoundReportStatus } from '../results/report-status';
import { deadlineAlerts, currentRoundText, nextDeadlineText, type DeadlineAlert, type UnitFacts } from './deadlines';
import { ALERT_COLUMNS, NOTES_HEADER, REPORT_BLOCK_COLUMNS, TOTAL_COLUMNS, reportColumns, summaryLayout, unitColumns, type SummaryLayout } from './layout';
import { totalsByType } from './totals';
import { STATUSES, type ModelRow, type Moment, type UnitStatus, type UnitSummary } from './types';

export type Cell = string | number;
export type Grid = Cell[][];

/** Text from users or Cấu hình starting with = + - @ would be stored as a formula. */
export const literal = (s: string): string => (/^[=+\-@]/.test(s) ? `'${s}` : s);
/** What a cell written as literal(s) reads back as. */
export const unliteral = (v: unknown): string => String(v ?? '').replace(/^'(?=[=+\-@])/, '');

const pad = (row: Cell[], width: number): Cell[] => [...row, ...Array(Math.max(0, width - row.length)).fill('')];

export function tabLink(u: Pick<UnitSummary, 'sheetId' | 'sheetName' | 'fileUrl'>): string {
  if (u.sheetId === null) return 'Không có trang tính';
  return `=HYPERLINK("${u.fileUrl ?? ''}#gid=${u.sheetId}","${String(u.sheetName ?? '').replace(/"/g, '""')}")`;
}

export function shortfallText(u: Pick<UnitSummary, 'shortfalls'>): string {
  return u.shortfalls.length === 0 ? 'Đủ' : u.shortfalls.map((s) => `Thiếu ${s.missing}/${s.min} ${s.label}`).join('; ');
}

/** The unit's row without its notes cell (the coordinator's column is never written by a refresh). */
export function unitRow(u: UnitSummary): Cell[] {
  return [
    literal(u.unit), u.status, literal(u.typeName), u.contact,
    ...u.byContent, u.total,
    u.byKind['tiep-tuc'], u.byKind['nhan-rong'], u.byKind.moi, u.byKind.unknown,
    ...u.byRound,
    shortfallText(u), u.missing, u.errors, u.warnings,
    ...u.reports.flatMap((r) => [ROUND_STATUS_LABELS[r.status], r.due, r.reported, r.done]),
    u.lastChange, tabLink(u),
  ];
}

const STATUS_OF_LABEL = new Map(Object.entries(ROUND_STATUS_LABELS).map(([k, v]) => [v, k as RoundReportStatus]));

/** The facts of a unit's row as read back by getValues (the link column is not needed); columns found by header. */
export function factsOfRow(c: Campaign, row: readonly unknown[]): UnitFacts | null {
  const unit = unliteral(row[0]).trim();
  if (!unit) return null;
  const headers = unitColumns(c);
  const at = (h: string) => row[headers.indexOf(h)];
  const num = (h: string) => Number(at(h)) || 0;
  const typeName = unliteral(at('Loại đơn vị'));
  const status = String(at('Trạng thái') ?? '') as UnitStatus;
  return {
    unit,
    typeId: c.unitTypes.find((t) => t.name === typeName)?.id ?? typeName,
    contact: String(at('Liên hệ') ?? ''),
    status: STATUSES.includes(status) ? status : 'Chưa đăng ký',
    total: num('Tổng số mô hình'),
    byRound: c.rounds.map((r) => num(`Mô hình ${r.name}`)),
    reports: c.rounds.map((r) => {
      const [label, due, reported, done] = reportColumns(r.name);
      return { round: r.id, status: STATUS_OF_LABEL.get(String(at(label) ?? '')) ?? 'none', due: num(due), reported: num(reported), done: num(done) };
    }),
  };
}

/** A round's report status as one letter in a facts cell. */
const REPORT_CODES: Record<RoundReportStatus, string> = { none: 'n', pending: 'p', missing: 'm', reported: 'r', late: 'l' };
const REPORT_OF_CODE = new Map(Object.entries(REPORT_CODES).map(([k, v]) => [v, k as RoundReportStatus]));

/**
 * What summaryTop reads of a unit as the text of its row's hidden facts cell (layout factsColumn),
 * written with the row. An edit reads this cell of every unit row, so it is short: the name's
 * digest (the row is the unit Cấu hình puts there: the name itself comes from Cấu hình), the status
 * by its place in STATUSES, the model count, each round's report as its status letter, due and
 * done ("p40/0"), then the type id (last: it may hold spaces).
 */
export function factsCell(u: UnitFacts): string {
  return [digest36(u.unit), STATUSES.indexOf(u.status), u.total, ...u.reports.map((r) => `${REPORT_CODES[r.status]}${r.due}/${r.done}`), u.typeId].join(' ');
}

/**
 * The facts of the facts cell of `unit`'s row, in the campaign's rounds; null when it is not one
 * (an older sheet's empty cell) or is another unit's. The JSON an earlier version wrote
 * (["name", "type", "status", total, [[status, due, done], …]]) is still read, naming its unit.
 */
export function factsOfCell(c: Campaign, v: unknown, unit: string): UnitFacts | null {
  const s = String(v ?? '');
  if (s.startsWith('[')) return factsOfJson(c, s);
  const p = s.split(' ');
  const n = c.rounds.length;
  if (p.length < 4 + n || p[0] !== digest36(unit)) return null;
  const reports = p.slice(3, 3 + n).map((t) => /^([a-z])(\d+)\/(\d+)$/.exec(t));
  if (reports.some((r) => !r || !REPORT_OF_CODE.has(r[1]))) return null;
  return {
    unit, typeId: p.slice(3 + n).join(' '), contact: '', status: STATUSES[Number(p[1])] ?? 'Chưa đăng ký', total: Number(p[2]) || 0,
    byRound: c.rounds.map(() => 0),
    reports: c.rounds.map((r, i) => ({ round: r.id, status: REPORT_OF_CODE.get(reports[i]![1])!, due: Number(reports[i]![2]), reported: 0, done: Number(reports[i]![3]) })),
  };
}

function factsOfJson(c: Campaign, v: string): UnitFacts | null {
  try {
    const [unit, typeId, status, total, reports] = JSON.parse(v) as [string, string, UnitStatus, number, [RoundReportStatus, number, number][]];
    if (typeof unit !== 'string' || !unit || !Array.isArray(reports) || reports.length !== c.rounds.length) return null;
    return {
      unit, typeId: String(typeId), contact: '', status: STATUSES.includes(status) ? status : 'Chưa đăng ký', total: Number(total) || 0,
      byRound: c.rounds.map(() => 0),
      reports: c.rounds.map((r, i) => ({ round: r.id, status: reports[i][0], due: Number(reports[i][1]) || 0, reported: 0, done: Number(reports[i][2]) || 0 })),
    };
  } catch {
    return null;
  }
}

/** 0-based column of an alert row's list of units not done (ALERT_COLUMNS). */
export const ALERT_UNITS = ALERT_COLUMNS.indexOf('Đơn vị chưa xong');

/**
 * An alert's list of units not done, as its cell shows it: it follows from the units' facts alone
 * (not the day), so an edit knows what the cells hold from the facts cells it reads, and reads
 * neither the lists nor writes them unless they change.
 */
export const alertUnitsText = (a: Pick<DeadlineAlert, 'notDone'>): string => a.notDone.join(', ');

const pct = (r: number | null): Cell => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** Rows above the unit table: title, stamp, round, next deadline, alerts, totals, table header. */
export function summaryTop(c: Campaign, units: readonly UnitFacts[], now: Moment, l: SummaryLayout = summaryLayout(c)): Grid {
  const rows: Cell[][] = [
    [`TỔNG HỢP ĐĂNG KÝ MÔ HÌNH – ${c.titleLines.join(' ')}`],
    [`Cập nhật lúc ${now.stamp}`],
    [currentRoundText(c, now.today)],
    [nextDeadlineText(c, now.today)],
    [],
    ['HẠN CHÓT VÀ ĐƠN VỊ CHƯA XONG'],
    ALERT_COLUMNS,
    ...deadlineAlerts(c, units, now.today).map((a) => [a.label, formatVnDate(a.date), a.daysLeft, a.state, a.notDone.length, alertUnitsText(a)]),
    [],
    ['BÁO CÁO KẾT QUẢ THEO ĐỢT'],
    REPORT_BLOCK_COLUMNS,
    ...roundTallies(c, units.map((u) => ({ unit: u.unit, rounds: u.reports.map((r) => ({ ...r, missingRows: [] })) })))
      .map((t) => [t.name, formatVnDate(t.reportDeadline), t.units, t.reported, t.late, t.missing, t.pending, pct(t.reportRate), pct(t.completionRate)]),
    [],
    ['TỔNG THEO LOẠI ĐƠN VỊ'],
    TOTAL_COLUMNS,
    ...totalsByType(c, units).map((t) => [literal(t.label), t.units, t.done, t.notDone, t.inProgress, t.notStarted, t.withErrors, t.overdue, t.models]),
    [],
    ['DANH SÁCH ĐƠN VỊ'],
    l.columns,
  ];
  return rows.map((r) => pad(r, l.width));
}

/** Each units list's order as sorted last, by the names it held then (an edit asks it several times). */
const orders = new WeakMap<readonly { name: string }[], { names: string; order: number[] }>();

/** The units in the order Tổng hợp and Danh sách mô hình list them: natural order of names (Phường 2 before Phường 10). */
export function summaryOrder<U extends { name: string }>(units: readonly U[]): U[] {
  const names = units.map((u) => u.name).join('\n');
  let kept = orders.get(units);
  if (kept?.names !== names) {
    kept = { names, order: sortByName(units.map((_, i) => i), (i) => units[i].name) };
    orders.set(units, kept);
  }
  return kept.order.map((i) => units[i]);
}

/**
 * The unit's rows of Danh sách mô hình as a digest each, comma-separated, in the row's hidden
 * digests cell: an edit's refresh rewrites only the rows whose digest changed.
 */
export function digestsCell(rows: Grid): string {
  return rows.map((r) => digest36(JSON.stringify(r))).join(',');
}

/** The digests a digestsCell's text lists ([] for none), or null when it is not one. */
export function digestsOf(v: unknown): string[] | null {
  const s = String(v ?? '');
  if (s === '') return [];
  return /^[0-9a-z]+(,[0-9a-z]+)*$/.test(s) ? s.split(',') : null;
}

/** The whole Tổng hợp: top blocks then one row per unit in summaryOrder, notes carried over, each unit's facts and digests cells last. */
export function summaryGrid(c: Campaign, units: readonly UnitSummary[], now: Moment, notes: ReadonlyMap<string, Cell> = new Map()): Grid {
  const l = summaryLayout(c);
  return [
    ...summaryTop(c, units, now, l).map((r) => pad(r, l.digestsColumn)),
    ...units.map((u) => [...pad([...unitRow(u), notes.get(u.unit) ?? ''], l.width), factsCell(u), digestsCell(modelRows(c, u))]),
  ];
}

/** Notes typed in the coordinator's column, by unit, from a previous grid (any layout: found by header). */
export function notesOf(grid: readonly (readonly unknown[])[]): Map<string, Cell> {
  const notes = new Map<string, Cell>();
  const header = grid.findIndex((r) => r.includes(NOTES_HEADER));
  if (header < 0) return notes;
  const col = grid[header].indexOf(NOTES_HEADER);
  for (const r of grid.slice(header + 1)) {
    const unit = unliteral(r[0]).trim();
    const note = r[col];
    if (unit && note !== '' && note !== null && note !== undefined) notes.set(unit, note instanceof Date ? String(note) : (note as Cell));
  }
  return notes;
}

export const MODEL_COLUMNS = ['Đơn vị', 'Loại đơn vị', 'Nội dung', 'Tên mô hình', 'Hình thức thực hiện', 'Thời gian thực hiện', 'Đợt', 'Dự kiến kết quả', 'Ghi chú',
  'Nhân rộng mô hình (Danh mục)'];

export function modelRows(c: Campaign, u: Pick<UnitSummary, 'typeName' | 'models'>): Grid {
  const content = (id: number) => `${id}. ${c.contents.find((x) => x.id === id)?.title ?? ''}`;
  return u.models.map((m: ModelRow) => [literal(m.unit), literal(u.typeName), content(m.content), literal(m.name), literal(m.form), literal(m.time), m.rounds, literal(m.expected), literal(m.kind), literal(m.catalogue)]);
}

/** Every model of every unit, units in the order given (collect's summaryOrder, as Tổng hợp lists them): one filterable table. */
export function modelsGrid(c: Campaign, units: readonly UnitSummary[]): Grid {
  return [MODEL_COLUMNS, ...units.flatMap((u) => modelRows(c, u))];
}
