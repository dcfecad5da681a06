/**
 * Báo cáo kết quả (server: addResultsColumns, generateReport, exportPdf in src/gas/results and
 * src/gas/report): adds the results columns to unit tabs, regenerates the Báo cáo sheet and shows
 * its figures and the models proposed for commendation; "Xuất PDF" gives the district report or a
 * unit's form as a PDF, or, where the add-on may not export, the print steps for the same layout.
 */
import { h, replace } from '../dom';
import { call, hasServerFunction } from '../run';
import { compareNames } from '../../core/names';
import { ensure } from '../api';
import { errorBox, whileBusy } from './feedback';
import { fillOnClick, nextStep, replyMessage, section } from './section';

import type { GenerateReportResult as ReportReply } from '../../gas/report/generate-report';
import type { ExportPdfResult as PdfReply } from '../../gas/report/export-pdf';

export function isReportReply(v: unknown): v is ReportReply {
  const o = v as ReportReply | null;
  return typeof o === 'object' && o !== null && typeof o.sheetName === 'string' && typeof o.report === 'object' && o.report !== null
    && Array.isArray(o.report.commended) && Array.isArray(o.report.rounds) && typeof o.report.total === 'object';
}

function isPdfReply(v: unknown): v is PdfReply {
  const o = v as PdfReply | null;
  return typeof o === 'object' && o !== null && (o.mode === 'pdf' ? typeof o.base64 === 'string' : o.mode === 'print' && Array.isArray(o.steps));
}

export function reportSection(scope: Element): HTMLElement | null {
  if (!hasServerFunction('generateReport')) return null;
  const body = h('div', { class: 'report-body', attrs: { 'aria-live': 'polite' } });
  const pdf = h('div', { class: 'report-pdf', attrs: { 'aria-live': 'polite' } });
  const columns = button('Thêm cột báo cáo kết quả');
  fillOnClick(scope, columns, 'Đang thêm cột…', body, async () => [h('p', {}, replyMessage(await call<unknown>('addResultsColumns'))),
    nextStep('các đơn vị ghi kết quả thực hiện vào các cột mới; đến hạn báo cáo, bấm “Tạo báo cáo”.')]);
  const generate = button('Tạo báo cáo');
  generate.classList.add('action');
  generate.addEventListener('click', () => void whileBusy(scope, generate, 'Đang tạo báo cáo…', async () => {
    try {
      const reply = ensure('generateReport', await call<unknown>('generateReport'), isReportReply);
      replace(body, ...renderReport(reply));
      replace(pdf, pdfPicker(scope, pdf, reply.report.units.map((u) => u.unit)));
    } catch (error) {
      replace(body, errorBox(error));
    }
  }));
  return section('block feature report', 'generateReport', 'Báo cáo kết quả',
    'Tổng hợp kết quả thực hiện của các đơn vị vào trang “Báo cáo”. Đánh dấu mô hình đề xuất khen thưởng ở cột cuối của Phụ lục trong trang đó, rồi tạo lại báo cáo.',
    hasServerFunction('addResultsColumns') ? columns : null, generate, body, pdf);
}

const button = (label: string) => h('button', { attrs: { type: 'button' } }, label);

function renderReport(r: ReportReply): HTMLElement[] {
  const t = r.report.total;
  const commended = r.report.commended;
  return [
    h('p', { class: 'report-message' }, r.message),
    h('p', { class: 'secondary' }, `Trang “${r.sheetName}”, cập nhật lúc ${r.generatedAt}.`),
    h('p', { class: 'report-total' }, `${t.registered} mô hình: ${t.done} đã hoàn thành, ${t.ongoing} đang thực hiện, ${t.dropped} không thực hiện, ${t.unreported} chưa báo cáo.`),
    h('ul', { class: 'report-rounds' }, ...r.report.rounds.map((x) =>
      h('li', {}, `${x.name}: ${x.reported} đơn vị đúng hạn, ${x.late} trễ, ${x.missing} chưa báo cáo, ${x.pending} chưa đến hạn (trên ${x.units}).`))),
    h('p', {}, `Chưa đăng ký: ${r.report.notRegistered.length} đơn vị. Đăng ký trễ: ${r.report.registeredLate.join('; ') || 'không có'}.`),
    h('h3', {}, `Đề xuất khen thưởng (${commended.length})`),
    commended.length
      ? h('ul', { class: 'commended' }, ...commended.map((m) => h('li', {}, h('b', {}, m.name), ` — ${m.unit}`)))
      : h('p', { class: 'secondary commended-empty' }, 'Chưa có mô hình nào được đánh dấu.'),
    nextStep(commended.length ? 'chọn bảng cần in ở mục Xuất PDF bên dưới, rồi bấm “Xuất PDF”.'
      : `đánh dấu mô hình đề xuất khen thưởng ở cột cuối của Phụ lục trong trang “${r.sheetName}”, rồi bấm lại “Tạo báo cáo”.`),
  ];
}

function pdfPicker(scope: Element, into: HTMLElement, units: string[]): HTMLElement {
  const select = h('select', { attrs: { 'aria-label': 'Xuất PDF cho' } },
    h('option', { attrs: { value: '' } }, 'Báo cáo của quận'),
    ...[...units].sort(compareNames).map((u) => h('option', { attrs: { value: u } }, `Bảng đăng ký: ${u}`)));
  const out = h('div', { class: 'pdf-output' });
  const go = button('Xuất PDF');
  fillOnClick(scope, go, 'Đang xuất…', out, async () => pdfResult(ensure('exportPdf', await call<unknown>('exportPdf', select.value || null), isPdfReply)));
  void into;
  return h('div', { class: 'pdf' }, h('h3', {}, 'Xuất PDF'), select, go, out);
}

function pdfResult(r: PdfReply): HTMLElement {
  if (r.mode === 'pdf') {
    return h('a', { class: 'pdf-link', attrs: { href: `data:application/pdf;base64,${r.base64}`, download: r.fileName } }, `Tải ${r.fileName}`);
  }
  const open = button(`Mở trang tính “${r.sheetName}”`);
  open.addEventListener('click', () => void call('openSheet', r.sheetId).catch(() => undefined));
  return h('div', { class: 'print-steps' }, h('p', {}, r.reason), h('ol', {}, ...r.steps.map((s) => h('li', {}, s))), open);
}
