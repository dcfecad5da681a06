/**
 * The printed BẢNG ĐĂNG KÝ ends with its footnote and the signature block on one page: however long
 * the table grows (here: rows of the sample's Phường 14 made taller step by step, as long
 * wrapped entries do), LibreOffice never prints the footnote at the foot of one page and "XÁC NHẬN
 * CỦA CẤP ỦY" alone on the next, nor both alone under the repeated header row: the last table rows
 * go with them (a manual page break, clean-copy keepEndWithTable). 50 variants, one LibreOffice run; pdftotext (poppler-utils) reads
 * each page. KEEP=1 keeps the PDFs and prints their folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildSampleWorkbook } from '../../src/local/sample/build-sample';
import { readWorkbook, writeWorkbook } from '../../src/local/xlsx';
import { printCopy } from '../../src/local/print/clean-copy';
import { formPrintArea } from '../../src/core/results';
import { splitKey } from '../../src/local/xlsx/a1';
import type { SheetValue } from '../../src/core/unit-tab/entry';

const dir = mkdtempSync(path.join(tmpdir(), 'dvk-keep-'));
const SIGNATURE = 'XÁC NHẬN CỦA CẤP ỦY/ THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ';
const FOOTNOTE = '* Ghi chú:';
/** Extra pixels spread over the table's rows, variant by variant: the page boundary moves through the block. */
const STEPS = Array.from({ length: 50 }, (_, k) => k * 24);

afterAll(() => { if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); });

test('footnote and signature block print on the same, last page whatever the table’s length', async () => {
  const sample = path.join(dir, 'quan3.xlsx');
  await buildSampleWorkbook(sample);
  const data = await readWorkbook(sample);
  const tab = data.sheets.find((s) => s.name === 'Phường 14')!;
  const grid: SheetValue[][] = Array.from({ length: tab.maxRows }, () => Array(tab.maxColumns).fill(''));
  for (const [key, cell] of tab.cells) {
    const { row, column } = splitKey(key);
    grid[row - 1][column - 1] = cell.value as SheetValue;
  }
  const area = formPrintArea(grid, SIGNATURE, 6, tab.frozenRows);
  // Numbered rows of the last content, on the last page: that page fills little by little.
  const footnote = grid.findIndex((r) => String(r[0]).startsWith(FOOTNOTE)) + 1;
  const grown = Array.from({ length: 4 }, (_, i) => footnote - 3 - i);
  // The unit's own tab grows (its rows taller), and the paper copy is made from it, as dvk print does.
  const heights = new Map(tab.rowHeights);
  for (const extra of STEPS) {
    grown.forEach((r, i) => tab.rowHeights.set(r, (heights.get(r) ?? 21) + Math.floor(extra / grown.length) + (i < extra % grown.length ? 1 : 0)));
    await writeWorkbook(printCopy(data, tab.id, area), path.join(dir, `v${String(extra).padStart(3, '0')}.xlsx`));
  }
  const files = readdirSync(dir).filter((f) => /^v\d+\.xlsx$/.test(f)).map((f) => path.join(dir, f));
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files],
    { stdio: 'pipe', timeout: 240_000 });
  const seen: Record<string, { pages: number; footnote: number; signature: number; tableRowsOnLast: number; thinPages: number[] }> = {};
  for (const f of files) {
    const pdf = f.replace(/\.xlsx$/, '.pdf');
    const pages = Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    const text = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'], { encoding: 'utf8' });
    const on = (needle: string) => Array.from({ length: pages }, (_, i) => i + 1).filter((n) => text(n).includes(needle));
    // Numbered table rows ("4.") printed above the footnote on the last page; pages with no more than the header row.
    const lastText = text(pages);
    const tableRowsOnLast = lastText.slice(0, Math.max(0, lastText.indexOf(FOOTNOTE))).split('\n').filter((l) => /^\s*\d+\.(\s|$)/.test(l)).length;
    const thinPages = Array.from({ length: pages }, (_, i) => i + 1).filter((n) => text(n).split('\n')
      .filter((l) => l.trim() && !/^\s*STT\s/.test(l) && !/Trang \d+\/\d+/.test(l)).length < 2);
    seen[path.basename(f)] = { pages, footnote: on(FOOTNOTE)[0] ?? 0, signature: on(SIGNATURE)[0] ?? 0, tableRowsOnLast, thinPages };
  }
  if (process.env.KEEP) console.log(dir);
  // Each variant: both on the last page; the variants cover more than one page count.
  for (const [name, s] of Object.entries(seen)) expect([name, s.footnote, s.signature]).toEqual([name, s.pages, s.pages]);
  // …and never alone under the repeated header row: the last table rows print with them; no page is all but empty.
  for (const [name, s] of Object.entries(seen)) expect([name, s.tableRowsOnLast >= 1, s.thinPages]).toEqual([name, true, []]);
  expect(new Set(Object.values(seen).map((s) => s.pages)).size).toBeGreaterThan(1);
}, 300_000);
