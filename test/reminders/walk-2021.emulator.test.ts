/**
 * The whole 2021 calendar, day by day (07/05 → 20/10), with the daily trigger firing at 07:00
 * Asia/Ho_Chi_Minh on the emulator's fake clock: every e-mail, to whom, on which day.
 * Behaviours relied on (Google's reference):
 * - an add-on's time-driven trigger runs as its installer, with no UI, once a day at the hour asked
 *   https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - MailApp.getRemainingDailyQuota / sendEmail(message) with htmlBody and name
 *   https://developers.google.com/apps-script/reference/mail/mail-app
 * - LockService.getDocumentLock().tryLock(ms) returns false when another execution holds it
 *   https://developers.google.com/apps-script/reference/lock/lock
 */
import { addDays } from '../../src/core/dates';
import type { SentMail } from '../../src/local/emulator/services/mail';
import { asUser } from '../setup/helpers';
import { campaignEmulator, COORDINATOR, fillRows, reportResults, logRows, OWNER, rerunTrigger, UNITS, vnDay } from './fixture';

const DEADLINES = [
  { kind: 'hạn đăng ký', round: 'Đợt 1', date: '2021-05-18' },
  { kind: 'hạn báo cáo kết quả', round: 'Đợt 1', date: '2021-06-25' },
  { kind: 'hạn đăng ký', round: 'Đợt 2', date: '2021-06-10' },
  { kind: 'hạn báo cáo kết quả', round: 'Đợt 2', date: '2021-10-05' },
];
const STEPS = [-7, -3, -1, 0, 1];
const vn = (iso: string) => iso.split('-').reverse().join('/');
const when = (daysLeft: number) => (daysLeft > 0 ? `còn ${daysLeft} ngày` : daysLeft === 0 ? 'hôm nay là hạn' : `đã quá hạn ${-daysLeft} ngày`);
const emailsOf = (unit: string) => UNITS.find((u) => u[0] === unit)![2].split(',').map((s) => s.trim()).filter((s) => s.includes('@') && s.includes('.'));

const DONE_FROM_START = 'Quận Đoàn 3';
const DONE_ON_16_05 = 'Hội Liên hiệp phụ nữ Quận 3';
const NO_ADDRESS = ['Phường 10', 'Phường 11'];
/** Reports the results of its two Đợt 1 models on 20/06, between the 7- and 3-day report reminders. */
const REPORTED_ON_20_06 = DONE_FROM_START;

/** What the plan says should happen, written out independently of the code under test. */
function expectedUnitMails(): string[] {
  const out: string[] = [];
  for (const d of DEADLINES) {
    for (const step of STEPS) {
      const day = addDays(d.date, step);
      for (const [unit] of UNITS) {
        if (NO_ADDRESS.includes(unit)) continue;
        const registrationDone = unit === DONE_FROM_START || (unit === DONE_ON_16_05 && day >= '2021-05-16');
        if (d.kind === 'hạn đăng ký' && registrationDone) continue;
        if (d.kind === 'hạn báo cáo kết quả' && d.round === 'Đợt 1' && unit === REPORTED_ON_20_06 && day >= '2021-06-20') continue;
        out.push(`${day} → ${emailsOf(unit).join(',')} : ${unit} – ${d.kind} ${d.round} (${vn(d.date)}), ${when(-step)}`);
      }
    }
  }
  return out.sort();
}

const unitMailLine = (m: SentMail) => `${vnDay(m.sentAt)} → ${m.to} : ${m.subject.replace(/^\[Dân vận khéo\] (Nhắc hạn|Quá hạn): /, '')}`;
const isDigest = (m: SentMail) => m.subject.includes('Tổng hợp nhắc hạn');

describe('walking the 2021 calendar', () => {
  const emu = campaignEmulator();
  fillRows(emu, DONE_FROM_START, 2);
  emu.bundle!.call('addResultsColumns');
  emu.bundle!.call('setRemindersEnabled', true);
  emu.bundle!.call('setRemindersEnabled', true); // pressed twice: still one trigger
  const clockTriggers = () => emu.triggers.all.filter((t) => t.eventType === 'CLOCK');
  const triggerCount = clockTriggers().length;
  const runs: { day: string; handler: string; status?: string; error?: Error }[] = [];
  const rerunSent: number[] = [];
  let lockedDay: { busy: unknown; retried: unknown; mailsWhileLocked: number } | undefined;

  for (let day = '2021-05-07'; day <= '2021-10-20'; day = addDays(day, 1)) {
    emu.clock.set(`${day}T06:30:00+07:00`);
    if (day === '2021-05-16') fillRows(emu, DONE_ON_16_05, 2);
    if (day === '2021-06-20') reportResults(emu, REPORTED_ON_20_06);
    if (day === '2021-06-09') {
      // Another execution (a coordinator's manual run) holds the file's claim (schedule/lock) past
      // the trigger's wait: the claim a scheduled run (no document lock) and a sidebar run share.
      emu.ctx.data.developerMetadata.push({ id: 990004, key: 'dvk.claim', value: `${Date.parse(`${day}T07:05:00+07:00`)} manual`, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } });
    }
    emu.clock.set(`${day}T07:00:00+07:00`);
    const before = emu.outbox.length;
    for (const r of emu.runDueTimeTriggers()) runs.push({ day, handler: r.handler, status: (r.result as { reminders?: string }[] | undefined)?.[0]?.reminders, ...(r.error ? { error: r.error } : {}) });
    if (day === '2021-06-09') {
      const mailsWhileLocked = emu.outbox.length - before;
      emu.clock.set(`${day}T07:30:00+07:00`);
      const retried = rerunTrigger(emu);
      lockedDay = { busy: runs[runs.length - 1], retried, mailsWhileLocked };
    }
    if (['2021-05-18', '2021-06-25', '2021-10-06'].includes(day)) {
      const n = emu.outbox.length;
      emu.clock.set(`${day}T09:00:00+07:00`);
      rerunTrigger(emu); // a retried trigger / a second run the same day
      rerunSent.push(emu.outbox.length - n);
    }
  }

  const unitMails = emu.outbox.filter((m) => !isDigest(m));
  const digests = emu.outbox.filter(isDigest);

  it('turning reminders on twice installs one daily trigger, and it fires once a day, without errors', () => {
    expect(triggerCount).toBe(1);
    expect(runs).toHaveLength(167);
    expect(runs.filter((r) => r.error)).toEqual([]);
    expect(new Set(runs.map((r) => r.day)).size).toBe(167);
  });

  it('sends exactly the plan: 5 steps × 4 deadlines to every unit not done, on the right day, to its addresses', () => {
    expect(unitMails.map(unitMailLine).sort()).toEqual(expectedUnitMails());
  });

  it('never sends the same reminder twice, under reruns on the same day', () => {
    const lines = unitMails.map(unitMailLine);
    expect(new Set(lines).size).toBe(lines.length);
    expect(rerunSent).toEqual([0, 0, 0]);
  });

  it('an overlapping run waits for the lock, gives up without sending, and the retry sends each reminder once', () => {
    expect(lockedDay!.mailsWhileLocked).toBe(0);
    expect(lockedDay!.busy).toMatchObject({ day: '2021-06-09', status: 'busy' });
    expect(runs.filter((r) => r.status === 'busy')).toHaveLength(1);
    expect(lockedDay!.retried).toMatchObject({ reminders: 'done' });
    const onDay = unitMails.filter((m) => vnDay(m.sentAt) === '2021-06-09');
    expect(onDay).toHaveLength(12); // 16 units − 2 without an address − 2 done (Quận Đoàn 3, Hội LHPN)
  });

  it('a unit done from the start never gets a registration reminder; one that completes mid-way stops', () => {
    const reg = (unit: string) => unitMails.filter((m) => m.subject.includes(unit) && m.subject.includes('hạn đăng ký')).map((m) => vnDay(m.sentAt));
    expect(reg(DONE_FROM_START)).toEqual([]);
    expect(reg(DONE_ON_16_05)).toEqual(['2021-05-11', '2021-05-15']);
    // Both still owe results: report reminders continue.
    expect(unitMails.filter((m) => m.subject.includes(DONE_ON_16_05) && m.subject.includes('hạn báo cáo'))).toHaveLength(10);
  });

  it('a unit that reports its results mid-way stops getting that round\'s report reminders, not the next round\'s', () => {
    const report = (round: string) => unitMails.filter((m) => m.subject.includes(REPORTED_ON_20_06) && m.subject.includes(`hạn báo cáo kết quả ${round}`)).map((m) => vnDay(m.sentAt));
    expect(report('Đợt 1')).toEqual(['2021-06-18']);
    expect(report('Đợt 2')).toEqual(['2021-09-28', '2021-10-02', '2021-10-04', '2021-10-05', '2021-10-06']);
    const first = unitMails.find((m) => m.subject.includes(REPORTED_ON_20_06))!;
    expect(first.body).toContain('Chưa báo cáo kết quả 2/2 mô hình Đợt 1');
  });

  it('units without a usable address get nothing, are logged and reported to coordinators', () => {
    for (const unit of NO_ADDRESS) expect(unitMails.filter((m) => m.subject.includes(unit))).toEqual([]);
    const rows = logRows(emu).filter((r) => NO_ADDRESS.includes(String(r[2])));
    expect(rows).toHaveLength(2 * 20);
    expect(rows.every((r) => r[8] === 'Không có e-mail')).toBe(true);
    expect(digests[0].body).toMatch(/Không gửi được[\s\S]*Phường 10/);
  });

  it('coordinators get one digest on each day reminders were due, and none on quiet days', () => {
    const days = digests.map((m) => vnDay(m.sentAt));
    expect(new Set(days).size).toBe(days.length);
    expect(days).toHaveLength(20);
    expect(digests.every((m) => m.to === `${OWNER},${COORDINATOR}` || m.to === `${COORDINATOR},${OWNER}`)).toBe(true);
    const overdue = digests.find((m) => vnDay(m.sentAt) === '2021-05-19')!;
    expect(overdue.body).toContain('Phường 2: trễ hạn đăng ký Đợt 1 (18/05/2021) 1 ngày');
  });

  it('every reminder sent is in the log sheet as "Đã gửi", with its recipients', () => {
    const rows = logRows(emu);
    expect(rows[0]).toEqual(['Thời gian', 'Mã nhắc', 'Đơn vị', 'Loại hạn', 'Đợt', 'Hạn', 'Bước', 'Người nhận', 'Kết quả', 'Chi tiết']);
    const sentRows = rows.slice(1).filter((r) => r[8] === 'Đã gửi' && !String(r[1]).startsWith('digest|'));
    expect(sentRows).toHaveLength(unitMails.length);
    expect(rows.slice(1).some((r) => r[8] === 'Đang gửi')).toBe(false);
  });

  it('the log sheet is protected: only coordinators (and the owner) may edit it', () => {
    const editors = asUser(emu, OWNER, (ss) => ss.getSheetByName('Nhật ký nhắc hạn')!
      .getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0].getEditors().map((u) => u.getEmail()).sort());
    expect(editors).toEqual([OWNER, COORDINATOR].sort());
  });

  it('the sidebar status says reminders are on and what the last run sent', () => {
    const status = emu.bundle!.call('getReminderStatus') as { enabled: boolean; lastRun: { today: string }; recent: unknown[] };
    expect(status).toMatchObject({ enabled: true, by: OWNER, mine: true, uncertain: 0 });
    expect(status.lastRun.today).toBe('2021-10-20');
    expect(status.recent.length).toBeGreaterThan(0);
  });

  it('turning reminders off removes the trigger: no run the next day', () => {
    emu.bundle!.call('setRemindersEnabled', false);
    expect(clockTriggers()).toHaveLength(0);
    emu.clock.set('2021-10-21T08:00:00+07:00');
    expect(emu.runDueTimeTriggers()).toEqual([]);
  });
});
