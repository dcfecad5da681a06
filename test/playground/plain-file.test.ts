/**
 * The playground over a plain .xlsx that never met the add-on (no __dvk sheet, so no owner recorded):
 * "Khởi tạo" from the sidebar makes the campaign as the file's owner, in Vietnamese, with no
 * validation-library message about coordinators[0] (the default owner used to be owner@localhost,
 * an address the campaign's e-mail rule refuses).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { PlaygroundSession } from '../../src/local/playground/session';
import { readWorkbook } from '../../src/local/xlsx';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-plain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('Khởi tạo on a plain workbook makes Cấu hình and Mẫu đăng ký, the owner a valid coordinator', async () => {
  const file = path.join(dir, 'trong.xlsx');
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').getCell('A1').value = 'ghi chú riêng';
  await wb.xlsx.writeFile(file);
  const session = await PlaygroundSession.open(file, { now: new Date('2021-05-07T08:00:00+07:00') });
  expect(session.owner).toMatch(/^[^@]+@[^@]+\.[a-z]+$/);
  const state = session.run('initCampaign', []) as { message?: string };
  expect(JSON.stringify(state)).not.toMatch(/coordinators|Invalid|owner@localhost/);
  await session.save();
  const saved = await readWorkbook(file);
  expect(saved.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Cấu hình', 'Mẫu đăng ký', 'Sheet1']));
  expect(saved.sheets.find((s) => s.name === 'Sheet1')!.cells.get('1:1')?.value).toBe('ghi chú riêng');
});
