/** dvk init: a new workbook holding what the bundle's initCampaign writes. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readWorkbook } from '../../src/local/xlsx';
import { dvk, stderrLines, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

test('writes a workbook that loads with Cấu hình (default Quận 3 2021 campaign) and Mẫu đăng ký, owned by owner@example.org', async () => {
  const r = dvk(dir, 'init', 'new.xlsx');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Đã tạo new.xlsx (chủ sở hữu owner@example.org)');
  expect(r.stdout).toContain('32 đơn vị');
  const data = await readWorkbook(file('new.xlsx'));
  expect(data.owner).toBe('owner@example.org');
  expect(data.sheets.map((s) => s.name).slice(0, 2)).toEqual(['Cấu hình', 'Mẫu đăng ký']);
  const values = (name: string) => [...data.sheets.find((s) => s.name === name)!.cells.values()].map((c) => c.value);
  expect(values('Cấu hình')).toEqual(expect.arrayContaining(['quan3-2021', 'Phường Võ Thị Sáu', 'owner@example.org']));
  expect(values('Mẫu đăng ký')).toEqual(expect.arrayContaining(['BẢNG ĐĂNG KÝ', 'Tên mô hình', '(Tên đơn vị)']));
  // Protections live in the workbook's add-on data: the owner-only Cấu hình survives the file.
  expect(data.protections.length).toBeGreaterThanOrEqual(2);
});

test('--owner makes that person the owner and the first coordinator', async () => {
  expect(dvk(dir, 'init', 'owned.xlsx', '--owner', 'BanDanVan@Q3.example.org').code).toBe(0);
  const data = await readWorkbook(file('owned.xlsx'));
  expect(data.owner).toBe('bandanvan@q3.example.org');
  const config = data.sheets.find((s) => s.name === 'Cấu hình')!;
  expect([...config.cells.values()].map((c) => c.value)).toContain('bandanvan@q3.example.org');
});

test('refuses to overwrite an existing file unless --force', async () => {
  writeFileSync(file('taken.xlsx'), 'precious');
  const r = dvk(dir, 'init', 'taken.xlsx');
  expect(r.code).toBe(2);
  expect(stderrLines(r)).toEqual(['dvk: taken.xlsx đã có; dùng --force để ghi đè']);
  expect(readFileSync(file('taken.xlsx'), 'utf8')).toBe('precious');
  expect(dvk(dir, 'init', 'taken.xlsx', '--force').code).toBe(0);
  expect((await readWorkbook(file('taken.xlsx'))).sheets[0].name).toBe('Cấu hình');
});

test('--as someone who is not the owner of a blank file is refused with the server’s message, nothing written', () => {
  const r = dvk(dir, 'init', 'refused.xlsx', '--as', 'phuong1@example.org');
  expect(r.code).toBe(2);
  expect(stderrLines(r)).toHaveLength(1);
  expect(r.stderr).toContain('Tài khoản phuong1@example.org không phải người tổng hợp của chiến dịch nên không thể khởi tạo chiến dịch');
  expect(() => readFileSync(file('refused.xlsx'))).toThrow();
});

test('--json prints one JSON document and nothing else', () => {
  const r = dvk(dir, 'init', 'json.xlsx', '--json');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc).toMatchObject({ file: 'json.xlsx', owner: 'owner@example.org', state: { initialized: true, isCoordinator: true, campaign: { id: 'quan3-2021', units: 32 } } });
  expect(doc.sheets.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Cấu hình', 'Mẫu đăng ký']));
});
