/**
 * What a coordinator and a unit member see in the sidebar, driven in Chromium with a fake server.
 * google.script.run behaviour: https://developers.google.com/apps-script/guides/html/reference/run
 */
import { BLANK_STATE, COORDINATOR, deferred, INITIALIZED_STATE, SETUP_BATCHES } from './fake-server';
import { openSidebar, type SidebarSession } from './harness';
import type { SidebarState } from '../../src/sidebar/api';

let session: SidebarSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator opens the sidebar on a blank spreadsheet and sees the heading, their e-mail and "Khởi tạo chiến dịch"', async () => {
  session = await openSidebar({ functions: ['getSidebarState', 'initCampaign'], handle: () => BLANK_STATE });
  const { page } = session;
  await page.getByRole('button', { name: 'Khởi tạo chiến dịch' }).waitFor();

  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dân vận khéo');
  expect(await page.locator('.user-email').textContent()).toBe(COORDINATOR);
  expect(await page.getByRole('button', { name: 'Khởi tạo chiến dịch' }).isEnabled()).toBe(true);
  // Nothing but the one page: no CDN fonts, styles or scripts.
  expect(session.externalRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await session.screenshot('sidebar.png');
});

test('"Khởi tạo chiến dịch" shows a busy, disabled button until the server answers, then the campaign', async () => {
  const answer = deferred<SidebarState>();
  session = await openSidebar({
    functions: ['getSidebarState', 'initCampaign'],
    handle: (fn) => (fn === 'initCampaign' ? answer.promise : BLANK_STATE),
  });
  const { page } = session;
  const init = page.getByRole('button', { name: 'Khởi tạo chiến dịch' });
  await init.click();

  const busy = page.getByRole('button', { name: 'Đang khởi tạo…' });
  await busy.waitFor();
  expect(await busy.isDisabled()).toBe(true);

  answer.resolve(INITIALIZED_STATE);
  await page.getByRole('heading', { name: 'Dân vận khéo Quận 3 năm 2021' }).waitFor();
  expect(await page.getByText('Năm 2021 · 47 đơn vị').count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).isEnabled()).toBe(true);
  expect(session.calls.map((c) => c.fn)).toEqual(['getSidebarState', 'initCampaign']);
});

test('features the server does not have yet are shown disabled and marked "Sắp có"', async () => {
  session = await openSidebar({ functions: ['getSidebarState', 'setupUnitTabs'], handle: () => INITIALIZED_STATE });
  const { page } = session;
  await page.getByRole('heading', { name: 'Trang tính đơn vị' }).waitFor();
  for (const [fn, button] of [['checkUnits', 'Kiểm tra tất cả'], ['getDashboard', 'Xem tổng hợp'], ['getReminderStatus', 'Xem lịch nhắc']]) {
    const section = page.locator(`[data-feature="${fn}"]`);
    expect(await section.locator('.badge').textContent()).toBe('Sắp có');
    expect(await section.getByRole('button', { name: button }).isDisabled()).toBe(true);
  }
});

test('a non-coordinator sees the polite read-only message and no buttons', async () => {
  const message = 'Bạn chỉ có quyền xem. Vui lòng liên hệ Ban Dân vận Quận ủy để được cấp quyền.';
  session = await openSidebar({
    functions: ['getSidebarState', 'initCampaign', 'setupUnitTabs'],
    handle: () => ({ ...INITIALIZED_STATE, user: 'phuong1@example.org', isCoordinator: false, message }),
  });
  const { page } = session;
  await page.getByRole('note').waitFor();
  expect(await page.getByRole('note').textContent()).toBe(message);
  expect(await page.locator('.user-email').textContent()).toBe('phuong1@example.org');
  expect(await page.getByRole('button').count()).toBe(0);
});

test('a server error is shown in Vietnamese in a red box, and "Thử lại" asks again', async () => {
  let attempts = 0;
  session = await openSidebar({
    functions: ['getSidebarState'],
    handle: () => {
      attempts++;
      if (attempts === 1) throw new Error('Không đọc được trang Cấu hình: bảng tính đang bận.');
      return BLANK_STATE;
    },
  });
  const { page } = session;
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.locator('.error-title').textContent()).toBe('Có lỗi xảy ra');
  expect(await alert.locator('.error-message').textContent()).toBe('Không đọc được trang Cấu hình: bảng tính đang bận.');
  expect(await alert.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(165, 14, 14)');

  await alert.getByRole('button', { name: 'Thử lại' }).click();
  await page.getByRole('button', { name: 'Khởi tạo chiến dịch' }).waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
});

test('a server without getSidebarState yet gets an explanation, not a blank sidebar', async () => {
  session = await openSidebar({ functions: [], handle: () => BLANK_STATE });
  const alert = session.page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Chức năng chưa sẵn sàng');
  expect(await alert.textContent()).toContain('getSidebarState');
  expect(session.calls).toEqual([]);
});

test('values from the server are shown as text, never run as HTML', async () => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  session = await openSidebar({
    functions: ['getSidebarState', 'setupUnitTabs'],
    handle: () => ({
      ...INITIALIZED_STATE,
      user: `${hostile}@example.org`,
      campaign: { ...INITIALIZED_STATE.campaign!, title: `<b>${hostile}</b>` },
    }),
  });
  const { page } = session;
  await page.locator('.campaign-title').waitFor();
  expect(await page.locator('.campaign-title').textContent()).toBe(`<b>${hostile}</b>`);
  expect(await page.locator('.user-email').textContent()).toBe(`${hostile}@example.org`);
  expect(await page.locator('img, #app b:not(.user-email)').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("Apps Script's own English errors are explained in Vietnamese, with the original kept as a detail", async () => {
  session = await openSidebar({
    functions: ['getSidebarState'],
    handle: () => {
      throw new Error('Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
    },
  });
  const alert = session.page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.locator('.error-message').textContent()).toBe('Bạn không có quyền thực hiện thao tác này trên bảng tính.');
  expect(await alert.locator('.error-detail').textContent()).toContain('You do not have permission');
  await session.screenshot('sidebar-error.png');
});

test('a malformed reply from the server is reported, not a crash or a blank sidebar', async () => {
  session = await openSidebar({ functions: ['getSidebarState'], handle: () => null });
  const alert = session.page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.locator('.error-message').textContent()).toBe('Máy chủ trả về dữ liệu không hợp lệ (getSidebarState).');
});

test('"Đang tải…" shows until the server says who is looking', async () => {
  const state = deferred<SidebarState>();
  session = await openSidebar({ functions: ['getSidebarState'], handle: () => state.promise });
  const { page } = session;
  await page.getByRole('status').filter({ hasText: 'Đang tải…' }).waitFor();
  expect(await page.getByRole('button').count()).toBe(0);
  state.resolve(BLANK_STATE);
  await page.getByRole('button', { name: 'Khởi tạo chiến dịch' }).waitFor();
  expect(await page.getByText('Đang tải…').count()).toBe(0);
});

// Kiểm tra and Tổng hợp have their own views (test/browser/check.test.ts, dashboard.test.ts); the server's message shows.
test('once the server has getDashboard, "Xem tổng hợp" is enabled and shows its answer', async () => {
  session = await openSidebar({
    functions: ['getSidebarState', 'getDashboard'],
    handle: (fn) => (fn === 'getDashboard' ? { built: false, updatedAt: '', counts: {}, nextDeadline: null, late: [], autoRefresh: false, message: '12/47 đơn vị còn thiếu công trình.' } : INITIALIZED_STATE),
  });
  const { page } = session;
  const section = page.locator('[data-feature="getDashboard"]');
  await section.getByRole('button', { name: 'Xem tổng hợp' }).click();
  await section.getByText('12/47 đơn vị còn thiếu công trình.').waitFor();
  expect(await section.locator('.badge').count()).toBe(0);
  expect(session.calls.map((c) => c.fn)).toEqual(['getSidebarState', 'getDashboard']);
});

test('without Chromium the harness says how to install it', async () => {
  await expect(openSidebar({ functions: [], handle: () => null, chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
    'Chromium not found at /nonexistent/chromium: apt-get install chromium',
  );
});

test('the start-up notice goes once the step it names runs, and the setup ends with the next step', async () => {
  const message = 'Đã tạo bảng Cấu hình và Mẫu đăng ký. Bước tiếp theo: kiểm tra danh sách đơn vị và e-mail trong Cấu hình, rồi bấm “Tạo/cập nhật trang tính đơn vị”.';
  session = await openSidebar({
    functions: ['getSidebarState', 'setupUnitTabs'],
    handle: (fn) => (fn === 'setupUnitTabs' ? SETUP_BATCHES[2] : { ...INITIALIZED_STATE, message }),
  });
  const { page } = session;
  await page.getByText(message).waitFor();
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('.result-groups').waitFor();
  expect(await page.getByText(message).count()).toBe(0);
  expect(await page.locator('.next-step').textContent()).toMatch(/^Bước tiếp theo: /);
});
