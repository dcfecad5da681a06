/**
 * Issue 16's acceptance for the panel: at the 300 px Google Sheets gives an add-on sidebar, no view
 * scrolls sideways, and Kiểm tra of the sample workbook fits in two screens while folded. Every view
 * is driven as a coordinator would, in Chromium against the real bundle on the emulator over the
 * sample workbook; each leaves a screenshot in test-output/ (the closing note's pictures).
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { loadWorkbook, startSession } from '../../src/local/cli/workbook';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';
import { OUTPUT_DIR } from './harness';
import { expectNoSidewaysScroll } from './sideways';
import { mkdir } from 'node:fs/promises';

/** Where a section's own screenshot goes (test-output/). */
async function shot(name: string): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  return path.join(OUTPUT_DIR, name);
}

let session: MenuSidebar | undefined;
afterAll(async () => {
  await session?.close();
  session = undefined;
});

/** Opens every folded group in `scope`, so what it hides is measured too. */
const unfold = (s: MenuSidebar, scope: string) => s.page.locator(`${scope} details`).evaluateAll((ds) => ds.forEach((d) => { (d as HTMLDetailsElement).open = true; }));

test('every view of the panel fits 300 px on the sample workbook; Kiểm tra folded fits in two screens', async () => {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'dvk-width-')), 'q3.xlsx');
  const now = new Date('2021-05-17T08:00:00+07:00');
  await buildSampleWorkbook(file, { today: now });
  const emu = startSession(await loadWorkbook(file), { now }).emu;
  session = await openSidebarFromMenu(emu);
  const s = session;
  const { page } = s;

  // Home: the campaign's long title keeps to two lines (its full text is the tooltip).
  const title = page.locator('.campaign-title');
  await title.waitFor();
  const lines = await title.evaluate((e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));
  expect(lines).toBeLessThanOrEqual(2.05);
  await page.locator('.reminder-on-off').waitFor();
  await expectNoSidewaysScroll(s, 'home');
  await s.screenshot('width-home.png');

  // Setup's result, every group unfolded (the longest lines: units' e-mails).
  const setup = page.locator('.unit-tabs');
  await setup.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' }).click();
  await setup.locator('.result-groups').waitFor({ timeout: 30_000 });
  await expectNoSidewaysScroll(s, 'setup result');
  await s.screenshot('width-setup.png');
  await unfold(s, '.unit-tabs');
  await expectNoSidewaysScroll(s, 'setup result, unfolded');

  // Kiểm tra: folded, the whole result within two screens; unfolded, still no sideways scroll.
  const check = page.locator('.check');
  await check.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await check.locator('.check-groups').waitFor({ timeout: 30_000 });
  expect(await check.locator('.check-unit[open]').count()).toBe(0);
  const screens = await check.locator('.check-output').evaluate((e) => e.getBoundingClientRect().height / window.innerHeight);
  expect(screens).toBeLessThanOrEqual(2);
  // Folded, every problem at a cell is still one click from it: its cell's link on its unit's line.
  const reach = await check.locator('.check-unit').evaluateAll((groups) => groups.map((g) => ({
    cells: [...new Set([...g.querySelectorAll('li[data-cell]')].map((li) => li.getAttribute('data-cell')))].sort(),
    links: [...g.querySelectorAll('summary .cell-link')].map((a) => a.textContent).sort(),
  })));
  expect(reach.flatMap((r) => r.cells).length).toBeGreaterThan(10);
  for (const r of reach) expect(r.links).toEqual(r.cells);
  await check.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(s, 'Kiểm tra, folded');
  await check.locator('.check-output').screenshot({ path: await shot('width-check.png') });
  await unfold(s, '.check');
  await expectNoSidewaysScroll(s, 'Kiểm tra, unfolded');

  // Tổng hợp.
  const dashboard = page.locator('[data-feature="getDashboard"]');
  await dashboard.getByRole('button', { name: 'Cập nhật tổng hợp' }).click();
  await dashboard.locator('.next-deadline').waitFor({ timeout: 30_000 });
  await expectNoSidewaysScroll(s, 'Tổng hợp');
  await dashboard.screenshot({ path: await shot('width-dashboard.png') });

  // Tự động: the reminders' preview (units and their e-mails) and the hourly switch.
  const auto = page.locator('.automation');
  await auto.getByRole('button', { name: 'Xem trước' }).click();
  await auto.locator('.reminder-preview-result').waitFor({ timeout: 30_000 });
  await unfold(s, '.automation');
  await expectNoSidewaysScroll(s, 'Tự động, preview');
  await auto.screenshot({ path: await shot('width-automation.png') });

  // Báo cáo kết quả, with its PDF picker naming whole units.
  const report = page.locator('[data-feature="generateReport"]');
  await report.getByRole('button', { name: 'Thêm cột báo cáo kết quả' }).click();
  await report.locator('.report-body .next-step').waitFor({ timeout: 30_000 });
  await report.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await report.locator('.report-total').waitFor({ timeout: 30_000 });
  await report.getByRole('button', { name: 'Xuất PDF' }).click();
  await report.locator('.pdf-output > *').first().waitFor({ timeout: 30_000 });
  await expectNoSidewaysScroll(s, 'Báo cáo');
  await report.screenshot({ path: await shot('width-report.png') });

  // One term for a sheet, as Google's Vietnamese pages say it: "trang tính" ("Trang hoặc thẻ trong bảng tính",
  // developers.google.com/sheets/api/guides/concepts?hl=vi), never the English "tab", in any view just driven.
  await unfold(s, 'body');
  const words = await page.evaluate(() => [document.body.innerText,
    ...[...document.querySelectorAll('[title], [aria-label]')].flatMap((e) => [e.getAttribute('title') ?? '', e.getAttribute('aria-label') ?? ''])].join('\n'));
  expect(words).toMatch(/trang tính/);
  expect(words.match(/.{0,30}\btab\b.{0,30}/gi)).toBeNull();

  expect(s.pageErrors).toEqual([]);
  expect(s.externalRequests).toEqual([]);
}, 180_000);
