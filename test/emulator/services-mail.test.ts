/**
 * MailApp as the add-on's reminders meet it.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas (recipients per day, To+Cc+Bcc)
 */
import { FakeClock } from '../../src/local/emulator/clock';
import { CallCounter, type EmulatorContext } from '../../src/local/emulator/context';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { MailQuota, createMailApp, type SentMail } from '../../src/local/emulator/services/mail';

function setup(daily = 100) {
  const clock = new FakeClock('2021-05-17T09:00:00+07:00');
  const ctx: EmulatorContext = {
    data: newSpreadsheetData({ owner: 'bdv@quan3.vn' }), now: () => clock.now(), activeUser: 'bdv@quan3.vn',
    effectiveUser: 'bdv@quan3.vn', authMode: 'FULL', calls: new CallCounter(),
  };
  const outbox: SentMail[] = [];
  const mail = createMailApp(ctx, outbox, new MailQuota(daily, 'Asia/Ho_Chi_Minh'));
  return { clock, ctx, outbox, mail };
}

test('sendEmail(recipient, subject, body, options) lands in the outbox with every field and the send time', () => {
  const { mail, outbox, ctx } = setup();
  mail.sendEmail('p1@quan3.vn', 'Nhắc hạn đăng ký', 'Còn 1 ngày', {
    htmlBody: '<b>Còn 1 ngày</b>', name: 'Ban Dân vận', cc: 'p2@quan3.vn', bcc: 'a@x.vn, b@x.vn', replyTo: 'bdv@quan3.vn',
  });
  expect(outbox).toEqual([expect.objectContaining({
    from: 'bdv@quan3.vn', to: 'p1@quan3.vn', cc: 'p2@quan3.vn', bcc: 'a@x.vn, b@x.vn', subject: 'Nhắc hạn đăng ký',
    body: 'Còn 1 ngày', htmlBody: '<b>Còn 1 ngày</b>', name: 'Ban Dân vận', replyTo: 'bdv@quan3.vn', noReply: false,
  })]);
  expect(outbox[0].sentAt.toISOString()).toBe('2021-05-17T02:00:00.000Z');
  expect(ctx.calls.snapshot()).toEqual({ 'MailApp.sendEmail': 1 });
});

test('sendEmail(message object) and the (to, replyTo, subject, body) form both send', () => {
  const { mail, outbox } = setup();
  mail.sendEmail({ to: 'p1@quan3.vn', subject: 'S', body: 'B', htmlBody: '<p>B</p>', noReply: true });
  mail.sendEmail('p3@quan3.vn', 'reply@quan3.vn', 'S2', 'B2');
  expect(outbox.map((m) => [m.to, m.subject, m.replyTo, m.noReply])).toEqual([
    ['p1@quan3.vn', 'S', '', true], ['p3@quan3.vn', 'S2', 'reply@quan3.vn', false],
  ]);
});

test('every recipient in To, Cc and Bcc spends quota; past it the send throws and nothing goes out', () => {
  const { mail, outbox } = setup(5);
  expect(mail.getRemainingDailyQuota()).toBe(5);
  mail.sendEmail('a@x.vn, b@x.vn', 'S', 'B', { cc: 'c@x.vn', bcc: 'd@x.vn' });
  expect(mail.getRemainingDailyQuota()).toBe(1);
  expect(() => mail.sendEmail('e@x.vn, f@x.vn', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
  expect(outbox).toHaveLength(1);
  mail.sendEmail('e@x.vn', 'S', 'B');
  expect(mail.getRemainingDailyQuota()).toBe(0);
});

test('the quota comes back the next day', () => {
  const { mail, clock } = setup(2);
  mail.sendEmail('a@x.vn, b@x.vn', 'S', 'B');
  expect(mail.getRemainingDailyQuota()).toBe(0);
  clock.advance(24 * 3600_000);
  expect(mail.getRemainingDailyQuota()).toBe(2);
});

test('an invalid address throws "Invalid email: X"; a named address "Tên <a@b.vn>" is fine', () => {
  const { mail, outbox } = setup();
  expect(() => mail.sendEmail('phuong1.quan3.vn', 'S', 'B')).toThrow('Invalid email: phuong1.quan3.vn');
  expect(() => mail.sendEmail('a@x.vn', 'S', 'B', { cc: 'not an address' })).toThrow('Invalid email: not an address');
  mail.sendEmail('Phường 1 <p1@quan3.vn>', 'S', 'B');
  expect(outbox).toHaveLength(1);
});

test.each(['LIMITED', 'NONE'] as const)('without full authorization (%s) MailApp throws the permission error', (mode) => {
  const { mail, ctx, outbox } = setup();
  ctx.authMode = mode;
  expect(() => mail.sendEmail('a@x.vn', 'S', 'B')).toThrow(
    'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
  expect(() => mail.getRemainingDailyQuota()).toThrow('MailApp.getRemainingDailyQuota');
  expect(outbox).toHaveLength(0);
});

test('mail goes out from the effective user, whose own quota it spends', () => {
  const { mail, ctx, outbox } = setup(3);
  ctx.effectiveUser = 'installer@quan3.vn';
  mail.sendEmail('a@x.vn, b@x.vn', 'S', 'B');
  expect(outbox[0].from).toBe('installer@quan3.vn');
  expect(mail.getRemainingDailyQuota()).toBe(1);
  ctx.effectiveUser = 'bdv@quan3.vn';
  expect(mail.getRemainingDailyQuota()).toBe(3);
});
