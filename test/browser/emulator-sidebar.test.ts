/**
 * The sidebar against the real bundle running in the emulator: opened from the add-on menu, every
 * call goes through the google.script.run shim to dist/Code.js (src/local/sandbox.ts), as in Sheets.
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import { createEmulator, type Emulator } from '../../src/local/emulator/emulator';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';
import { unitsFirstRow } from '../setup/helpers';

const OWNER = 'bandanvan@q3.gov.vn';
const UNIT_USER = 'phuong1@q3.gov.vn';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function activeSheetName(emu: Emulator, user: string): string {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return emu.run(user, () => app.getActiveSpreadsheet().getActiveSheet().getName());
}

test('a coordinator opens the sidebar on a blank spreadsheet, creates the campaign and the unit tabs, and jumps to one', async () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT_USER] });
  session = await openSidebarFromMenu(emu);
  const { page } = session;
  expect(session.title).toBe('Dân vận khéo');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dân vận khéo');

  await page.getByRole('button', { name: 'Khởi tạo chiến dịch' }).click();
  await page.locator('.campaign-title').waitFor();
  expect(await page.locator('.user-email').textContent()).toBe(OWNER);
  expect(await page.locator('.campaign').textContent()).toContain('Năm 2021 · 32 đơn vị');
  expect(emu.ctx.data.sheets.map((s) => s.name).slice(0, 2)).toEqual(['Cấu hình', 'Mẫu đăng ký']);

  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('.result-groups').waitFor({ timeout: 20000 });
  expect(await page.locator('.progress').textContent()).toBe('Hoàn tất: 32/32 trang tính đơn vị');
  expect(await page.locator('[data-status="created"] h3').textContent()).toBe('Đã tạo mới (32)');
  // Besides Cấu hình and Mẫu đăng ký (Khởi tạo removed the new file's empty "Trang tính1"): one tab per unit.
  const unitTabs = emu.ctx.data.sheets.map((s) => s.name).filter((n) => !['Cấu hình', 'Mẫu đăng ký'].includes(n));
  expect(emu.ctx.data.sheets.map((s) => s.name)).not.toContain('Trang tính1');
  expect(unitTabs).toHaveLength(32);
  expect(unitTabs).toContain('Phường Võ Thị Sáu');
  await session.screenshot('sidebar-emulator.png');

  // 32 new tabs are a long list: it starts folded and opens on a click.
  const created = page.locator('[data-status="created"]');
  expect(await created.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  await created.locator('summary').click();
  const phuong1 = page.locator('[data-status="created"] li').filter({ has: page.locator('.unit', { hasText: /^Phường 1$/ }) });
  await phuong1.getByRole('button', { name: 'Mở trang tính' }).click();
  await session.waitForCall('openSheet');
  expect(activeSheetName(emu, OWNER)).toBe('Phường 1');

  // Pressed again, nothing is created: every tab is reported as already there.
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('[data-status="present"]').waitFor({ timeout: 20000 });
  expect(await page.locator('.result-group h3').allTextContents()).toEqual(['Đã có sẵn (32)']);
  expect(session.externalRequests).toEqual([]);
  expect(session.pageErrors).toEqual([]);
}, 60000);

test('a unit member opens the sidebar and sees the read-only message from the server, no buttons', async () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT_USER] });
  emu.load().call('initCampaign');
  session = await openSidebarFromMenu(emu, UNIT_USER);
  const { page } = session;
  await page.getByRole('note').waitFor();
  expect(await page.locator('.user-email').textContent()).toBe(UNIT_USER);
  expect(await page.getByRole('note').textContent()).toContain('chỉ người tổng hợp mới khởi tạo chiến dịch');
  expect(await page.getByRole('button').count()).toBe(0);
  // The read-only view keeps to the 300 px panel too.
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
});

test("a unit member's crafted initCampaign call is refused by the server in Vietnamese, through the failure handler", async () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT_USER] });
  session = await openSidebarFromMenu(emu, UNIT_USER);
  const { page } = session;
  await page.locator('.user-email').waitFor();
  // The sidebar hides the button from a unit member; a crafted call still meets the server's check.
  await page.evaluate(() => new Promise<void>((resolve) => {
    const run = (window as unknown as { google: { script: { run: any } } }).google.script.run;
    run.withFailureHandler((e: Error) => { document.body.dataset.refusal = e.message; resolve(); })
      .withSuccessHandler(() => resolve()).initCampaign();
  }));
  expect(await page.evaluate(() => document.body.dataset.refusal)).toContain('không phải người tổng hợp');
  expect(emu.ctx.data.sheets.map((s) => s.name)).not.toContain('Cấu hình');
});

test('unit tabs that lost their metadata (as after an import) are adopted by setup from the sidebar, the list saying how each was matched', async () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT_USER] });
  const bundle = emu.load();
  bundle.call('initCampaign');
  while (!(bundle.call('setupUnitTabs') as { finished: boolean }).finished);
  const sheetCount = emu.ctx.data.sheets.length;
  // What an import from .xlsx leaves: the tabs, their rows and named ranges, none of the add-on's
  // developer metadata; Phường 2's marker deleted by hand, so its form and name must tell.
  emu.ctx.data.developerMetadata = emu.ctx.data.developerMetadata.filter((m) => m.key !== 'dvk.tab');
  emu.ctx.data.namedRanges = emu.ctx.data.namedRanges!.filter((n) => !n.name.startsWith('DVK_phuong_2_'));
  session = await openSidebarFromMenu(emu);
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page.locator('[data-status="adopted"]').waitFor({ timeout: 20000 });
  expect(await page.locator('.result-group h3').allTextContents()).toEqual(['Đã nhận lại (32)']);
  const p1 = page.locator('[data-status="adopted"] li').filter({ has: page.locator('.unit', { hasText: /^Phường 1$/ }) });
  expect(await p1.textContent()).toContain('Đã nhận lại trang tính “Phường 1” (nhận theo vùng được đặt tên của add-on)');
  const p2 = page.locator('[data-status="adopted"] li').filter({ has: page.locator('.unit', { hasText: /^Phường 2$/ }) });
  expect(await p2.textContent()).toContain('Đã nhận lại trang tính “Phường 2” (nhận theo mẫu, tên ở tiêu đề và tên trang tính)');
  expect(emu.ctx.data.namedRanges!.filter((n) => n.name.startsWith('DVK_'))).toHaveLength(32);
  expect(emu.ctx.data.sheets).toHaveLength(sheetCount);
  expect(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.tab')).toHaveLength(32);
  expect(session.pageErrors).toEqual([]);
}, 60000);

test('setup’s result opens with what keeps units out, and one click shares the file with the units’ e-mails', async () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT_USER] });
  emu.load().call('initCampaign');
  const unshared = ['phuong-vo-thi-sau.q3@example.org', 'phuong2@q3.gov.vn'];
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  emu.run(OWNER, () => {
    const ss = app.getActiveSpreadsheet();
    ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 3, 3, 1).setValues([[UNIT_USER], [unshared[1]], [unshared[0]]]);
  });
  session = await openSidebarFromMenu(emu);
  const { page } = session;
  await page.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  const top = page.locator('.setup-blockers');
  await top.waitFor({ timeout: 20000 });
  expect(await top.locator('.setup-blocked').textContent()).toBe('29 đơn vị chưa có e-mail · tệp chưa chia sẻ cho 2 đơn vị');
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
  await session.screenshot('width-setup-share.png');

  const lines = page.locator('.result-groups');
  expect(await lines.textContent()).toContain('Chưa được chia sẻ quyền chỉnh sửa tệp: phuong2@q3.gov.vn');

  // Reopened before sharing: the same top line, as the file is shared now, with the share step.
  await session.close();
  session = await openSidebarFromMenu(emu);
  const reopened = session.page.locator('.unit-tabs .setup-blockers');
  await reopened.waitFor({ timeout: 20000 });
  expect(await reopened.locator('.setup-blocked').textContent()).toBe('29 đơn vị chưa có e-mail · tệp chưa chia sẻ cho 2 đơn vị');
  await session.close();
  session = await openSidebarFromMenu(emu);
  const page2 = session.page;
  await page2.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await page2.locator('.result-groups').waitFor({ timeout: 20000 });

  await page2.locator('.setup-blockers').getByRole('button', { name: 'Chia sẻ tệp cho các đơn vị' }).click();
  const after = page2.locator('.setup-blockers');
  await after.locator('.share-message').waitFor();
  expect(await after.locator('.share-message').textContent()).toBe('Đã chia sẻ quyền chỉnh sửa cho 2 e-mail của các đơn vị.');
  expect(await after.locator('.setup-blocked').textContent()).toBe('29 đơn vị chưa có e-mail');
  expect(await after.getByRole('button', { name: 'Chia sẻ tệp cho các đơn vị' }).count()).toBe(0);
  expect(await after.locator('.next-step').textContent()).toBe('Bước tiếp theo: ghi e-mail của các đơn vị vào Cấu hình (bảng Đơn vị), rồi bấm lại “Tạo/cập nhật trang tính đơn vị”.');
  // The units' own lines no longer say the file is not shared with them.
  const list = page2.locator('.result-groups');
  expect(await list.textContent()).not.toContain('Chưa được chia sẻ');
  expect(await list.locator('li', { hasText: /^Phường 2/ }).first().textContent()).toContain('Trang tính “Phường 2”');
  expect([...emu.data.editors].sort()).toEqual([UNIT_USER, ...unshared].sort());
  expect(session.calls.filter((c) => c.fn === 'shareWithUnits')).toHaveLength(1);

  // Reopened after sharing: only what still keeps units out, and no share step.
  await session.close();
  session = await openSidebarFromMenu(emu);
  const last = session.page.locator('.unit-tabs .setup-blockers');
  await last.waitFor({ timeout: 20000 });
  expect(await last.locator('.setup-blocked').textContent()).toBe('29 đơn vị chưa có e-mail');
  expect(await last.getByRole('button', { name: 'Chia sẻ tệp cho các đơn vị' }).count()).toBe(0);
  expect(session.pageErrors).toEqual([]);
}, 60000);
