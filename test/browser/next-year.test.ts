/**
 * "Tạo chiến dịch năm sau" in Chromium against the real bundle on the emulator over the sample: the
 * coordinator presses it, the sidebar shows the link to the new file (SpreadsheetApp.create:
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String))
 * and what to review; this year's file keeps its sheets.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { loadWorkbook, startSession } from '../../src/local/cli/workbook';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator makes next year’s campaign from the sidebar, pre-filled, and gets the new file’s link', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-next-ui-')), 'q3.xlsx');
  const now = new Date('2021-11-20T01:00:00Z');
  await buildSampleWorkbook(file, { today: now });
  const s = startSession(await loadWorkbook(file), { now });
  const sheets = () => s.data.sheets.map((x) => x.name);
  const before = sheets();
  session = await openSidebarFromMenu(s.emu);
  const { page } = session;
  const section = page.locator('[data-feature="createNextYearCampaign"]');
  await expect(section.getByLabel('Năm của chiến dịch mới').inputValue()).resolves.toBe('2022');
  await section.getByLabel(/Điền sẵn mô hình năm nay/).check();
  await section.getByRole('button', { name: 'Tạo chiến dịch năm sau' }).click();
  const link = section.locator('a.next-year-link');
  await link.waitFor();
  const made = [...s.emu.files.values()].find((f) => f.id !== s.data.id)!;
  expect(await link.getAttribute('href')).toContain(made.id);
  expect(await link.textContent()).toBe(`Mở “${made.name}”`);
  expect(await section.locator('.next-year-review li').count()).toBe(3);
  expect(await section.locator('.next-year-carried').textContent()).toMatch(/^\d+ mô hình năm nay/);
  expect(made.sheets.map((x) => x.name)).toEqual(['Cấu hình', 'Mẫu đăng ký', 'Mô hình năm trước']);
  expect(sheets()).toEqual(before);
  expect(session.pageErrors).toEqual([]);
}, 90_000);
