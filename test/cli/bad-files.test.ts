/**
 * Files dvk cannot read say why in one line on stderr and exit 2: not a zip, a zip cut short, an
 * .xls or .ods (made here by LibreOffice), a password-protected workbook, and a workbook with no
 * Cấu hình (which `dvk init` then completes without touching its tabs).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/local/xlsx';
import { dvk, stderrLines, tempDir } from './helpers';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);
const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;

function refused(name: string): string[] {
  const r = dvk(dir, 'check', name);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  return stderrLines(r);
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Phường 1').getCell('A1').value = 'STT';
  await wb.xlsx.writeFile(file('plain.xlsx'));
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'xls', '--outdir', dir, file('plain.xlsx')], { stdio: 'pipe', timeout: 120_000 });
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'ods', '--outdir', dir, file('plain.xlsx')], { stdio: 'pipe', timeout: 120_000 });
}, 240_000);

test('a file that is not a zip', () => {
  writeFileSync(file('notes.xlsx'), 'Danh sách mô hình\n');
  expect(refused('notes.xlsx')).toEqual(['dvk: notes.xlsx không phải tệp .xlsx: trên Google Sheets, tải về bằng Tệp → Tải xuống → Microsoft Excel (.xlsx)']);
});

test('a download cut short', () => {
  const bytes = readFileSync(file('plain.xlsx'));
  writeFileSync(file('cut.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  expect(refused('cut.xlsx')).toEqual(['dvk: cut.xlsx bị cắt cụt hoặc hỏng (tải xuống chưa xong?): hãy tải lại tệp']);
});

test('an .xls and an .ods, even named .xlsx: say how to convert them', () => {
  copyFileSync(file('plain.xls'), file('old.xlsx'));
  expect(refused('plain.xls')).toEqual([
    'dvk: plain.xls là tệp Excel 97–2003 (.xls), dvk chỉ đọc .xlsx: mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (hoặc: soffice --headless --convert-to xlsx plain.xls)',
  ]);
  expect(refused('old.xlsx')[0]).toMatch(/^dvk: old\.xlsx là tệp Excel 97–2003/);
  expect(refused('plain.ods')).toEqual([
    'dvk: plain.ods là bảng tính OpenDocument (.ods), dvk chỉ đọc .xlsx: mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (hoặc: soffice --headless --convert-to xlsx plain.ods)',
  ]);
});

test('a password-protected workbook (an OLE2 file holding the EncryptedPackage stream, as MS-OFFCRYPTO lays it out)', () => {
  // LibreOffice 7.4 headless cannot set a password: the container is built to the spec's layout.
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entry = Buffer.alloc(128);
  Buffer.from('EncryptedPackage', 'utf16le').copy(entry);
  writeFileSync(file('locked.xlsx'), Buffer.concat([header, entry, Buffer.alloc(384)]));
  expect(refused('locked.xlsx')).toEqual(['dvk: locked.xlsx được đặt mật khẩu: mở bằng Excel hoặc LibreOffice, bỏ mật khẩu rồi lưu lại thành .xlsx']);
});

test('a workbook with no Cấu hình: says dvk init or the sidebar makes it; dvk init then adds it and keeps the tabs', async () => {
  expect(refused('plain.xlsx')).toEqual([
    'dvk: tệp chưa có trang Cấu hình: chạy “dvk init TỆP” để thêm Cấu hình và Mẫu đăng ký vào tệp (các trang tính đang có được giữ nguyên), hoặc bấm “Khởi tạo chiến dịch” ở thanh bên trên Google Sheets',
  ]);
  const init = dvk(dir, 'init', 'plain.xlsx');
  expect(init.code).toBe(0);
  expect(init.stdout).toContain('Đã thêm Cấu hình và Mẫu đăng ký vào plain.xlsx');
  const data = await readWorkbook(file('plain.xlsx'));
  expect(data.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Phường 1', 'Cấu hình', 'Mẫu đăng ký']));
  expect(data.sheets.find((s) => s.name === 'Phường 1')!.cells.get('1:1')?.value).toBe('STT');
  expect(stderrLines(dvk(dir, 'init', 'plain.xlsx'))).toEqual(['dvk: plain.xlsx đã có; dùng --force để ghi đè']);
});
