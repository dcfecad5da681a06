/** The pure summary core: status precedence, deadline states, and a Tổng hợp row read back losslessly. */
import fc from 'fast-check';
import { parseCampaign, QUAN3_2021 } from '../../src/core/campaign';
import { ROUND_STATUS_LABELS, type RoundReportStatus } from '../../src/core/results';
import { deadlineAlerts, deadlinesOf, factsCell, factsOfCell, factsOfRow, statusOf, STATUSES, unitRow, type UnitSummary } from '../../src/core/summary';

const c = parseCampaign(QUAN3_2021);

describe('status', () => {
  it('done wins, then lateness, then errors, then whether anything is registered', () => {
    expect(statusOf(true, true, 0, 12)).toBe('Đủ chỉ tiêu');
    expect(statusOf(false, true, 2, 3)).toBe('Quá hạn');
    expect(statusOf(false, false, 1, 3)).toBe('Có lỗi');
    expect(statusOf(false, false, 0, 0)).toBe('Chưa đăng ký');
    expect(statusOf(false, false, 0, 1)).toBe('Đang đăng ký');
  });
});

describe('deadlines', () => {
  it('are in date order, Đợt 2’s registration (10/06) before Đợt 1’s report (25/06)', () => {
    expect(deadlinesOf(c).map((d) => `${d.label} ${d.date}`)).toEqual([
      'Hạn đăng ký Đợt 1 2021-05-18', 'Hạn đăng ký Đợt 2 2021-06-10', 'Hạn báo cáo kết quả Đợt 1 2021-06-25', 'Hạn báo cáo kết quả Đợt 2 2021-10-05',
    ]);
  });

  it('are green when every unit is done, whatever the date; amber on the deadline day; red the day after', () => {
    const reported = { status: 'reported' as const, due: 1, reported: 1, done: 1 };
    const done = [{ unit: 'A', typeId: 'phuong', contact: '', status: 'Đủ chỉ tiêu' as const, total: 12, byRound: [12, 1], reports: [{ round: 1, ...reported }, { round: 2, ...reported }] }];
    const open = [{ ...done[0], status: 'Đang đăng ký' as const }];
    expect(deadlineAlerts(c, done, '2021-12-31')[0].state).toBe('Xong');
    expect(deadlineAlerts(c, open, '2021-05-18')[0]).toMatchObject({ daysLeft: 0, state: 'Sắp đến hạn', notDone: ['A'] });
    expect(deadlineAlerts(c, open, '2021-05-19')[0]).toMatchObject({ daysLeft: -1, state: 'Quá hạn' });
    expect(deadlineAlerts(c, open, '2021-05-14')[0]).toMatchObject({ daysLeft: 4, state: 'Còn hạn' });
  });
});

describe('a Tổng hợp row', () => {
  const n = fc.nat({ max: 50 });
  const summaryArb = fc.record({
    unit: fc.constantFrom('Phường 1', '=Phường lạ', 'Quận Đoàn 3'),
    typeId: fc.constantFrom(...c.unitTypes.map((t) => t.id)),
    contact: fc.constantFrom('', 'a@q3.gov.vn, b@q3.gov.vn'),
    byContent: fc.array(n, { minLength: 5, maxLength: 5 }),
    byRound: fc.array(n, { minLength: 2, maxLength: 2 }),
    byKind: fc.record({ 'tiep-tuc': n, 'nhan-rong': n, moi: n, unknown: n }),
    status: fc.constantFrom(...STATUSES),
    errors: n, warnings: n, missing: n,
    reports: fc.tuple(...[1, 2].map((round) => fc.record({
      round: fc.constant(round), status: fc.constantFrom(...(Object.keys(ROUND_STATUS_LABELS) as RoundReportStatus[])), due: n, reported: n, done: n,
    }))),
  }).map((s): UnitSummary => ({
    ...s, typeName: c.unitTypes.find((t) => t.id === s.typeId)!.name, sheetId: 7, sheetName: 'x', total: s.byContent.reduce((a, b) => a + b, 0),
    shortfalls: [], lastChange: '', models: [], reports: s.reports.map((r) => ({ ...r, missingRows: [] })),
  }));

  it('reads back the facts totals and alerts need (property)', () => {
    fc.assert(fc.property(summaryArb, (s) => {
      // Sheets stores "'=…" as the text "=…": read back without the apostrophe.
      const read = unitRow(s).map((v) => (typeof v === 'string' ? v.replace(/^'/, '') : v));
      expect(factsOfRow(c, read)).toEqual({ unit: s.unit, typeId: s.typeId, contact: s.contact, status: s.status, total: s.total, byRound: s.byRound,
        reports: s.reports.map(({ round, status, due, reported, done }) => ({ round, status, due, reported, done })) });
    }));
  });

  it('reads back from the row\'s facts cell what totals and alerts need, that unit\'s only; an earlier version\'s JSON too (property)', () => {
    fc.assert(fc.property(summaryArb, fc.constantFrom('', ' loại có dấu cách '), (s, spaced) => {
      const u = { ...s, typeId: `${s.typeId}${spaced}` };
      const facts = { unit: u.unit, typeId: u.typeId, contact: '', status: u.status, total: u.total, byRound: c.rounds.map(() => 0),
        reports: u.reports.map(({ round, status, due, done }) => ({ round, status, due, reported: 0, done })) };
      expect(factsOfCell(c, factsCell(u), u.unit)).toEqual(facts);
      expect(factsOfCell(c, factsCell(u), `${u.unit} khác`)).toBeNull();
      const json = JSON.stringify([u.unit, u.typeId, u.status, u.total, u.reports.map((r) => [r.status, r.due, r.done])]);
      expect(factsOfCell(c, json, u.unit)).toEqual(facts);
    }));
    expect(factsOfCell(c, '', 'Phường 1')).toBeNull();
  });
});
