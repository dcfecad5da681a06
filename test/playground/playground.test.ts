/**
 * The playground in headless Chromium over a temp copy of the Quận 3 sample workbook: the page shows
 * what the built bundle wrote, an edit runs the add-on's installable onEdit as in Sheets, the real
 * sidebar talks to the bundle through the google.script.run shim, and "today" moves the emulator's clock.
 * Edit events: https://developers.google.com/apps-script/guides/triggers/events#edit
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../src/local/playground';
import { readWorkbook } from '../../src/local/xlsx';
import { launchBrowser, sampleCopy, screenshot, until } from './browser';

const SAMPLE_TODAY = new Date('2021-05-17T08:00:00+07:00');

let browser: Browser;
let pg: Playground;
let page: Page;
let sidebar: FrameLocator;
let sample: { file: string; dispose(): void };
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
}, 60000);
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  sample = await sampleCopy();
  pg = await startPlayground({ file: sample.file, port: 0, now: SAMPLE_TODAY });
  page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  pageErrors.length = 0;
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
  await page.goto(pg.url);
  await page.locator('body[data-ready=true]').waitFor();
  sidebar = page.frameLocator('#sidebar');
  await sidebar.getByRole('button', { name: 'Kiểm tra tất cả' }).waitFor();
}, 60000);

afterEach(async () => {
  await page?.close();
  await pg?.close();
  sample?.dispose();
});

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator(`#grid[data-sheet="${name}"]`).waitFor();
}

async function typeInto(a1: string, text: string): Promise<void> {
  await page.locator(`#grid td[data-a1="${a1}"]`).click();
  await page.locator('#formula').fill(text);
  await page.locator('#formula').press('Enter');
  await page.locator('#status').filter({ hasText: `Đã ghi` }).filter({ hasText: `!${a1}` }).waitFor();
}

async function cellValue(file: string, sheet: string, row: number, column: number): Promise<unknown> {
  const data = await readWorkbook(file);
  return data.sheets.find((s) => s.name === sheet)?.cells.get(`${row}:${column}`)?.value;
}

test('the page shows the workbook as the add-on wrote it: every unit tab, frozen headers, the sample entries', async () => {
  const tabs = await page.getByRole('tab').allTextContents();
  expect(tabs.slice(0, 2)).toEqual(['Cấu hình', 'Mẫu đăng ký']);
  expect(tabs).toEqual(expect.arrayContaining(['Phường 1', 'Phường 14', 'Thanh tra Quận 3']));
  expect(tabs).not.toContain('__dvk');
  await openTab('Phường 2');
  expect(await page.locator('#grid td[data-a1="B13"]').textContent()).toBe('Blouse trắng nghĩa tình');
  expect(await page.locator('#grid td[data-a1="D10"]').textContent()).toBe('Thời gian thực hiện');
  expect(await page.locator('#grid tr.frozen').count()).toBeGreaterThan(0);
  expect(await page.locator('#sidebar').evaluate((f) => (f as HTMLIFrameElement).contentDocument?.querySelector('.user-email')?.textContent))
    .toBe(pg.session.owner);
  expect(pageErrors).toEqual([]);
}, 60000);

test('typing an impossible date marks the cell with a note and a fill; fixing it removes both; the file keeps each value', async () => {
  await openTab('Phường 2');
  const cell = page.locator('#grid td[data-a1="D13"]');
  expect(await cell.getAttribute('data-note')).toBeNull();
  const before = await cell.getAttribute('data-background');

  await typeInto('D13', '31/02/2021');
  expect(await until(() => cell.getAttribute('data-note'), (n) => Boolean(n))).toContain('không có thật');
  expect(await cell.getAttribute('data-background')).not.toBe(before);
  expect(await page.locator('#note-line').textContent()).toContain('không có thật');
  expect(await cellValue(sample.file, 'Phường 2', 13, 4)).toBe('31/02/2021');
  await screenshot(page, 'playground.png');

  await typeInto('D13', 'Thường xuyên');
  expect(await until(() => cell.getAttribute('data-note'), (n) => n === null)).toBeNull();
  expect(await cell.getAttribute('data-background')).toBe(before);
  expect(await cellValue(sample.file, 'Phường 2', 13, 4)).toBe('Thường xuyên');
  expect(pageErrors).toEqual([]);
}, 60000);

test('a unit member cannot type into another unit’s protected tab: the refusal shows and nothing changes', async () => {
  const member = pg.session.state().people.find((p) => p.startsWith('phuong-2@'));
  expect(member).toBeDefined();
  await openTab('Phường 9');
  await page.locator('#as').selectOption(member!);
  const original = await page.locator('#grid td[data-a1="B12"]').textContent();
  await page.locator('#grid td[data-a1="B12"]').click();
  await page.locator('#formula').fill('Sửa trộm');
  await page.locator('#formula').press('Enter');
  await page.locator('#status.error').waitFor();
  expect(await page.locator('#grid td[data-a1="B12"]').textContent()).toBe(original);
  expect(await cellValue(sample.file, 'Phường 9', 12, 2)).toBe(original);
}, 60000);

test('the sidebar runs the check, the summary and the reminder preview against the bundle', async () => {
  await sidebar.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  const check = sidebar.locator('[data-feature="checkUnits"]');
  expect(await until(() => check.textContent(), (t) => Boolean(t?.includes('Phường 14')))).toContain('32/5/2021');

  await sidebar.getByRole('button', { name: 'Xem tổng hợp' }).click();
  const dashboard = sidebar.locator('[data-feature="getDashboard"]');
  expect(await until(() => dashboard.textContent(), (t) => Boolean(t?.includes('đủ chỉ tiêu')))).toContain('Hạn đăng ký Đợt 1: 18/05/2021');

  await sidebar.getByRole('button', { name: 'Xem trước' }).click();
  const reminders = sidebar.locator('[data-feature="getReminderStatus"] .reminder-output');
  expect(await until(async () => (await reminders.textContent())?.trim() ?? '', (t) => t !== '')).not.toBe('');
  expect(await sidebar.locator('[data-feature] [role="alert"]').count()).toBe(0);
  expect(pageErrors).toEqual([]);
}, 60000);

test('moving "today" past the registration deadline lists the units that are late in the summary', async () => {
  const dashboard = sidebar.locator('[data-feature="getDashboard"]');
  await sidebar.getByRole('button', { name: 'Cập nhật tổng hợp' }).click();
  expect(await until(() => dashboard.textContent(), (t) => Boolean(t?.includes('Cập nhật lúc')))).toContain('Không có đơn vị trễ hạn');

  await page.locator('#today').fill('2021-05-19');
  await page.locator('#status').filter({ hasText: 'Hôm nay là 19/05/2021' }).waitFor();
  expect(pg.session.today()).toBe('2021-05-19');
  // The sidebar reloads for the new day (as reopening it would); press the button in the new one.
  await until(() => dashboard.textContent(), (t) => !t?.includes('Cập nhật lúc'));
  await sidebar.getByRole('button', { name: 'Cập nhật tổng hợp' }).click();
  const body = await until(() => dashboard.textContent(), (t) => Boolean(t?.includes('19/05/2021')));
  expect(body).not.toContain('Không có đơn vị trễ hạn');
  // Phường 1 is the sample's untouched unit: nothing registered by 18/05/2021.
  expect(body).toContain('Phường 1');
  await screenshot(page, 'playground-overdue.png');
}, 60000);
