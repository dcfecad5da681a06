/** The pure day's decision: due steps, dedupe by the log, urgency under a short quota, addresses. */
import { parseCampaign, QUAN3_2021, type Campaign, type Unit } from '../../src/core/campaign';
import { dueSteps, isSendableAddress, planReminders, standingOf, type LogRecord, type UnitStanding } from '../../src/core/reminders';
import type { ModelResult } from '../../src/core/results';

const campaign: Campaign = parseCampaign({ ...QUAN3_2021, coordinators: ['bdv@q3.gov.vn'] });
const URL = 'https://docs.google.com/spreadsheets/d/abc123/edit';

function standing(name: string, emails: string[], done = false): UnitStanding {
  const unit: Unit = { name, type: 'phuong', emails };
  return { unit, sheetId: 7, sheetName: name, registration: { done, missing: ['Chưa đăng ký mô hình nào.'] }, report: { 1: { done: false, missing: ['x'] }, 2: { done: false, missing: ['x'] } } };
}

const plan = (today: string, standings: UnitStanding[], quota = 100, log: LogRecord[] = []) =>
  planReminders({ campaign, today, standings, log, quota, spreadsheetUrl: URL, coordinators: ['bdv@q3.gov.vn'] });

const sentLog = (key: string, time = '2021-05-11T00:30:00Z', result: LogRecord['result'] = 'sent'): LogRecord => ({
  time: new Date(time), key, unit: '', kind: '', round: '', deadline: '', step: '', recipients: '', result, detail: '',
});

describe('dueSteps', () => {
  it('follows 7, 3, 1 days before, the day, and 1 day after each deadline', () => {
    const at = (d: string) => dueSteps(campaign, d).map((s) => `${s.deadline.kind}${s.deadline.round.id} ${s.step} ${s.daysLeft}`);
    expect(at('2021-05-11')).toEqual(['registration1 -7 7']);
    expect(at('2021-05-18')).toEqual(['registration1 0 0']);
    expect(at('2021-05-19')).toEqual(['registration1 1 -1']);
    expect(at('2021-05-20')).toEqual([]);
    expect(at('2021-05-10')).toEqual([]);
  });

  it('a step missed yesterday (no run, or postponed) is still due today, with today\'s days left', () => {
    expect(dueSteps(campaign, '2021-05-12').map((s) => [s.step, s.daysLeft])).toEqual([[-7, 6]]);
  });
});

describe('planReminders', () => {
  it('reminds units not done, skips done ones, and adds the digest when something is due', () => {
    const p = plan('2021-05-11', [standing('Phường 1', ['p1@q3.gov.vn']), standing('Phường 2', ['p2@q3.gov.vn'], true)]);
    expect(p.send.map((r) => [r.unit, r.to])).toEqual([['Phường 1', ['p1@q3.gov.vn']]]);
    expect(p.skippedDone.map((s) => s.unit)).toEqual(['Phường 2']);
    expect(p.digestDue).toBe(true);
  });

  it('a key already sent, or being sent by a run that died, is not sent again', () => {
    const units = [standing('Phường 1', ['p1@q3.gov.vn']), standing('Phường 2', ['p2@q3.gov.vn'])];
    const p = plan('2021-05-11', units, 100, [sentLog('Phường 1|registration|1|T-7'), sentLog('Phường 2|registration|1|T-7', '2021-05-11T00:31:00Z', 'sending')]);
    expect(p.send).toEqual([]);
    expect(p.alreadySent).toHaveLength(2);
    expect(p.digestDue).toBe(false);
  });

  it('a postponed reminder is retried; a failed one not again the same day, but the next day', () => {
    const u = [standing('Phường 1', ['p1@q3.gov.vn'])];
    expect(plan('2021-05-11', u, 100, [sentLog('Phường 1|registration|1|T-7', '2021-05-11T00:30:00Z', 'postponed')]).send).toHaveLength(1);
    expect(plan('2021-05-11', u, 100, [sentLog('Phường 1|registration|1|T-7', '2021-05-11T00:30:00Z', 'failed')]).send).toHaveLength(0);
    expect(plan('2021-05-12', u, 100, [sentLog('Phường 1|registration|1|T-7', '2021-05-11T00:30:00Z', 'failed')]).send).toHaveLength(1);
  });

  it('under a short quota, keeps room for the digest and sends the most urgent first: overdue, then fewest days left', () => {
    const shortCampaign = parseCampaign({ ...QUAN3_2021, coordinators: ['bdv@q3.gov.vn'], rounds: [
      { id: 1, name: 'Đợt 1', start: '2021-05-07', end: '2021-07-02', registrationDeadline: '2021-05-18', reportDeadline: '2021-05-17' },
      { id: 2, name: 'Đợt 2', start: '2021-07-03', end: '2021-10-15', registrationDeadline: '2021-05-20', reportDeadline: '2021-10-05' },
    ] });
    const units = ['A', 'B', 'C'].map((n) => standing(`Phường ${n}`, [`${n.toLowerCase()}@q3.gov.vn`]));
    // 19/05: registration Đợt 1 is 1 day overdue, registration Đợt 2 is due tomorrow. Quota 5 − 1 for the digest = 4.
    const p = planReminders({ campaign: shortCampaign, today: '2021-05-19', standings: units, log: [], quota: 5, spreadsheetUrl: URL, coordinators: ['bdv@q3.gov.vn'] });
    expect(p.send.map((r) => `${r.unit} ${r.due.deadline.round.name} ${r.due.daysLeft}`)).toEqual([
      'Phường A Đợt 1 -1', 'Phường B Đợt 1 -1', 'Phường C Đợt 1 -1', 'Phường A Đợt 2 1',
    ]);
    expect(p.postponed.map((r) => `${r.unit} ${r.due.deadline.round.name}`)).toEqual(['Phường B Đợt 2', 'Phường C Đợt 2']);
    expect(p.digestDue).toBe(true);
  });

  it('bad or empty addresses are set aside and reported, never sent to', () => {
    const p = plan('2021-05-11', [
      standing('Phường 1', ['p1@q3.gov.vn', 'p1 @q3', 'x@y']), standing('Phường 2', []), standing('Phường 3', ['khong-co-a-con']),
    ]);
    expect(p.send.map((r) => [r.unit, r.to, r.invalid])).toEqual([['Phường 1', ['p1@q3.gov.vn'], ['p1 @q3', 'x@y']]]);
    expect(p.noAddress.map((r) => [r.unit, r.invalid])).toEqual([['Phường 2', []], ['Phường 3', ['khong-co-a-con']]]);
  });

  it.each([['a@b.vn', true], ['Tên <a@b.vn>', false], ['a@b', false], ['a,b@c.vn', false], ['', false]])('isSendableAddress(%p) is %p', (a, ok) => {
    expect(isSendableAddress(a)).toBe(ok);
  });
});

describe('report deadlines use the results block', () => {
  const model = (row: number, round: number, reported: boolean): ModelResult => ({
    row, content: 1, name: `Mô hình ${row}`, kind: 'moi', dueRounds: [round], result: reported ? 'Đã sửa 02 căn nhà' : '',
    status: reported ? 'done' : null, statusText: reported ? 'Đã hoàn thành' : '', evidence: '', catalogue: '',
  });
  const unit: Unit = { name: 'Quận Đoàn 3', type: 'mttq-doan-the', emails: ['qd@q3.gov.vn'] };
  const tab = (models: ModelResult[]) => ({ sheetId: 1, sheetName: unit.name, entries: [], structure: [], models });

  it('a round is done when every model due in it has a status and a result; the others are listed by row', () => {
    const s = standingOf(campaign, unit, tab([model(12, 1, true), model(13, 1, false), model(14, 2, true)]), '2021-06-18');
    expect(s.report[1]).toEqual({ done: false, missing: ['Chưa báo cáo kết quả 1/2 mô hình Đợt 1 (cần ghi cột “Kết quả thực hiện” và “Tình trạng”): dòng 13.'] });
    expect(s.report[2]).toEqual({ done: true, missing: [] });
  });

  it('an empty registration is one line naming every quota, and no line repeats the deadline the mail states once', () => {
    const ward = campaign.units.find((u) => u.type === 'phuong')!;
    const s = standingOf(campaign, ward, tab([]), '2021-05-15');
    expect(s.registration.missing).toEqual([expect.stringMatching(/^Chưa đăng ký mô hình nào; cần đăng ký tối thiểu 10 công trình “[^”]+” \(nội dung 1\), 1 công trình/)]);
    expect(s.registration.missing.join(' ')).not.toContain('18/05/2021');
  });

  it('a unit with no model in the round is not done: it is asked to register and report', () => {
    const s = standingOf(campaign, unit, tab([model(12, 1, true)]), '2021-09-28');
    expect(s.report[1].done).toBe(true);
    expect(s.report[2].done).toBe(false);
    expect(s.report[2].missing[0]).toMatch(/chưa có mô hình nào thuộc Đợt 2/);
  });

  it('a unit that reported gets no report reminder; one that did not does', () => {
    const done = standingOf(campaign, unit, tab([model(12, 1, true)]), '2021-06-18');
    const notYet = standingOf(campaign, { ...unit, name: 'Hội Cựu chiến binh Quận 3' }, tab([model(12, 1, false)]), '2021-06-18');
    const p = plan('2021-06-18', [done, notYet]);
    expect(p.send.map((r) => r.unit)).toEqual(['Hội Cựu chiến binh Quận 3']);
    expect(p.skippedDone).toEqual([{ unit: 'Quận Đoàn 3', what: 'hạn báo cáo kết quả Đợt 1 (25/06/2021)' }]);
  });
});
