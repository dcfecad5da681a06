/**
 * "Kiểm tra" in the sidebar: the problem list grouped by unit with counts, and a click on a problem
 * opening the unit's tab at that cell. First against a scripted server, then against the bundle on
 * the emulator (a unit's mistake, found by checkUnits, jumped to with openSheet).
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 * Range.activate selects the cell and makes its sheet active:
 * https://developers.google.com/apps-script/reference/spreadsheet/range#activate()
 */
import type { CheckUnitsResult } from '../../src/sidebar/views/check';
import { campaignWith, firstRowOf, GOOD, OWNER, writeRows } from '../validation-gas/world';
import { INITIALIZED_STATE } from './fake-server';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';
import { openSidebar, type SidebarSession } from './harness';

let session: SidebarSession | MenuSidebar | undefined;

/** Waits until `read()` returns `expected` (compared as JSON), or fails showing what it returned last. */
async function until<T>(read: () => T, expected: T, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 20));
    last = read();
  }
  expect(last).toEqual(expected);
}
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const RESULT: CheckUnitsResult = {
  today: '07/05/2021',
  errors: 2,
  warnings: 2,
  units: [
    {
      unit: 'Phường 1', sheetName: 'Phường 1', sheetId: 101, errors: 2, warnings: 1,
      problems: [
        { a1: 'A11', row: 11, severity: 'warning', code: 'quota', message: 'Còn thiếu 9/10 công trình “Việc có ý nghĩa giúp dân” (nội dung 1); hạn đăng ký 18/05/2021.' },
        { a1: 'D12', row: 12, column: 'Thời gian thực hiện', severity: 'error', code: 'time-invalid', message: 'Dòng 12, cột Thời gian thực hiện: “35/13/2021”: ngày 35/13/2021 không có thật; hãy sửa lại ngày.' },
        { a1: 'C13', row: 13, column: 'Hình thức thực hiện', severity: 'error', code: 'formula-injection', message: 'Dòng 13, cột Hình thức thực hiện: nội dung bắt đầu bằng “=” <b>không phải HTML</b>' },
      ],
    },
    { unit: 'Phường 2', sheetName: 'P2 (đổi tên)', sheetId: 102, errors: 0, warnings: 1,
      problems: [{ a1: 'A20', row: 20, severity: 'warning', code: 'quota', message: 'Còn thiếu 1/1 công trình “Mô hình cải cách hành chính” (nội dung 2).' }] },
    { unit: 'Phường 3', sheetName: 'Phường 3', sheetId: 103, errors: 0, warnings: 0, problems: [] },
    { unit: 'Phường 10', sheetName: 'Phường 10', sheetId: 110, errors: 0, warnings: 2, registered: 0, problems: [
      { a1: 'A11', row: 11, severity: 'warning', code: 'quota', message: 'Còn thiếu 10/10 công trình “Việc có ý nghĩa giúp dân” (nội dung 1).' },
      { a1: 'A22', row: 22, severity: 'warning', code: 'quota', message: 'Còn thiếu 1/1 công trình “Mô hình cải cách hành chính” (nội dung 2).' }] },
    { unit: 'Phường 9', sheetName: 'Phường 9', sheetId: 109, errors: 0, warnings: 1, registered: 0, problems: [
      { a1: 'A11', row: 11, severity: 'warning', code: 'quota', message: 'Còn thiếu 10/10 công trình “Việc có ý nghĩa giúp dân” (nội dung 1).' }] },
  ],
};

test('the problem list is grouped by unit with counts; clicking a problem opens its cell; one unit can be checked again', async () => {
  const rechecked: CheckUnitsResult = { ...RESULT, errors: 0, warnings: 0, units: [{ ...RESULT.units[0], errors: 0, warnings: 0, problems: [] }] };
  session = await openSidebar({
    functions: ['getSidebarState', 'setupUnitTabs', 'openSheet', 'checkUnits'],
    handle: (fn, args) => (fn === 'getSidebarState' ? INITIALIZED_STATE : fn === 'checkUnits' ? (args[0] ? rechecked : RESULT) : undefined),
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await page.locator('.check-groups').waitFor();

  expect(await page.locator('.check-totals').textContent()).toBe('Ngày 07/05/2021: 2 lỗi, 2 cảnh báo · 5 đơn vị, 4 đơn vị cần sửa');
  // Each folded line ends with one link per problem cell, errors first: a problem is one click from its cell.
  expect(await page.locator('.check-unit summary').allTextContents()).toEqual(['Phường 1 (2 lỗi, 1 cảnh báo) D12 C13 A11', 'Phường 2 (1 cảnh báo) A20']);
  // Folded: a 300 px panel shows every unit's line first; nothing registered is one line, in natural order.
  expect(await page.locator('.check-unit[open]').count()).toBe(0);
  // Folded, the units with errors are still told apart: their counts in red.
  expect(await page.locator('.check-unit.has-errors summary h3').allTextContents()).toEqual(['Phường 1']);
  expect(await page.locator('.has-errors .check-counts').evaluate((e) => getComputedStyle(e).color)).toBe('rgb(165, 14, 14)');
  expect(await page.locator('.check-empty').textContent()).toBe('Chưa đăng ký (2): Phường 9, Phường 10');
  expect(await page.locator('.check-clean').textContent()).toBe('1 đơn vị không có vấn đề.');
  const opened = () => session!.calls.filter((c) => c.fn === 'openSheet').map((c) => c.args);
  const c13 = page.locator('[data-unit="Phường 1"] summary .cell-link', { hasText: 'C13' });
  expect(await c13.getAttribute('title')).toBe(`Mở Phường 1!C13: ${RESULT.units[0].problems[2].message}`);
  expect(await c13.evaluate((e) => e.classList.contains('error'))).toBe(true);
  await c13.click();
  await until(opened, [[101, 'C13']]);
  // The click went to the cell, not to the fold.
  expect(await page.locator('.check-unit[open]').count()).toBe(0);
  await page.locator('[data-unit="Phường 1"] summary h3').click();
  await page.locator('[data-unit="Phường 2"] summary h3').click();
  const p1 = page.locator('[data-unit="Phường 1"] li');
  expect(await p1.count()).toBe(3);
  // Errors first inside a group.
  expect(await p1.allTextContents()).toEqual([`Lỗi: ${RESULT.units[0].problems[1].message}`, `Lỗi: ${RESULT.units[0].problems[2].message}`,
    `Cảnh báo: ${RESULT.units[0].problems[0].message}`]);
  // Server text stays text.
  expect(await page.locator('.check b').count()).toBe(0);

  await page.locator('li').getByRole('button', { name: /“35\/13\/2021”/ }).click();
  await until(opened, [[101, 'C13'], [101, 'D12']]);
  await page.locator('li').getByRole('button', { name: /cải cách hành chính/ }).click();
  await until(opened, [[101, 'C13'], [101, 'D12'], [102, 'A20']]);
  await page.locator('.check-empty').getByRole('button', { name: 'Phường 10' }).click();
  await until(opened, [[101, 'C13'], [101, 'D12'], [102, 'A20'], [110, 'A1']]);

  await page.locator('[data-unit="Phường 1"]').getByRole('button', { name: 'Kiểm tra lại' }).click();
  await page.getByText('Phường 1: không còn vấn đề.').waitFor();
  expect(session.calls.filter((c) => c.fn === 'checkUnits').map((c) => c.args)).toEqual([[], ['Phường 1']]);
  expect(await page.locator('[data-unit="Phường 2"] li').count()).toBe(1);
  expect(session.pageErrors).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  await session.screenshot('sidebar-check.png');
});

test('on the emulator: a unit’s bad date is listed under its unit and a click selects that cell in its tab', async () => {
  const emu = campaignWith(12);
  const row = firstRowOf(emu, 1);
  writeRows(emu, row, [[GOOD[0], GOOD[1], '35/13/2021', GOOD[3], GOOD[4]]]);
  emu.user = OWNER;
  session = await openSidebarFromMenu(emu, OWNER);
  const { page } = session;
  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await page.locator('.check-groups').waitFor({ timeout: 20000 });
  expect(await page.locator('.check-unit summary').first().textContent()).toMatch(new RegExp(`^Phường 1 \\(1 lỗi, 3 cảnh báo\\) D${row} `));
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const selected = () => emu.run(OWNER, () => {
    const ss = app.getActiveSpreadsheet();
    return `${ss.getActiveSheet().getName()}!${ss.getActiveRange()?.getA1Notation()}`;
  });
  // Folded, one click on the line's cell link selects the cell.
  await page.locator('.check-unit summary .cell-link', { hasText: `D${row}` }).first().click();
  await until(selected, `Phường 1!D${row}`);
  emu.run(OWNER, () => app.getActiveSpreadsheet().getSheets()[0].activate());
  // Unfolded, the problem's own line does the same.
  await page.locator('.check-unit summary h3').first().click();
  await page.locator('li').getByRole('button', { name: /“35\/13\/2021”/ }).click();
  await until(selected, `Phường 1!D${row}`);
  expect(session.pageErrors).toEqual([]);
});
