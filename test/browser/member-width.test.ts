/**
 * Issue 16's 300 px acceptance in a member workbook (issue 13: a campaign past Cấu hình's tabs per file spreads to
 * “Sổ đăng ký – …” files): the panel opened there — by a coordinator before and after “Bật kiểm tra khi sửa”, and by
 * a unit (to whom the hub is not shared: a note, no error) — never scrolls sideways. Chromium against the real bundle on the emulator, the panel's calls run in the
 * member file; screenshots in test-output/. google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { COORDINATOR, emulator, OWNER, setTabsPerFile, setupUntilFinished, writeUnits } from '../setup/helpers';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';
import { expectNoSidewaysScroll } from './sideways';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Ten units with long names past 4 tabs per file: the hub and member workbooks named after a long unit type. */
function spread(): { emu: Emulator; member: string } {
  const emu = emulator([COORDINATOR]);
  emu.bundle!.call('initCampaign');
  setTabsPerFile(emu, 4);
  writeUnits(emu, Array.from({ length: 10 }, (_, i) => [`Chi bộ Khu phố ${i + 1} Phường Võ Thị Sáu`, 'chi-bo-co-so', `chibo.khupho${i + 1}.phuongvothisau@q3.gov.vn`]));
  setupUntilFinished(emu, 10);
  const member = [...emu.files.values()].find((f) => f.id !== emu.data.id)!;
  return { emu, member: member.id };
}

test('a member workbook’s panel fits 300 px: a coordinator before and after “Bật kiểm tra khi sửa”, and a unit', async () => {
  const { emu, member } = spread();
  session = await openSidebarFromMenu(emu, OWNER, member);
  const { page } = session;
  const note = page.locator('.notice.member');
  await note.waitFor({ timeout: 20000 });
  expect(await note.textContent()).toContain('Đây là sổ đăng ký thành viên của');
  await expectNoSidewaysScroll(session, 'member, coordinator');
  await session.screenshot('width-member.png');

  await page.getByRole('button', { name: 'Bật kiểm tra khi sửa' }).click();
  await page.locator('.live-on').waitFor({ timeout: 20000 });
  await expectNoSidewaysScroll(session, 'member, live checking on');
  await session.screenshot('width-member-live.png');
  expect(session.pageErrors).toEqual([]);
  await session.close();

  const unit = 'chibo.khupho1.phuongvothisau@q3.gov.vn';
  session = await openSidebarFromMenu(emu, unit, member);
  // The hub is not shared with a unit: a note on what this file is, not an error box.
  const readOnly = session.page.locator('.notice.read-only');
  await readOnly.waitFor({ timeout: 20000 });
  expect(await readOnly.textContent()).toContain('Đây là sổ đăng ký thành viên của chiến dịch “Dân vận khéo”: đơn vị nhập bảng đăng ký trong trang tính của mình');
  expect(await session.page.locator('.error-box').count()).toBe(0);
  expect(await session.page.getByRole('button').count()).toBe(0);
  await expectNoSidewaysScroll(session, 'member, unit');
  await session.screenshot('width-member-unit.png');
  expect(session.pageErrors).toEqual([]);
  expect(session.externalRequests).toEqual([]);
}, 120_000);
