/**
 * Where the panel's lines end, at Google's 300 px sidebar width, as a coordinator reads them: a long
 * e-mail address never ends a line at one of its hyphens (read as a word cut in two, "…cong-ich-" /
 * "quan-3@"), and in Kiểm tra's "Chưa đăng ký" line a comma follows its unit's name even when the
 * name takes two lines. Lines are measured in Chromium from each character's box.
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 */
import type { Page } from 'playwright-core';
import type { CheckUnitsResult } from '../../src/sidebar/views/check';
import { INITIALIZED_STATE } from './fake-server';
import { openSidebar, type SidebarSession } from './harness';

let session: SidebarSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const LONG_ADDRESS = 'dang-bo-cong-ty-tnhh-mtv-dich-vu-cong-ich-quan-3@example.org';
const LONG_UNIT = 'Đảng bộ Công ty TNHH MTV Dịch vụ công ích Quận 3';

/**
 * The text of `selector`'s first element as it stands on screen, one string per line; where a character stands
 * apart from the one before it on its line (more than 2 px of blank between them), a '⟷' marks the gap.
 */
function linesOf(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).first().evaluate((root) => {
    const lines: { top: number; text: string; right: number }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        const line = lines.find((l) => Math.abs(l.top - box.top) < box.height / 2);
        if (line) {
          line.text += (box.left - line.right > 2 ? '⟷' : '') + text[i];
          line.right = box.right;
        } else lines.push({ top: box.top, text: text[i], right: box.right });
      }
    }
    return lines.sort((a, b) => a.top - b.top).map((l) => l.text.trim());
  });
}

test('a long e-mail address wider than the panel does not end a line at a hyphen', async () => {
  session = await openSidebar({
    functions: ['getSidebarState'],
    handle: (fn) => (fn === 'getSidebarState' ? { ...INITIALIZED_STATE, user: LONG_ADDRESS } : undefined),
  });
  await session.page.locator('.user-email').waitFor();
  const lines = await linesOf(session.page, '.user-email');
  expect(lines.join('')).toBe(LONG_ADDRESS);
  expect(lines.length).toBeGreaterThan(1);
  for (const line of lines.slice(0, -1)) expect(line).not.toMatch(/-$/);
  expect(await session.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
});

test('in “Chưa đăng ký”, a comma follows its unit’s name on the name’s last line, and is not part of the link’s name', async () => {
  const quota = (a1: string) => ({ a1, row: 11, severity: 'warning' as const, code: 'quota', message: 'Còn thiếu 1/1 công trình.' });
  const result: CheckUnitsResult = {
    today: '17/05/2021', errors: 0, warnings: 2,
    units: [
      { unit: LONG_UNIT, sheetName: 'Công ty công ích', sheetId: 201, errors: 0, warnings: 1, registered: 0, problems: [quota('A11')] },
      { unit: 'Đảng bộ Quân sự Quận 3', sheetName: 'Quân sự', sheetId: 202, errors: 0, warnings: 1, registered: 0, problems: [quota('A11')] },
    ],
  };
  session = await openSidebar({
    functions: ['getSidebarState', 'openSheet', 'checkUnits'],
    handle: (fn) => (fn === 'getSidebarState' ? INITIALIZED_STATE : fn === 'checkUnits' ? result : undefined),
  });
  const { page } = session;
  await page.getByRole('button', { name: 'Kiểm tra tất cả' }).click();
  await page.locator('.check-empty').waitFor();
  expect(await page.locator('.check-empty').textContent()).toBe(`Chưa đăng ký (2): ${LONG_UNIT}, Đảng bộ Quân sự Quận 3`);
  const lines = await linesOf(page, '.check-empty');
  // The long name takes more than one line, and its comma ends the line its last word is on.
  const last = lines.findIndex((l) => l.includes('Quận 3,'));
  expect(last).toBeGreaterThan(0);
  expect(lines.some((l) => l === ',' || l.startsWith(','))).toBe(false);
  await page.locator('.check-empty').getByRole('button', { name: LONG_UNIT, exact: true }).waitFor();
  expect(session.pageErrors).toEqual([]);
});
