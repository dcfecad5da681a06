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

test('Cấu hình shows the units and yearly settings, the technical tables folded under “Nâng cao” until its + is clicked', async () => {
  await openTab('Cấu hình');
  const rowOf = (text: string) => page.locator('#grid tr', { has: page.locator('td', { hasText: new RegExp(`^${text}`) }) }).first();
  await expect(rowOf('Phường 1').isVisible()).resolves.toBe(true);
  const heading = rowOf('NÂNG CAO');
  await expect(heading.isVisible()).resolves.toBe(true);
  await expect(rowOf('Múi giờ').isVisible()).resolves.toBe(false);
  // Dispatched on the button itself: the grid's sticky row headers can lie over it where Playwright aims.
  await heading.getByRole('button', { name: 'Mở nhóm dòng' }).dispatchEvent('click');
  await expect(rowOf('Múi giờ').isVisible()).resolves.toBe(true);
  await rowOf('NÂNG CAO').getByRole('button', { name: 'Thu gọn nhóm dòng' }).dispatchEvent('click');
  await expect(rowOf('Múi giờ').isVisible()).resolves.toBe(false);
  expect(pageErrors).toEqual([]);
}, 60000);

test('Cấu hình’s unit list reads one line a unit: names, Vietnamese type names, e-mails and formal names fit their columns', async () => {
  await openTab('Cấu hình');
  // Rows as drawn: a wrapped cell grows its row (Sheets: setWrap, developers.google.com/apps-script/reference/spreadsheet/range#setwrapisWrapEnabled).
  const heights = await page.locator('#grid').evaluate((grid) => {
    const height = (r: number) => (grid.querySelector(`tr[data-row="${r}"]`) as HTMLElement).getBoundingClientRect().height;
    const text = (a1: string) => grid.querySelector(`td[data-a1="${a1}"]`)?.textContent ?? '';
    const units: number[] = [];
    for (let r = 6; text(`A${r}`); r++) units.push(height(r));
    return { blank: height(3), units };
  });
  expect(heights.units.length).toBeGreaterThan(30);
  for (const h of heights.units) expect(h).toBeLessThanOrEqual(heights.blank + 1);
  await screenshot(page, 'playground-config.png');
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

test('Tổng hợp is drawn as Sheets shows it: the columns’ widths, the unit names frozen while scrolling right, the progress chart', async () => {
  await sidebar.getByRole('button', { name: 'Cập nhật tổng hợp' }).click();
  await until(() => sidebar.locator('[data-feature="getDashboard"]').textContent(), (t) => Boolean(t?.includes('Cập nhật lúc')));
  await openTab('Tổng hợp');
  const unitHeader = page.locator('#grid td', { hasText: /^Đơn vị$/ }).last();
  const a1 = await unitHeader.getAttribute('data-a1');
  const row = Number(a1!.slice(1));
  const width = async (a: string) => (await page.locator(`#grid td[data-a1="${a}"]`).boundingBox())!.width;
  expect(Math.round(await width(`A${row}`))).toBe(220);
  expect(Math.round(await width(`C${row}`))).toBe(96);
  expect(await page.locator(`#grid td[data-a1="B${row}"]`).textContent()).toBe('Trạng thái');
  // The title runs on over the empty cells to its right instead of being cut at column A.
  expect(await page.locator('#grid td[data-a1="A1"]').evaluate((td) => td.scrollWidth > td.clientWidth && getComputedStyle(td).overflow === 'visible')).toBe(true);
  // Scrolled right, the names stay beside the row numbers.
  const before = (await page.locator(`#grid td[data-a1="A${row + 1}"]`).boundingBox())!.x;
  await page.locator('.grid-wrap').evaluate((w) => { w.scrollLeft = 1500; });
  expect((await page.locator(`#grid td[data-a1="A${row + 1}"]`).boundingBox())!.x).toBe(before);
  expect((await page.locator(`#grid td[data-a1="E${row + 1}"]`).boundingBox())!.x).toBeLessThan(before);
  await page.locator('.grid-wrap').evaluate((w) => { w.scrollLeft = 0; });
  const chart = page.locator('#grid ~ .chart, .grid-wrap .chart');
  expect(await chart.count()).toBe(1);
  expect(await chart.getAttribute('aria-label')).toBe('Tiến độ đăng ký theo loại đơn vị');
  expect(await chart.locator('text').allTextContents()).toEqual(expect.arrayContaining(['Đủ chỉ tiêu', 'Chưa đủ']));
  expect(await chart.locator('rect[data-value]').count()).toBeGreaterThan(0);
  await screenshot(page, 'playground-summary.png');
  expect(pageErrors).toEqual([]);
}, 60000);

test('the status bar names the add-on’s jobs as a coordinator knows them, not by their function names', async () => {
  await openTab('Phường 2');
  await typeInto('E13', '10 suất');
  const text = await page.locator('#status').textContent();
  expect(text).toBe('Đã ghi Phường 2!E13 (kiểm tra khi sửa và cập nhật Tổng hợp)');
  expect(text).not.toMatch(/onEdit|Installed/);
}, 60000);

test('the page’s own words are Vietnamese: its title, controls and labels carry no English (“trigger”, “playground”, “hub”…)', async () => {
  const words = await page.evaluate(() => [document.title, ...Array.from(document.querySelectorAll('.topbar label, .topbar button, h2, [aria-label]'))
    .flatMap((e) => [e.childNodes[0]?.textContent ?? '', e.getAttribute('aria-label') ?? '', e.getAttribute('title') ?? ''])].join(' | '));
  expect(words).toContain('Chạy tác vụ định kỳ');
  expect(words).not.toMatch(/\b(trigger|playground|hub|sidebar|sheet|run|file|today|outbox)\b/i);
}, 60000);

/** Every cell value of one tab as the saved file holds it. */
async function tabValues(file: string, sheet: string): Promise<Record<string, unknown>> {
  const data = await readWorkbook(file);
  const tab = data.sheets.find((s) => s.name === sheet);
  return Object.fromEntries([...(tab?.cells ?? new Map())].map(([key, cell]) => [key, cell.value]));
}

test('"Tạo/cập nhật trang tính đơn vị" in the sidebar reports every unit tab present and leaves their entries alone; a unit typed into Cấu hình gets its trang tính', async () => {
  const setup = sidebar.getByRole('button', { name: 'Tạo/cập nhật trang tính đơn vị' });
  const results = sidebar.locator('.unit-tabs .results');
  const before = await tabValues(sample.file, 'Phường 2');
  expect(before['13:2']).toBe('Blouse trắng nghĩa tình');

  await setup.click();
  const present = results.locator('[data-status="present"] h3');
  expect(await until(() => present.textContent(), (t) => Boolean(t))).toBe('Đã có sẵn (32)');
  expect(await sidebar.locator('.unit-tabs .progress').textContent()).toBe('Hoàn tất: 32/32 trang tính đơn vị');
  expect(await results.locator('[data-status="created"]').count()).toBe(0);
  expect(await tabValues(sample.file, 'Phường 2')).toEqual(before);
  await openTab('Phường 2');
  expect(await page.locator('#grid td[data-a1="B13"]').textContent()).toBe('Blouse trắng nghĩa tình');

  // The first empty row under the Đơn vị table of Cấu hình is a new unit.
  await openTab('Cấu hình');
  const config = await tabValues(sample.file, 'Cấu hình');
  const lastUnit = Object.keys(config).find((key) => key.endsWith(':1') && config[key] === 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3');
  const row = Number(lastUnit?.split(':')[0]);
  expect(await page.locator(`#grid td[data-a1="A${row}"]`).textContent()).toBe('Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3');
  await typeInto(`A${row + 1}`, 'Phường 6');
  await typeInto(`B${row + 1}`, 'phuong');
  await typeInto(`C${row + 1}`, 'phuong-6@example.org');
  expect(await page.getByRole('tab').allTextContents()).not.toContain('Phường 6');

  await setup.click();
  const created = results.locator('[data-status="created"]');
  expect(await until(() => created.locator('h3').textContent().catch(() => null), (t) => Boolean(t))).toBe('Đã tạo mới (1)');
  expect(await created.locator('.unit').allTextContents()).toEqual(['Phường 6']);
  expect(await results.locator('[data-status="present"] h3').textContent()).toBe('Đã có sẵn (32)');
  const tabs = await until(() => page.getByRole('tab').allTextContents(), (t) => t.includes('Phường 6'));
  expect(tabs).toContain('Phường 6');
  expect(await tabValues(sample.file, 'Phường 2')).toEqual(before);
  expect((await readWorkbook(sample.file)).sheets.map((s) => s.name)).toContain('Phường 6');
  expect(pageErrors).toEqual([]);
}, 90000);

test('the reminder job for a chosen day sends mail into the outbox panel, once per unit', async () => {
  // Mark the sidebar shown now, to know when the new day's sidebar has replaced it.
  await page.frames().find((f) => f.url().includes('/sidebar'))!.evaluate(() => document.body.setAttribute('data-stale', ''));
  await page.locator('#today').fill('2021-05-15');
  await page.locator('#status').filter({ hasText: 'Hôm nay là 15/05/2021' }).waitFor();
  await sidebar.locator('body:not([data-stale]) .reminder-state').filter({ hasText: 'Nhắc hạn đang tắt' }).waitFor();

  await sidebar.getByRole('button', { name: 'Bật nhắc hạn' }).click();
  await sidebar.locator('.reminder-state').filter({ hasText: 'Nhắc hạn đang bật' }).waitFor();

  const count = page.locator('#outbox-count');
  const subjects = page.locator('#outbox-list .mail .subject');
  /** One press of "Chạy tác vụ định kỳ": the hourly trigger's next run, today. */
  const runHour = async (hour: number): Promise<number> => {
    const reloaded = page.waitForResponse((r) => r.url().endsWith('/api/outbox'));
    await page.getByRole('button', { name: 'Chạy tác vụ định kỳ' }).click();
    await page.locator('#status').filter({ hasText: `Đã chạy lúc 15/05/2021 ${String(hour).padStart(2, '0')}:00: việc hằng giờ (nhắc hạn, cập nhật Tổng hợp)` }).waitFor();
    expect(await page.locator('#status').getAttribute('class')).not.toContain('error');
    // The panel redraws from this reply: wait until it shows what the server holds.
    const mails = ((await (await reloaded).json()) as { mails: unknown[] }).mails.length;
    return Number(await until(() => count.textContent(), (t) => Number(t) === mails));
  };

  expect(await count.textContent()).toBe('0');
  const first = await runHour(9);
  expect(first).toBeGreaterThan(0);
  const phuong1 = page.locator('#outbox-list .mail').filter({ hasText: 'Nhắc hạn: Phường 1 –' });
  expect(await phuong1.locator('.subject').textContent()).toBe('[Dân vận khéo] Nhắc hạn: Phường 1 – hạn đăng ký Đợt 1 (18/05/2021), còn 3 ngày');
  expect(await phuong1.locator('.meta').textContent()).toContain('Đến: phuong-1@example.org');
  await screenshot(page, 'playground-outbox.png');

  // Every reminder due today leaves in the first run, and the coordinators' digest with them.
  const digest = page.locator('#outbox-list .mail .subject').filter({ hasText: 'Tổng hợp nhắc hạn ngày 15/05/2021' });
  expect(await digest.count()).toBe(1);
  const sent = await subjects.allTextContents();
  expect(sent.length).toBe(first);
  expect(new Set(sent).size).toBe(sent.length);
  // Phường 2 has registered its models: nothing to remind it of.
  expect(sent.filter((s) => s.includes('Phường 2 –'))).toEqual([]);

  // The next hour's run finds nothing left to send.
  expect(await runHour(10)).toBe(sent.length);
  expect(await subjects.allTextContents()).toEqual(sent);
  expect(pageErrors).toEqual([]);
}, 90000);
