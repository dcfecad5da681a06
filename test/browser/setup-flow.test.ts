/**
 * "Tạo/cập nhật tab đơn vị": the sidebar calls setupUnitTabs() batch after batch, shows progress,
 * then the grouped result with a jump link per tab. Driven in Chromium against a fake server.
 */
import type { SetupUnitTabsResult } from '../../src/sidebar/api';
import { deferred, INITIALIZED_STATE, SETUP_BATCHES, type Deferred } from './fake-server';
import { openSidebar, type SidebarSession } from './harness';

let session: SidebarSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const FUNCTIONS = ['getSidebarState', 'setupUnitTabs', 'openSheet'];

/** A server whose setupUnitTabs answers only when the test releases each batch. */
function steppedServer(batches: Array<Deferred<SetupUnitTabsResult>>) {
  let next = 0;
  return (fn: string): unknown => {
    if (fn === 'getSidebarState') return INITIALIZED_STATE;
    if (fn === 'setupUnitTabs') return batches[next++].promise;
    return undefined;
  };
}

test('progress "Đã tạo 14/47 tab" shows while batches run, buttons stay disabled, then the grouped result', async () => {
  const batches = SETUP_BATCHES.map(() => deferred<SetupUnitTabsResult>());
  session = await openSidebar({ functions: FUNCTIONS, handle: steppedServer(batches) });
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();

  const busy = page.getByRole('button', { name: 'Đang tạo trang tính…' });
  await busy.waitFor();
  expect(await busy.isDisabled()).toBe(true);
  const progress = page.locator('.progress');

  batches[0].resolve(SETUP_BATCHES[0]);
  await page.getByText('Đã tạo 14/47 trang tính').waitFor();
  expect(await busy.isDisabled()).toBe(true);
  batches[1].resolve(SETUP_BATCHES[1]);
  await page.getByText('Đã tạo 30/47 trang tính').waitFor();
  batches[2].resolve(SETUP_BATCHES[2]);
  await page.locator('.result-groups').waitFor();

  expect(await progress.textContent()).toBe('Hoàn tất: 47/47 trang tính đơn vị');
  expect(session.calls.filter((c) => c.fn === 'setupUnitTabs')).toHaveLength(3);
  expect(await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).isEnabled()).toBe(true);

  const headings = await page.locator('.result-group h3').allTextContents();
  expect(headings).toEqual([
    'Đã tạo mới (2)',
    'Đã có sẵn (1)',
    'Người dùng đã đổi tên trang tính (1)',
    'Không còn trong cấu hình (1)',
    'Có vấn đề (1)',
  ]);
  const renamed = page.locator('[data-status="renamed"] li');
  expect(await renamed.textContent()).toContain('Trang tính "Quận Đoàn" đã được đổi tên thành "Đoàn TN".');
  const problem = page.locator('[data-status="problem"] li');
  expect(await problem.textContent()).toContain('Không bảo vệ được trang tính: thiếu e-mail người nhập.');
  // No sheet to open for a removed unit or a tab that could not be made.
  expect(await page.locator('[data-status="removed"] button').count()).toBe(0);
  expect(await problem.locator('button').count()).toBe(0);
  await session.screenshot('sidebar-setup.png');
});

test('the result opens with what keeps units from editing and the next step, within a 300 px panel', async () => {
  const unit = (n: number, blocked?: ('no-email' | 'not-shared')[]) => ({ unit: `Phường ${n}`, sheetName: `Phường ${n}`, sheetId: 100 + n,
    status: 'created' as const, message: 'Đã tạo trang tính.', ...(blocked ? { blocked } : {}) });
  const done: SetupUnitTabsResult = { finished: true, done: 32, total: 32,
    items: [...Array.from({ length: 30 }, (_, i) => unit(i + 1, ['no-email'])), unit(31, ['not-shared']), unit(32, ['not-shared'])] };
  session = await openSidebar({ functions: FUNCTIONS, handle: (fn) => (fn === 'getSidebarState' ? INITIALIZED_STATE : fn === 'setupUnitTabs' ? done : undefined) });
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('.setup-blockers').waitFor();
  expect(await page.locator('.setup-blocked').textContent()).toBe('30 đơn vị chưa có e-mail · tệp chưa chia sẻ cho 2 đơn vị');
  expect(await page.locator('.setup-next').textContent()).toMatch(/^Bước tiếp theo: ghi e-mail của các đơn vị vào Cấu hình/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await session.screenshot('sidebar-setup-blockers.png');
});

test('"Mở tab" next to a result asks the server to open that sheet', async () => {
  const [done] = SETUP_BATCHES.slice(-1);
  session = await openSidebar({
    functions: FUNCTIONS,
    handle: (fn) => (fn === 'getSidebarState' ? INITIALIZED_STATE : fn === 'setupUnitTabs' ? done : undefined),
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('[data-status="renamed"] li').getByRole('button', { name: 'Mở trang tính' }).click();
  expect(await session.waitForCall('openSheet')).toEqual({ fn: 'openSheet', args: [104] });
});

test('a failure in a later batch shows the server message and keeps what was already reported', async () => {
  const partial: SetupUnitTabsResult = { ...SETUP_BATCHES[0], items: SETUP_BATCHES[2].items.slice(0, 1) };
  let n = 0;
  session = await openSidebar({
    functions: FUNCTIONS,
    handle: (fn) => {
      if (fn === 'getSidebarState') return INITIALIZED_STATE;
      if (n++ === 0) return partial;
      throw new Error('Hết thời gian chạy, vui lòng bấm lại để tiếp tục.');
    },
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Hết thời gian chạy, vui lòng bấm lại để tiếp tục.');
  expect(await page.locator('[data-status="created"] h3').textContent()).toBe('Đã tạo mới (1)');
  expect(await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).isEnabled()).toBe(true);
});

test('a server that stops making progress is reported instead of being called forever', async () => {
  session = await openSidebar({
    functions: FUNCTIONS,
    handle: (fn) => (fn === 'getSidebarState' ? INITIALIZED_STATE : { finished: false, done: 5, total: 47, items: [] }),
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.getByRole('alert').waitFor();
  expect(await page.getByRole('alert').textContent()).toContain('Máy chủ không tạo thêm được trang tính nào');
  expect(session.calls.filter((c) => c.fn === 'setupUnitTabs').length).toBeLessThanOrEqual(5);
});

test('reopened while the setup goes on by itself: the recorded progress shows at once, then the sidebar follows it to the result', async () => {
  const batch = deferred<SetupUnitTabsResult>();
  const recorded = { done: 60, total: 192, finished: false, at: '2021-05-03T02:15:00.000Z' };
  session = await openSidebar({ functions: FUNCTIONS, handle: (fn) => (fn === 'getSidebarState' ? { ...INITIALIZED_STATE, setup: recorded }
    : fn === 'setupUnitTabs' ? batch.promise : undefined) });
  const { page } = session;
  await page.getByText('Đang tự động tạo tiếp: đã xong 60/192 trang tính (lúc 09:15 03/05/2021).').waitFor();
  batch.resolve(SETUP_BATCHES[2]);
  await page.locator('.result-groups').waitFor();
  expect(await page.locator('.progress').textContent()).toBe('Hoàn tất: 47/47 trang tính đơn vị');
});

test('reopened after it finished by itself, or stopped on an error: says so, and runs nothing', async () => {
  for (const [setup, text] of [
    [{ done: 192, total: 192, finished: true, at: '2021-05-03T02:40:00.000Z' }, 'Hoàn tất: 192/192 trang tính đơn vị (lúc 09:40 03/05/2021).'],
    [{ done: 90, total: 192, finished: false, stopped: true, error: 'Cấu hình có lỗi', at: '2021-05-03T02:40:00.000Z' },
      'Việc tạo trang tính tự động đã dừng ở 90/192 trang tính (lúc 09:40 03/05/2021) do lỗi: Cấu hình có lỗi. Vui lòng bấm “Tạo/cập nhật trang tính đơn vị” để chạy tiếp.'],
  ] as const) {
    session = await openSidebar({ functions: FUNCTIONS, handle: (fn) => (fn === 'getSidebarState' ? { ...INITIALIZED_STATE, setup } : undefined) });
    await session.page.locator('.progress').getByText(text).waitFor();
    expect(session.calls.filter((c) => c.fn === 'setupUnitTabs')).toHaveLength(0);
    await session.close();
    session = undefined;
  }
});
