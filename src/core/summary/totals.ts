/** Totals by unit type and for the whole district, and the dashboard's counts. */
import type { Campaign } from '../campaign/schema';
import type { UnitFacts } from './deadlines';
import type { UnitStatus } from './types';

export interface TypeTotals {
  label: string;
  units: number;
  done: number;
  notDone: number;
  inProgress: number;
  notStarted: number;
  withErrors: number;
  overdue: number;
  models: number;
}

function totalsOf(label: string, units: readonly UnitFacts[]): TypeTotals {
  const n = (s: UnitStatus) => units.filter((u) => u.status === s).length;
  const done = n('Đủ chỉ tiêu');
  return {
    label, units: units.length, done, notDone: units.length - done, inProgress: n('Đang đăng ký'),
    notStarted: n('Chưa đăng ký'), withErrors: n('Có lỗi'), overdue: n('Quá hạn'),
    models: units.reduce((s, u) => s + u.total, 0),
  };
}

/** One row per unit type of the campaign (even with no unit), then "Toàn quận". */
export function totalsByType(c: Campaign, units: readonly UnitFacts[]): TypeTotals[] {
  return [
    ...c.unitTypes.map((t) => totalsOf(t.name, units.filter((u) => u.typeId === t.id))),
    totalsOf(`Toàn ${c.place.toLocaleLowerCase('vi').startsWith('quận') ? 'quận' : c.place}`, units),
  ];
}

export interface StatusCounts {
  total: number;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
}

/** The dashboard's four numbers: "in progress" includes units with errors (they have started). */
export function statusCounts(units: readonly UnitFacts[]): StatusCounts {
  const n = (s: UnitStatus) => units.filter((u) => u.status === s).length;
  return { total: units.length, done: n('Đủ chỉ tiêu'), inProgress: n('Đang đăng ký') + n('Có lỗi'), notStarted: n('Chưa đăng ký'), overdue: n('Quá hạn') };
}
