/**
 * The coordinator's dashboard in Chromium, against the real bundle on the emulator (twelve wards,
 * after the last registration deadline): counts, next deadline, late units with contacts, opening
 * a late unit's tab, turning on the hourly rebuild.
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 * Sheet.activate shows the tab to the user: https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()
 */
import { twelveWards } from '../summary/fixture';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';
import { openSidebar, type SidebarSession } from './harness';
import { INITIALIZED_STATE } from './fake-server';

let session: MenuSidebar | SidebarSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator sees the counts, the next deadline and the late units, opens one’s tab and turns on hourly updates', async () => {
  const emu = twelveWards();
  emu.clock.set('2021-06-20T10:15:00+07:00');
  const s = await openSidebarFromMenu(emu);
  session = s;
  const { page } = s;
  const section = page.locator('[data-feature="getDashboard"]');

  await section.getByRole('button', { name: 'Xem tổng hợp' }).click();
  await section.getByText('Chưa có trang Tổng hợp: bấm “Cập nhật tổng hợp”.').waitFor();

  await section.getByRole('button', { name: 'Cập nhật tổng hợp' }).click();
  await section.locator('.counts').waitFor();
  expect(await section.locator('.updated').textContent()).toBe('Cập nhật lúc 10:15 20/06/2021');
  expect(await section.locator('.count').allTextContents()).toEqual(['1đủ chỉ tiêu', '0đang đăng ký', '0chưa đăng ký', '11quá hạn']);
  expect(await section.locator('.next-deadline').textContent()).toBe('Hạn báo cáo kết quả Đợt 1: 25/06/2021 (còn 5 ngày)');
  expect(await section.locator('.late h3').textContent()).toBe('Đơn vị trễ hạn (11)');
  const p1 = section.locator('.late-list li').filter({ hasText: 'Phường 1 ·' });
  expect(await p1.count()).toBe(0);
  const p3 = section.locator('.late-list li').filter({ hasText: 'Phường 3 ·' });
  expect(await p3.textContent()).toContain('Quá hạn');
  expect(await p3.locator('.contact').textContent()).toBe('chưa có e-mail liên hệ');
  await s.screenshot('dashboard.png');

  await p3.getByRole('button', { name: 'Mở trang tính Phường 3' }).click();
  await s.waitForCall('openSheet');
  const active = () => emu.run(emu.user, () => (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet().getActiveSheet().getName());
  for (let i = 0; i < 50 && active() !== 'Phường 3'; i++) await page.waitForTimeout(20);
  expect(active()).toBe('Phường 3');

  // The hourly rebuild's switch sits beside the reminders' one, in Tự động; the dashboard names it as the next step.
  expect(await section.locator('.next-step').textContent()).toMatch(/^Bước tiếp theo: nhắc các đơn vị trễ hạn/);
  const auto = page.locator('.automation .summary-auto');
  expect(await section.getByRole('button', { name: 'Bật tự động cập nhật' }).count()).toBe(0);
  expect(await auto.locator('.summary-auto-state').textContent()).toBe('Tự động cập nhật mỗi giờ: đang tắt.');
  await auto.getByRole('button', { name: 'Bật tự động cập nhật' }).click();
  await auto.getByText('Tự động cập nhật mỗi giờ: đang bật.').waitFor();
  expect(await auto.getByText('Đã bật tự động cập nhật mỗi giờ.').count()).toBe(1);
  expect(emu.triggers.all.filter((t) => t.handler === 'runScheduledJobs')).toHaveLength(1);

  await auto.getByRole('button', { name: 'Tắt tự động cập nhật' }).click();
  await auto.getByText('Tự động cập nhật mỗi giờ: đang tắt.').waitFor();
  expect(await auto.getByText('Đã tắt tự động cập nhật mỗi giờ.').count()).toBe(1);
  expect(s.pageErrors).toEqual([]);
}, 60_000);

test('a malformed dashboard reply is shown as a readable error, not a crash', async () => {
  session = await openSidebar({
    functions: ['getSidebarState', 'getDashboard'],
    handle: (fn) => (fn === 'getDashboard' ? { built: true } : INITIALIZED_STATE),
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Xem tổng hợp' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Máy chủ trả về dữ liệu không hợp lệ (getDashboard).');
  expect(await page.getByRole('button', { name: 'Xem tổng hợp' }).isEnabled()).toBe(true);
});
