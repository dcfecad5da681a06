/**
 * Báo cáo kết quả in Chromium, against the real bundle on the emulator: a coordinator ticks
 * "Đề xuất khen thưởng" for a model on the Báo cáo sheet, regenerates the report from the sidebar
 * and sees the model listed; Xuất PDF falls back to the print steps when PDF export is off.
 * google.script.run: https://developers.google.com/apps-script/guides/html/reference/run
 * Checkbox cells hold TRUE/FALSE: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox()
 */
import { asUser, OWNER } from '../setup/helpers';
import { at, generate, registerOnTime, report, setUp, tab } from '../results/fixture';
import { openSidebarFromMenu, type MenuSidebar } from './from-menu';

let session: MenuSidebar | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

test('a coordinator ticks a commendation, regenerates the report and sees the model listed', async () => {
  const emu = setUp();
  const rows = registerOnTime(emu);
  emu.bundle!.call('addResultsColumns');
  at(emu, '2021-06-20');
  report(emu, 'Quận Đoàn 3', rows.qd1, 'Đã hoàn thành', '8 buổi, 400 lượt đoàn viên');
  const first = generate(emu);

  session = await openSidebarFromMenu(emu, OWNER);
  const { page } = session;
  const section = page.locator('[data-feature="generateReport"]');
  await section.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await section.locator('.commended-empty').waitFor();
  expect(await section.locator('h3').first().textContent()).toBe('Đề xuất khen thưởng (0)');

  // The coordinator ticks the checkbox on the Báo cáo sheet, as in Sheets.
  asUser(emu, OWNER, (ss) => {
    const sheet = tab(ss, first.sheetName);
    const row = sheet.getDataRange().getValues().findIndex((r) => r[0] === 'Quận Đoàn 3' && r[2] === 'Ngày thứ bảy tình nguyện') + 1;
    expect(row).toBeGreaterThan(0);
    sheet.getRange(row, 8).setValue(true);
  });

  await section.getByRole('button', { name: 'Tạo báo cáo' }).click();
  await section.locator('.commended li').waitFor();
  expect(await section.locator('.commended li').allTextContents()).toEqual(['Ngày thứ bảy tình nguyện — Quận Đoàn 3']);
  expect(await section.locator('.report-total').textContent()).toContain('6 mô hình: 1 đã hoàn thành');

  // PDF export is off in the shipped manifest: the same layout through the print dialog.
  await section.getByLabel('Xuất PDF cho').selectOption('Quận Đoàn 3');
  await section.getByRole('button', { name: 'Xuất PDF' }).click();
  await section.locator('.print-steps li').first().waitFor();
  expect(await section.locator('.print-steps').textContent()).toContain('A1:F');
  expect(await section.locator('.print-steps').textContent()).toContain('A4, hướng Ngang');
  expect(session.pageErrors).toEqual([]);
});
