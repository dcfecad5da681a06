/**
 * "Nhắc hạn" in the real sidebar against the built bundle in the emulator: turn reminders on
 * (the user's one hourly time-driven trigger), preview today's mails, turn them off (trigger removed).
 * - ScriptApp.newTrigger(…).timeBased().everyHours(1): https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 * - add-on time-driven triggers at most hourly: https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import { campaignEmulator } from '../reminders/fixture';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator turns reminders on, previews today\'s mails without sending, then turns them off', async () => {
  const emu = campaignEmulator();
  emu.clock.set('2021-05-11T09:00:00+07:00');
  const clockTriggers = () => emu.triggers.all.filter((t) => t.eventType === 'CLOCK');
  session = await openSidebarFromMenu(emu);
  const { page } = session;
  const section = page.locator('[data-feature="getReminderStatus"]');
  await section.locator('.reminder-on-off').waitFor();
  expect(await section.locator('.reminder-on-off').textContent()).toBe('Nhắc hạn đang tắt.');
  expect(await section.locator('.reminder-last-run').textContent()).toBe('Chưa chạy lần nào.');

  await section.getByRole('button', { name: 'Bật nhắc hạn' }).click();
  await section.getByRole('button', { name: 'Tắt nhắc hạn' }).waitFor();
  expect(await section.locator('.reminder-on-off').textContent()).toContain('Nhắc hạn đang bật (gửi từ tài khoản bandanvan@q3.gov.vn, mỗi ngày khoảng 7:00–8:00)');
  expect(clockTriggers().map((t) => [t.handler, t.schedule?.everyHours])).toEqual([['runScheduledJobs', 1]]);

  await section.getByRole('button', { name: 'Xem trước' }).click();
  await section.locator('.reminder-preview-result').waitFor();
  const result = section.locator('.reminder-preview-result');
  expect(await result.locator('p').first().textContent()).toBe('Xem trước ngày 11/05/2021: sẽ gửi 14 thư, 2 đơn vị không có e-mail. Chưa thư nào được gửi.');
  // The deadline is said once, above the units it concerns; each unit's line names its addresses.
  expect(await result.locator('.preview-send .preview-when').allTextContents()).toEqual(['Hạn đăng ký Đợt 1 (18/05/2021), còn 7 ngày:']);
  const sent = await result.locator('.preview-send li').allTextContents();
  expect(sent[0]).toBe('Đảng bộ Công an Quận 3 → congan@q3.gov.vn');
  // Units in natural order: Phường 2 before Phường 12.
  const wards = sent.map((l) => /^Phường (\d+) →/.exec(l)?.[1]).filter(Boolean).map(Number);
  expect(wards.length).toBeGreaterThan(3);
  expect(wards).toEqual([...wards].sort((a, b) => a - b));
  expect(await result.locator('.preview-no-address li').allTextContents()).toEqual([
    'Phường 10: Chưa có e-mail liên hệ trong Cấu hình', 'Phường 11: Chưa có e-mail liên hệ trong Cấu hình',
  ]);
  expect(emu.outbox).toEqual([]);
  await session.screenshot('sidebar-reminders.png');

  await section.getByRole('button', { name: 'Tắt nhắc hạn' }).click();
  await section.getByRole('button', { name: 'Bật nhắc hạn' }).waitFor();
  expect(await section.locator('.reminder-on-off').textContent()).toBe('Nhắc hạn đang tắt.');
  expect(clockTriggers()).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}, 60000);

test('after a run, the section says when it last ran and what it sent', async () => {
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  emu.clock.set('2021-05-11T07:00:00+07:00');
  emu.runDueTimeTriggers();
  session = await openSidebarFromMenu(emu);
  const section = session.page.locator('[data-feature="getReminderStatus"]');
  await section.locator('.reminder-last-run').waitFor();
  expect(await section.locator('.reminder-last-run').textContent()).toBe(
    'Lần chạy gần nhất: ngày 11/05/2021: đã gửi 14 thư nhắc, 2 đơn vị không có e-mail hợp lệ.'); // the date once
  await section.locator('.reminder-recent summary').click();
  expect(await section.locator('.reminder-recent li').count()).toBe(15);
}, 60000);
