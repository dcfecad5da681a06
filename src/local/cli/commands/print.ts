/**
 * dvk print FILE --unit NAME | --report [--out OUT.pdf|OUT.xlsx]: a unit's BẢNG ĐĂNG KÝ, or the Báo cáo sheet, ready for paper. The
 * bundle's exportPdf names the tab and its print area (the same rule "Xuất PDF" uses in Sheets);
 * local/print makes the clean copy with its page setup; a .pdf goes through LibreOffice headless.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { allowOnly, emailOption, stringOption, todayOption, UsageError, type CliArgs } from '../args';
import type { Output } from '../output';
import { callServer, loadWorkbook, saveWorkbook, startSession } from '../workbook';
import { printCopy, reportPrintCopy } from '../../print/clean-copy';
import type { ExportPdfResult } from '../../../gas/report/export-pdf';

export async function printCommand(args: CliArgs, out: Output): Promise<number> {
  allowOnly(args, ['unit', 'report', 'out', 'today', 'as', 'json']);
  const unit = stringOption(args, 'unit');
  const report = Boolean(args.options.report);
  if (!unit === !report) throw new UsageError('dvk print cần --unit TÊN (tên đơn vị như trong Cấu hình) hoặc --report (trang Báo cáo), một trong hai');
  const data = await loadWorkbook(args.file);
  const session = startSession(data, { now: todayOption(args), user: emailOption(args, 'as') });
  // The same call "Xuất PDF" makes in Sheets: a unit's form, or without a unit the Báo cáo sheet.
  const result = callServer<ExportPdfResult>(session, 'exportPdf', report ? null : unit);
  if (result.mode !== 'print') throw new UsageError('bản build trả về PDF của Google, không phải vùng in');
  const target = stringOption(args, 'out') ?? path.join(path.dirname(args.file), `${result.sheetName}.pdf`);
  const copy = report ? reportPrintCopy(data, result.sheetId) : printCopy(data, result.sheetId, result.area);
  if (/\.pdf$/i.test(target)) await toPdf(copy, target);
  else await saveWorkbook(copy, target);
  out.document({ ...(report ? { report: true } : { unit }), sheetName: result.sheetName, file: target, area: result.area });
  out.line(report
    ? `Đã ghi ${target}: “${result.sheetName}”, A4 ngang, vừa một trang theo chiều rộng, chữ xuống dòng trong ô, có số trang.`
    : `Đã ghi ${target}: “${result.sheetName}”, A4 ngang, dòng tiêu đề cột lặp lại ở mỗi trang, không có dấu kiểm tra.`);
  return 0;
}

async function toPdf(copy: Parameters<typeof saveWorkbook>[0], target: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'dvk-print-'));
  try {
    const xlsx = path.join(dir, 'form.xlsx');
    await saveWorkbook(copy, xlsx);
    try {
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 120_000 });
    } catch (e) {
      throw new UsageError(`không chuyển được sang PDF bằng LibreOffice (soffice): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    renameSync(path.join(dir, 'form.pdf'), path.resolve(target));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
