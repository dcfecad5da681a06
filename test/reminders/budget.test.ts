/** The per-execution send budget in the pure day's decision (src/core/reminders/plan.ts, budget.ts). */
import { parseCampaign, QUAN3_2021, type Campaign, type Unit } from '../../src/core/campaign';
import { canSendMore, planReminders, RUN_BUDGET_MS, unloggedToday, type LogRecord, type UnitStanding } from '../../src/core/reminders';

const campaign: Campaign = parseCampaign({ ...QUAN3_2021, coordinators: ['bdv@q3.gov.vn'] });

function standing(name: string): UnitStanding {
  const unit: Unit = { name, type: 'phuong', emails: [`${name.replace(/\s/g, '').toLowerCase()}@q3.gov.vn`] };
  return { unit, sheetId: 7, sheetName: name, registration: { done: false, missing: ['Chưa đăng ký mô hình nào.'] }, report: { 1: { done: false, missing: ['x'] }, 2: { done: false, missing: ['x'] } } };
}
const units = Array.from({ length: 5 }, (_, i) => standing(`Phường ${i + 1}`));
const row = (key: string, result: LogRecord['result'], time = '2021-05-11T00:30:00Z'): LogRecord => ({
  time: new Date(time), key, unit: '', kind: '', round: '', deadline: '', step: '', recipients: '', result, detail: '',
});
const plan = (opts: { maxSends?: number; quota?: number; log?: LogRecord[]; standings?: UnitStanding[] }) => planReminders({
  campaign, today: '2021-05-11', standings: opts.standings ?? units, log: opts.log ?? [], quota: opts.quota ?? 100,
  spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit', coordinators: ['bdv@q3.gov.vn'], maxSends: opts.maxSends,
});

it('sends the most urgent up to the run\'s cap and leaves the rest for a later run, holding the digest back', () => {
  const p = plan({ maxSends: 2 });
  expect(p.send.map((r) => r.unit)).toEqual(['Phường 1', 'Phường 2']);
  expect(p.dueLater.map((r) => r.unit)).toEqual(['Phường 3', 'Phường 4', 'Phường 5']);
  expect(p.postponed).toEqual([]);
  expect(p.digestDue).toBe(false);
});

it('the run that leaves nothing for later sends the digest, even when an earlier run sent everything', () => {
  expect(plan({ maxSends: 5 }).digestDue).toBe(true);
  const log = [...units.map((u) => row(`${u.unit.name}|registration|1|T-7`, 'sent')), row('Phường 5|registration|1|T-7', 'due-later')];
  const p = plan({ maxSends: 5, log });
  expect(p.send).toEqual([]);
  expect(p.digestDue).toBe(true);
  // Without a run deferred today, a day already sent owes nothing (the earlier behaviour).
  expect(plan({ maxSends: 5, log: log.slice(0, 5) }).digestDue).toBe(false);
  expect(plan({ maxSends: 5, log: [...log, row('digest|2021-05-11', 'sent')] }).digestDue).toBe(false);
});

it('quota still decides first: what the quota cannot carry is postponed, not left for a later run', () => {
  const p = plan({ maxSends: 2, quota: 4 }); // 1 recipient kept for the digest
  expect(p.send).toHaveLength(2);
  expect(p.dueLater).toHaveLength(1);
  expect(p.postponed.map((r) => r.unit)).toEqual(['Phường 4', 'Phường 5']);
});

it('a reminder left for later is a candidate again on the next run, and logged so once a day', () => {
  const log = [row('Phường 3|registration|1|T-7', 'due-later')];
  const p = plan({ maxSends: 2, log: [row('Phường 1|registration|1|T-7', 'sent'), row('Phường 2|registration|1|T-7', 'sent'), ...log] });
  expect(p.send.map((r) => r.unit)).toEqual(['Phường 3', 'Phường 4']);
  expect(unloggedToday(p.dueLater, log, 'due-later', '2021-05-11', campaign.timeZone).map((r) => r.unit)).toEqual(['Phường 5']);
  const first = plan({ maxSends: 2 });
  expect(unloggedToday(first.dueLater, log, 'due-later', '2021-05-11', campaign.timeZone).map((r) => r.unit)).toEqual(['Phường 4', 'Phường 5']);
  // Yesterday's row does not count for today.
  expect(unloggedToday(first.dueLater, [row('Phường 3|registration|1|T-7', 'due-later', '2021-05-10T00:30:00Z')], 'due-later', '2021-05-11', campaign.timeZone)).toHaveLength(3);
});

it('the wall-clock guard allows a send only if it ends within the run\'s budget', () => {
  expect(canSendMore(0, 0)).toBe(true);
  expect(canSendMore(1_000, 1_000 + RUN_BUDGET_MS - 500)).toBe(true);
  expect(canSendMore(1_000, 1_000 + RUN_BUDGET_MS - 499)).toBe(false);
});
