/**
 * A written workbook opens in LibreOffice Calc (headless): the values and dates a coordinator sees,
 * and a file LibreOffice saves again reads back as the same workbook (CI installs
 * libreoffice-calc-nogui from Debian; see .ci/run).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import { everyPropertyWorkbook } from './fixture';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-lo-'));
// Its own profile, so a LibreOffice run elsewhere on the machine cannot lock this one out.
const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;

function soffice(convertTo: string, file: string, outdir: string): string {
  execFileSync('soffice', [profile, '--headless', '--convert-to', convertTo, '--outdir', outdir, file], { stdio: 'pipe', timeout: 120_000 });
  const out = path.join(outdir, `${path.basename(file, '.xlsx')}.${convertTo.split(':')[0]}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

describe('LibreOffice Calc', () => {
  const file = path.join(dir, 'dang-ky.xlsx');
  beforeAll(async () => { await writeWorkbook(everyPropertyWorkbook(), file); });

  it('shows the values, with 18/05/2021 as 18/05/2021 (CSV of the first sheet, as displayed)', () => {
    // 44,34,76: comma, double quote, UTF-8; the last "true": save cell content as shown.
    const csv = readFileSync(soffice('csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', file, path.join(dir, 'csv')), 'utf8');
    const rows = csv.trim().split('\n');
    expect(rows[0]).toBe('"BẢNG ĐĂNG KÝ MÔ HÌNH ""DÂN VẬN KHÉO"" NĂM 2021",,,,,');
    expect(rows[1]).toBe('Đơn vị,Phường 1,,,,');
    expect(rows[2]).toBe('Ngày đăng ký,18/05/2021,30/06/2021 17:30,,,');
    expect(rows[6]).toBe('3,4.50,7.50,,TRUE,FALSE');
    expect(rows[7]).toBe('"=not a formula, just text",,,,,');
  });

  it('saves it again as a workbook we read back the same, frozen panes aside', async () => {
    const again = soffice('xlsx', file, path.join(dir, 'resaved'));
    const expected = everyPropertyWorkbook();
    // Headless LibreOffice has no view, so the view settings (frozen panes) are not written back.
    expected.sheets[0].frozenRows = 0;
    expected.sheets[0].frozenColumns = 0;
    expect(await readWorkbook(again)).toEqual(expected);
  });
});
