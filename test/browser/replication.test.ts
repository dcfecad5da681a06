/**
 * The replication view from the dashboard, in Chromium against the real bundle on the emulator
 * over the sample workbook (its Danh mục mô hình from the plan).
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 * Sheet.activate shows the tab to the user: https://developers.google.com/apps-script/reference/spreadsheet/sheet#activate()
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { callServer, loadWorkbook, startSession } from '../../src/local/cli/workbook';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator opens Nhân rộng from the dashboard', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-replication-')), 'q3.xlsx');
  const now = new Date('2021-05-20T01:00:00Z');
  await buildSampleWorkbook(file, { today: now });
  const s = startSession(await loadWorkbook(file), { now });
  callServer(s, 'refreshSummary');
  const emu = s.emu;
  session = await openSidebarFromMenu(emu);
  const { page } = session;
  const section = page.locator('[data-feature="getDashboard"]');
  await section.getByRole('button', { name: 'Xem tổng hợp' }).click();
  await section.getByRole('button', { name: 'Xem tình hình nhân rộng mô hình' }).click();
  await session.waitForCall('openSheet');
  const active = () => emu.run(emu.user, () => (emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .getActiveSpreadsheet().getActiveSheet().getName());
  for (let i = 0; i < 50 && active() !== 'Nhân rộng'; i++) await page.waitForTimeout(20);
  expect(active()).toBe('Nhân rộng');
  expect(session.pageErrors).toEqual([]);
}, 90_000);
