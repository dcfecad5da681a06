/**
 * One rule for "done": on a handful of dates across both rounds of 2021, the summary (Tổng hợp's
 * status and deadline alerts), the reminders (who gets an e-mail, who is listed late) and Báo cáo
 * (units not reported, reported late) name the same units for every deadline. Five chi bộ, each
 * from a unit tab grid built from the template, walked through the year as refreshes would see it.
 */
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { planReminders, standingOf } from '../../src/core/reminders';
import { compileReport, nextSeen, readUnitResults, type UnitSeen } from '../../src/core/results';
import { deadlineAlerts, summarizeUnit, tabFactsOf } from '../../src/core/summary';
import { isDoneForDeadline, isRegistrationDone, isReportStatusDone } from '../../src/core/progress';
import { buildTemplateLayout } from '../../src/core/template';
import type { SheetValue } from '../../src/core/unit-tab/entry';

const NAMES = ['Chi bộ Trường Lê Quý Đôn', 'Chi bộ Khu phố 1', 'Chi bộ Khu phố 2', 'Chi bộ Khu phố 3', 'Chi bộ Khu phố 4'] as const;
const [A, B, C, D, E] = NAMES;
const c = parseCampaign({
  ...QUAN3_2021, coordinators: ['bdv@q3.gov.vn'],
  units: NAMES.map((name, i) => ({ name, type: 'chi-bo-co-so', emails: [`cb${i}@q3.gov.vn`] })),
});
const LAYOUT = buildTemplateLayout(c);
const first = LAYOUT.sections.find((s) => s.content === 1)!.firstRow;

type Model = { name: string; time: string; kind?: string; reportedOn?: string };
/**
 * A: both rounds, reports each on time. B: Đợt 1 only, never reports. C: registers nothing.
 * D: one Đợt 1 model without Ghi chú (registration never done), never reports.
 * E: both rounds, reports Đợt 1 two days late and Đợt 2 never.
 */
const PLAN: Record<string, Model[]> = {
  [A]: [{ name: 'Bữa cơm nghĩa tình', time: 'Đợt 1', reportedOn: '2021-06-20' }, { name: 'Tủ sách cho em', time: 'Đợt 2', reportedOn: '2021-10-01' }],
  [B]: [{ name: 'Hẻm sạch', time: 'Đợt 1' }],
  [C]: [],
  [D]: [{ name: 'Tiếp sức mùa thi', time: 'Đợt 1', kind: '' }],
  [E]: [{ name: 'Ngày thứ bảy tình nguyện', time: 'Đợt 1', reportedOn: '2021-06-27' }, { name: 'Áo ấm mùa mưa', time: 'Đợt 2' }],
};

/** The unit's tab on `today`: models registered from 10/05, results written on their day. */
function gridOn(unit: string, today: string): SheetValue[][] {
  const g = LAYOUT.values.map((r) => [...r, '', '', ''] as SheetValue[]);
  g[LAYOUT.headerRow - 1].splice(6, 3, 'Kết quả thực hiện', 'Tình trạng', 'Minh chứng');
  if (today < '2021-05-10') return g;
  PLAN[unit].forEach((m, i) => {
    const done = m.reportedOn !== undefined && m.reportedOn <= today;
    g[first - 1 + i].splice(1, 8, m.name, 'Tổ chức tại khu phố', m.time, '50 hộ', m.kind ?? 'mô hình mới', done ? '50 hộ được giúp' : '', done ? 'Đã hoàn thành' : '', '');
  });
  return g;
}

const DATES = ['2021-05-18', '2021-05-19', '2021-06-10', '2021-06-25', '2021-06-26', '2021-06-28', '2021-10-05', '2021-10-06'];

interface Day {
  today: string;
  /** Alert label → units not done, from Tổng hợp. */
  summary: Map<string, string[]>;
  status: Map<string, string>;
  reportStatus: Map<string, string[]>;
  reminded: Map<string, string[]>;
  late: Map<string, string[]>;
  registrationDone: Map<string, boolean>;
  report: ReturnType<typeof compileReport>;
}

/** Each date is a refresh: what it sees of unreported rounds is remembered, as collectResults does. */
function walk(): Day[] {
  const seen = new Map<string, UnitSeen>();
  return DATES.map((today) => {
    const tabs = c.units.map((u, i) => {
      const grid = gridOn(u.name, today);
      const next = nextSeen(c, seen.get(u.name), readUnitResults(grid, c).models, new Date(`${today}T09:00:00+07:00`), today);
      seen.set(u.name, next);
      return { unit: u, facts: tabFactsOf(c, 100 + i, u.name, grid), seen: next };
    });
    const sums = tabs.map((t) => summarizeUnit(c, t.unit, t.facts, today, '', t.seen));
    const standings = tabs.map((t) => standingOf(c, t.unit, t.facts, today));
    const plan = planReminders({ campaign: c, today, standings, log: [], quota: 100, spreadsheetUrl: 'https://x', coordinators: c.coordinators });
    const key = (kind: string, round: number) => `${kind}${round}`;
    const group = <T,>(xs: T[], k: (x: T) => string, v: (x: T) => string) => {
      const m = new Map<string, string[]>();
      for (const x of xs) m.set(k(x), [...(m.get(k(x)) ?? []), v(x)]);
      return m;
    };
    return {
      today,
      summary: new Map(deadlineAlerts(c, sums, today).map((a) => [key(a.kind, c.rounds[a.roundIndex].id), a.notDone])),
      status: new Map(sums.map((s) => [s.unit, s.status])),
      reportStatus: new Map(sums.map((s) => [s.unit, s.reports.map((r) => r.status)])),
      reminded: group([...plan.send, ...plan.noAddress], (r) => key(r.due.deadline.kind, r.due.deadline.round.id), (r) => r.unit),
      late: group(plan.late, (l) => key(l.kind, c.rounds.find((r) => l.what.includes(r.name))!.id), (l) => l.unit),
      registrationDone: new Map(standings.map((s) => [s.unit.name, s.registration.done])),
      report: compileReport(c, tabs.map((t) => ({ unit: t.unit, hasTab: true, models: readUnitResults(gridOn(t.unit.name, today), c).models, seen: t.seen })), today, new Set()),
    };
  });
}

const days = walk();
const day = (d: string) => days.find((x) => x.today === d)!;
const sorted = (xs: readonly string[] | undefined) => [...(xs ?? [])].sort();

describe.each(DATES)('on %s', (today) => {
  const d = day(today);

  it('Tổng hợp says "Đủ chỉ tiêu" exactly for the units the reminders treat as registered', () => {
    for (const u of NAMES) expect([u, d.status.get(u) === 'Đủ chỉ tiêu']).toEqual([u, d.registrationDone.get(u)]);
  });

  it('every deadline with a reminder step today e-mails exactly the units Tổng hợp lists as not done', () => {
    for (const [k, units] of d.reminded) expect([k, sorted(units)]).toEqual([k, sorted(d.summary.get(k))]);
  });

  it('every passed deadline lists the same late units in the digest and in Tổng hợp', () => {
    for (const r of c.rounds) {
      for (const [kind, date] of [['registration', r.registrationDeadline], ['report', r.reportDeadline]] as const) {
        if (date >= today) continue;
        const k = `${kind}${r.id}`;
        expect([k, sorted(d.late.get(k))]).toEqual([k, sorted(d.summary.get(k))]);
      }
    }
  });

  it('Báo cáo’s unreported units (and units with nothing to report) are Tổng hợp’s not done, its late ones Tổng hợp’s "Báo cáo trễ"', () => {
    d.report.rounds.forEach((t, i) => {
      const k = `report${t.round}`;
      const notDone = sorted(NAMES.filter((u) => !isReportStatusDone(d.reportStatus.get(u)![i] as never)));
      expect([k, sorted(d.summary.get(k))]).toEqual([k, notDone]);
      if (today > t.reportDeadline) expect([k, sorted([...t.missingUnits, ...t.noModelUnits])]).toEqual([k, notDone]);
      expect([k, sorted(t.lateUnits)]).toEqual([k, sorted(NAMES.filter((u) => d.reportStatus.get(u)![i] === 'late'))]);
    });
  });
});

describe('what the coordinator sees on those dates', () => {
  it('registration: the empty chi bộ and the one missing its Ghi chú are not done, reminded on the deadline and late the day after', () => {
    expect(day('2021-05-18').reminded.get('registration1')).toEqual([C, D]);
    expect(day('2021-05-19').late.get('registration1')).toEqual([C, D]);
    // Status is measured against the registration deadline now running (Đợt 2's, 10/06) until it passes.
    expect([day('2021-05-19').status.get(D), day('2021-06-26').status.get(D), day('2021-06-26').status.get(C)]).toEqual(['Có lỗi', 'Quá hạn', 'Quá hạn']);
  });

  it('Đợt 1 report: on the deadline all but A are reminded; the day after B, D (unreported), C (nothing to report) and E are late', () => {
    expect(sorted(day('2021-06-25').reminded.get('report1'))).toEqual(sorted([B, C, D, E]));
    expect(day('2021-06-26').report.rounds[0]).toMatchObject({ reported: 1, missing: 3, late: 0, missingUnits: [B, D, E], noModelUnits: [C] });
  });

  it('E completing Đợt 1 after the deadline leaves the late list and is counted "Báo cáo trễ" in Tổng hợp and Báo cáo', () => {
    const d = day('2021-06-28');
    expect(d.late.get('report1')).toEqual([B, C, D]);
    expect(d.reportStatus.get(E)![0]).toBe('late');
    expect(d.report.rounds[0]).toMatchObject({ reported: 1, late: 1, missing: 2, lateUnits: [E], reportRate: 0.5 });
  });

  it('Đợt 2 report: only A reports; B, C and D have no Đợt 2 model and E never reports', () => {
    const d = day('2021-10-06');
    expect(d.late.get('report2')).toEqual([B, C, D, E]);
    expect(d.report.rounds[1]).toMatchObject({ units: 2, reported: 1, missing: 1, missingUnits: [E], noModelUnits: [B, C, D], completionRate: 0.5 });
  });
});

describe('the rule itself', () => {
  it('registration needs an entry, no row error, no quota shortfall and an intact form', () => {
    const ok = { entries: 1, rowErrors: 0, quotaShortfalls: 0, structureProblems: 0 };
    expect(isRegistrationDone(ok)).toBe(true);
    for (const k of Object.keys(ok) as (keyof typeof ok)[]) expect(isRegistrationDone({ ...ok, [k]: k === 'entries' ? 0 : 1 })).toBe(false);
  });

  it('a round is done when reported on time or late, not when pending, missing or empty', () => {
    const at = (s: 'none' | 'pending' | 'missing' | 'reported' | 'late') => isDoneForDeadline({ kind: 'report', roundIndex: 0 }, { registrationDone: false, reports: [s] });
    expect(['none', 'pending', 'missing', 'reported', 'late'].map((s) => at(s as never))).toEqual([false, false, false, true, true]);
  });
});
