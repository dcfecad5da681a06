/**
 * The playground over a campaign spread across files (issue 13): the hub's .xlsx with its member
 * workbooks beside it opens as one campaign; a file picker shows a member, whose tabs can be typed
 * into, and whose sidebar is the member's (its hub named, "Bật kiểm tra khi sửa" offered).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Browser } from 'playwright-core';
import { createEmulator } from '../../src/local/emulator/emulator';
import { startPlayground } from '../../src/local/playground';
import { readWorkbookBuffer, writeWorkbook } from '../../src/local/xlsx';
import { dvk } from '../cli/helpers';
import { launchBrowser, ROOT } from './browser';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); }, 60000);
afterAll(async () => { await browser?.close(); });

/** dvk init, 12 units at 4 tabs a file, dvk setup: the hub and its members as files in `dir`. */
async function spreadCampaign(dir: string): Promise<string> {
  expect(dvk(dir, 'init', 'hub.xlsx', '--owner', 'bdv@q3.gov.vn').code).toBe(0);
  const hub = path.join(dir, 'hub.xlsx');
  const data = await readWorkbookBuffer(readFileSync(hub), { owner: 'bdv@q3.gov.vn', name: 'hub' });
  const emu = createEmulator({ owner: data.owner, data, htmlDir: path.join(ROOT, 'dist') });
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  emu.run(data.owner, () => {
    const config = app.getActiveSpreadsheet().getSheetByName('Cấu hình')!;
    const values = config.getDataRange().getValues();
    config.getRange(values.findIndex((r) => r[0] === 'Số trang tính đơn vị tối đa mỗi tệp') + 1, 2).setValue(4);
    const first = values.findIndex((r) => r[0] === 'Đơn vị' && r.slice(1).every((v) => v === '')) + 3;
    // Rows for more units go inside the Đơn vị table, above the next table's heading.
    config.insertRowsBefore(values.findIndex((r) => r[0] === 'Chiến dịch' && r.slice(1).every((v) => v === '')) + 1, 12);
    config.getRange(first, 1, 12, 3).setValues(Array.from({ length: 12 }, (_, i) => [`Chi bộ ${i + 1}`, 'chi-bo-co-so', `cb${i + 1}@q3.gov.vn`]));
  });
  await writeWorkbook(data, hub);
  expect(dvk(dir, 'setup', 'hub.xlsx').code).toBe(0);
  return hub;
}

it('opens the hub with its members, shows a member picked from the file list, and its sidebar is the member\'s', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-pg-'));
  try {
    const pg = await startPlayground({ file: await spreadCampaign(dir), port: 0, now: new Date('2021-05-17T08:00:00+07:00') });
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'vi-VN' });
    try {
      await page.goto(pg.url);
      await page.locator('body[data-ready=true]').waitFor();
      // In the hub, setup lists the members, and each unit's "Mở tab" opens its member file at the tab.
      const hubSidebar = page.frameLocator('#sidebar');
      await hubSidebar.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
      await hubSidebar.getByText(/^Sổ đăng ký thành viên \(\d+\)$/).waitFor();
      expect(await hubSidebar.getByText(/Không mở được sổ/).count()).toBe(0);
      // (The "present" group may start folded: read the link's address, not its visibility.)
      const href = await hubSidebar.locator('a[title^="Mở trang tính Chi bộ 1 ("]').first().getAttribute('href');
      expect(href).toMatch(/\/spreadsheets\/d\/local-file-\d+\/edit#gid=\d+$/);
      const options = await page.locator('#files option').allTextContents();
      expect(options[0]).toBe('hub.xlsx');
      // The 12 Chi bộ (with the default campaign's other units, grouped by type) at 4 tabs a file.
      expect(options.filter((o) => o.startsWith('Sổ đăng ký – Chi bộ cơ sở'))).toHaveLength(3);
      await page.locator('#files').selectOption({ label: options[1] });
      await page.locator('#tabs', { hasText: 'Chi bộ 1' }).waitFor();
      const sidebar = page.frameLocator('#sidebar');
      await sidebar.getByRole('button', { name: 'Bật kiểm tra khi sửa' }).waitFor();
      await sidebar.getByText('sổ đăng ký thành viên của').waitFor();
    } finally {
      await page.close();
      await pg.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180000);
