/**
 * Tạo chiến dịch năm sau (server: createNextYearCampaign in src/gas/setup/next-year.ts): a new
 * spreadsheet for next year's campaign from this one, which stays as it is; the reply's link opens
 * the new file, its review list says what to check in the new Cấu hình.
 */
import { h } from '../dom';
import { call, hasServerFunction } from '../run';
import { ensure } from '../api';
import { fillOnClick, nextStep, section } from './section';

import type { NextYearResult } from '../../gas/setup/next-year';

function isNextYearReply(v: unknown): v is NextYearResult {
  const o = v as NextYearResult | null;
  return typeof o === 'object' && o !== null && typeof o.url === 'string' && typeof o.name === 'string' && Array.isArray(o.review);
}

export function nextYearSection(scope: Element, year: number | undefined): HTMLElement | null {
  if (!hasServerFunction('createNextYearCampaign') || !year) return null;
  const input = h('input', { attrs: { type: 'number', min: String(year + 1), value: String(year + 1), 'aria-label': 'Năm của chiến dịch mới' } });
  const prefill = h('input', { attrs: { type: 'checkbox' } });
  const out = h('div', { class: 'next-year-output', attrs: { 'aria-live': 'polite' } });
  const go = h('button', { attrs: { type: 'button' } }, 'Tạo chiến dịch năm sau');
  fillOnClick(scope, go, 'Đang tạo bảng tính mới…', out, async () => {
    const r = ensure('createNextYearCampaign', await call<unknown>('createNextYearCampaign', Number(input.value), { prefill: prefill.checked }), isNextYearReply);
    return [
      h('p', {}, r.resumed ? `Bảng tính năm ${r.year} đã có từ lần trước: đã kiểm tra và hoàn thiện.` : `Đã tạo bảng tính năm ${r.year}; bảng tính này giữ nguyên.`),
      r.carried !== undefined ? h('p', { class: 'next-year-carried' }, `${r.carried} mô hình năm nay của các đơn vị sẽ được điền sẵn vào trang tính đơn vị ở bảng tính mới, ghi chú là mô hình tiếp tục thực hiện, để đơn vị giữ hoặc xoá.`) : null,
      h('p', {}, h('a', { class: 'link next-year-link', attrs: { href: r.url, target: '_blank', rel: 'noopener' } }, `Mở “${r.name}”`)),
      h('h3', {}, 'Cần rà soát trong Cấu hình mới'),
      h('ul', { class: 'next-year-review' }, ...r.review.map((x) => h('li', {}, x))),
      nextStep('mở bảng tính mới, rà soát Cấu hình (các ô có ghi chú “Cần rà soát”), rồi bấm “Tạo/cập nhật trang tính đơn vị” ở bảng tính đó.'),
    ];
  });
  return section('block feature next-year', 'createNextYearCampaign', 'Chiến dịch năm sau',
    'Tạo bảng tính mới cho năm sau: giữ đơn vị, e-mail, loại đơn vị, chỉ tiêu; dời các ngày sang năm mới; Danh mục mô hình năm nay cộng các mô hình được đánh dấu “Đưa vào danh mục năm sau” ở trang Báo cáo.',
    h('label', {}, 'Năm ', input),
    h('label', { class: 'next-year-prefill' }, prefill, ' Điền sẵn mô hình năm nay của mỗi đơn vị vào trang tính của đơn vị (để tiếp tục thực hiện)'), go, out);
}
