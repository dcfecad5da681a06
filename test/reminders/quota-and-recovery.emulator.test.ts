/**
 * Quota exhaustion, a run that died between "Đang gửi" and "Đã gửi", preview, and who may press
 * the buttons — on the emulator through the built bundle.
 * - MailApp.getRemainingDailyQuota(): recipients left today; sendEmail throws once it is spent
 *   https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
 *   https://developers.google.com/apps-script/guides/services/quotas
 */
import { campaignEmulator, fillRows, logRows, OWNER, rerunTrigger, vnDay } from './fixture';
import { asUser } from '../setup/helpers';

const isDigest = (s: string) => s.includes('Tổng hợp nhắc hạn');

describe('a daily quota of 8 recipients (2 go to the coordinators\' digest)', () => {
  const emu = campaignEmulator({ mailQuota: 8 });
  fillRows(emu, 'Quận Đoàn 3', 2);
  emu.bundle!.call('setRemindersEnabled', true);
  const byDay: Record<string, { units: string[]; digest: string }> = {};
  for (const day of ['2021-05-11', '2021-05-12', '2021-05-13', '2021-05-14']) {
    emu.clock.set(`${day}T07:00:00+07:00`);
    const before = emu.outbox.length;
    emu.runDueTimeTriggers();
    const mails = emu.outbox.slice(before);
    byDay[day] = { units: mails.filter((m) => !isDigest(m.subject)).map((m) => m.subject), digest: mails.find((m) => isDigest(m.subject))?.body ?? '' };
  }
  const allUnitMails = Object.values(byDay).flatMap((d) => d.units);

  it('never goes over the quota: MailApp never refuses, nothing is logged as an error', () => {
    expect(logRows(emu).filter((r) => r[8] === 'Lỗi')).toEqual([]);
    for (const day of Object.keys(byDay)) {
      const recipients = emu.outbox.filter((m) => vnDay(m.sentAt) === day).reduce((n, m) => n + m.to.split(',').length, 0);
      expect(recipients).toBeLessThanOrEqual(8);
    }
  });

  it('sends what fits, logs the rest as postponed, tells coordinators, and sends them the next days', () => {
    expect(byDay['2021-05-11'].units).toHaveLength(6); // 8 − 2 for the digest; same urgency, so by name
    expect(byDay['2021-05-11'].digest).toMatch(/Hoãn vì hết hạn mức gửi thư trong ngày \(sẽ gửi lần chạy sau\) \(7\)/);
    expect(logRows(emu).filter((r) => r[8] === 'Hoãn (hết hạn mức)').length).toBeGreaterThanOrEqual(7);
    expect(byDay['2021-05-12'].units.every((s) => s.includes('còn 6 ngày'))).toBe(true);
    // 13 units with an address and not done: each reminded exactly once for the 7-day step.
    expect(allUnitMails).toHaveLength(13);
    expect(new Set(allUnitMails.map((s) => s.replace(/còn \d ngày/, ''))).size).toBe(13);
    expect(byDay['2021-05-14'].units).toEqual([]);
  });
});

describe('a run that died after writing "Đang gửi"', () => {
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  emu.clock.set('2021-05-11T07:00:00+07:00');
  emu.runDueTimeTriggers();
  // The 15/05 run got as far as marking Phường 2 "Đang gửi", then hit the 6-minute limit.
  asUser(emu, OWNER, (ss) => {
    const log = ss.getSheetByName('Nhật ký nhắc hạn')!;
    log.getRange(log.getLastRow() + 1, 1, 1, 10).setValues([[new Date('2021-05-15T00:01:00Z'), 'Phường 2|registration|1|T-3', 'Phường 2', 'hạn đăng ký', 'Đợt 1', '18/05/2021', 'T-3', 'p2@q3.gov.vn', 'Đang gửi', '']]);
  });
  emu.clock.set('2021-05-15T07:00:00+07:00');
  const before = emu.outbox.length;
  emu.runDueTimeTriggers();
  const sent = emu.outbox.slice(before).map((m) => m.subject);

  it('is not resent blindly, and the sidebar shows it to check by hand', () => {
    expect(sent.some((s) => s.includes('Phường 2 –'))).toBe(false);
    expect(sent.some((s) => s.includes('Phường 3 –'))).toBe(true);
    expect(emu.bundle!.call('getReminderStatus')).toMatchObject({ uncertain: 1 });
  });
});

describe('preview and permissions', () => {
  const emu = campaignEmulator();
  emu.clock.set('2021-05-11T10:00:00+07:00');

  it('"Xem trước" lists what would go out today, sends nothing and writes no log', () => {
    const p = emu.bundle!.call('previewReminders') as { status: string; sent: { unit: string; to: string[]; subject: string }[]; noAddress: { unit: string }[]; digest: string };
    expect(p.status).toBe('preview');
    expect(p.sent.map((s) => s.unit)).toContain('Phường 1');
    expect(p.sent.find((s) => s.unit === 'Phường 1')!.to).toEqual(['p1@q3.gov.vn', 'chutich.p1@q3.gov.vn']);
    expect(p.noAddress.map((s) => s.unit)).toEqual(['Phường 10', 'Phường 11']);
    expect(p.digest).toBe('due');
    expect(emu.outbox).toEqual([]);
    expect(logRows(emu)).toEqual([]);
  });

  it('a unit contact cannot turn reminders on, preview them or read the log', () => {
    emu.user = 'p1@q3.gov.vn';
    for (const [fn, args] of [['setRemindersEnabled', [true]], ['previewReminders', []], ['getReminderStatus', []]] as const) {
      expect(() => emu.bundle!.call(fn, ...args)).toThrow(/không phải người tổng hợp/);
    }
    emu.user = OWNER;
    expect(emu.triggers.all.filter((t) => t.eventType === 'CLOCK')).toEqual([]);
  });

  it('a coordinator turning reminders on after another gets their own trigger; turning off stops both', () => {
    emu.bundle!.call('setRemindersEnabled', true);
    emu.user = 'tonghop@q3.gov.vn';
    expect(emu.bundle!.call('setRemindersEnabled', true)).toMatchObject({ enabled: true, by: OWNER, mine: true });
    expect(emu.triggers.all.filter((t) => t.eventType === 'CLOCK').map((t) => [t.owner, t.handler])).toEqual([
      [OWNER, 'runScheduledJobs'], ['tonghop@q3.gov.vn', 'runScheduledJobs'],
    ]);
    // Turning off from another account: the owner's trigger cannot be deleted by them, so it drops the job on its next run.
    emu.bundle!.call('setRemindersEnabled', false);
    expect(emu.triggers.all.filter((t) => t.eventType === 'CLOCK').map((t) => t.owner)).toEqual([OWNER]);
    emu.user = OWNER;
    emu.clock.set('2021-05-12T07:00:00+07:00');
    const runs = emu.runDueTimeTriggers();
    expect(runs.map((r) => r.result)).toEqual([[{ id: emu.ctx.data.id, reminders: 'off' }]]);
    expect(emu.outbox).toEqual([]);
    expect(emu.triggers.all.filter((t) => t.eventType === 'CLOCK')).toEqual([]);
    expect(rerunTrigger(emu)).toBeUndefined();
  });
});

it('a log with no empty row left (a new sheet has 1,000; writing past them throws) grows to take the next run\'s records', () => {
  // Range outside the sheet throws: https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer)
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  emu.clock.set('2021-05-11T07:00:00+07:00');
  emu.runDueTimeTriggers();
  const logged = logRows(emu).length;
  asUser(emu, OWNER, (ss) => {
    const log = ss.getSheetByName('Nhật ký nhắc hạn')!;
    log.deleteRows(log.getLastRow() + 1, log.getMaxRows() - log.getLastRow());
    expect(log.getMaxRows()).toBe(log.getLastRow());
  });
  emu.clock.set('2021-05-15T07:00:00+07:00');
  const runs = emu.runDueTimeTriggers();
  expect(runs.map((r) => r.error)).toEqual([undefined]);
  expect(logRows(emu).length).toBeGreaterThan(logged);
});
