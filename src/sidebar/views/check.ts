/**
 * "Kiểm tra": checkUnits() for all units, or again for one unit from its group. Problems are listed
 * by unit with their counts; each problem at a cell is a link that opens the unit's tab at that cell
 * (openSheet(sheetId, a1)). Every text comes from the server and is shown as text, never as HTML.
 */
import { ensure } from '../api';
import { h, type Child } from '../dom';
import { call, hasServerFunction } from '../run';
import { errorBox, messageOf, whileBusy } from './feedback';
import { fillOnClick, nextStep, section } from './section';
import { compareNames } from '../../core/names';

import type { CheckedProblem, UnitCheck } from '../../gas/validation/check-tab';
import type { CheckUnitsResult } from '../../gas/validation/check-units';
import { fileTabLink } from './file-link';

export type { CheckUnitsResult };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isCheckResult(v: unknown): v is CheckUnitsResult {
  return isObject(v) && typeof v.today === 'string' && typeof v.errors === 'number' && typeof v.warnings === 'number'
    && Array.isArray(v.units) && v.units.every((u) => isObject(u) && typeof u.unit === 'string' && Array.isArray(u.problems));
}

export function countsText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'không có vấn đề';
  return [errors ? `${errors} lỗi` : '', warnings ? `${warnings} cảnh báo` : ''].filter(Boolean).join(', ');
}

export function checkSection(scope: Element): HTMLElement {
  const output = h('div', { class: 'check-output', attrs: { 'aria-live': 'polite' } });
  const button = h('button', { class: 'action', attrs: { type: 'button' } }, 'Kiểm tra tất cả');
  fillOnClick(scope, button, 'Đang kiểm tra…', output,
    async () => renderResult(ensure('checkUnits', await call<unknown>('checkUnits'), isCheckResult), scope, output));
  return section('block check', 'checkUnits', 'Kiểm tra',
    'Kiểm tra bảng đăng ký của các đơn vị: thiếu thông tin, sai ngày, chưa đủ số công trình. Ô có vấn đề được ghi chú và tô màu trong trang tính của đơn vị.',
    button, output);
}

/**
 * Errors first, every group folded (a 300 px panel shows the whole result at a glance), problems
 * inside a group errors first; units with nothing registered yet are one line of links to their tabs.
 */
function renderResult(r: CheckUnitsResult, scope: Element, output: HTMLElement): Child[] {
  const troubled = r.units.filter((u) => u.problems.length > 0);
  const empty = troubled.filter((u) => u.registered === 0 && u.problems.every((p) => p.code === 'quota'));
  const listed = troubled.filter((u) => !empty.includes(u))
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || compareNames(a.unit, b.unit));
  const clean = r.units.length - troubled.length;
  return [
    h('p', { class: 'check-totals' }, `Ngày ${r.today}: ${countsText(r.errors, r.warnings)}`,
      ` · ${r.units.length} đơn vị, ${troubled.length} đơn vị cần sửa`),
    h('div', { class: 'check-groups' }, ...listed.map((u) => unitGroup(u, scope, output))),
    // Each name keeps its comma (a line never starts with one); a space between names is where lines end.
    empty.length ? h('p', { class: 'check-empty' }, `Chưa đăng ký (${empty.length}): `,
      ...empty.sort((a, b) => compareNames(a.unit, b.unit)).flatMap((u, i, all) => [i ? ' ' : '',
        h('span', { class: 'check-empty-unit' }, unitLink(u, output, i < all.length - 1 ? ',' : ''))])) : null,
    clean ? h('p', { class: 'secondary check-clean' }, `${clean} đơn vị không có vấn đề.`) : null,
    nextStep(listed.length
      ? 'mở từng nhóm, bấm vào vấn đề để đến ô cần sửa (hoặc đề nghị đơn vị sửa), rồi bấm “Kiểm tra lại”.'
      : empty.length ? 'đề nghị các đơn vị chưa đăng ký nhập bảng đăng ký; mục Tự động → Nhắc hạn gửi thư nhắc mỗi sáng.'
        : 'bấm “Cập nhật tổng hợp” ở mục Tổng hợp để xem tiến độ của các đơn vị.'),
  ];
}

/**
 * `after` (the list's comma) goes inside the button: a button is laid out as one box, so after a name wrapped onto
 * two lines a comma outside it stood at the box's right edge, apart from the name. It is not part of the button's name.
 */
function unitLink(u: UnitCheck, output: HTMLElement, after: string): Child {
  if (u.sheetId === null || !hasServerFunction('openSheet')) return [u.unit, after].join('');
  return h('button', { class: 'link', attrs: { type: 'button', title: `Mở trang tính ${u.sheetName}` }, onClick: () => void jump(u.sheetId as number, 'A1', output) },
    u.unit, after ? h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }, after) : null);
}

function unitGroup(u: UnitCheck, scope: Element, output: HTMLElement): HTMLElement {
  const recheck = h('button', { class: 'link', attrs: { type: 'button', title: `Kiểm tra lại ${u.unit}` } }, 'Kiểm tra lại');
  const group = h(
    'details',
    { class: u.errors ? 'result-group check-unit has-errors' : 'result-group check-unit', attrs: { 'data-unit': u.unit } },
    h('summary', {}, h('h3', {}, u.unit), ' ', h('span', { class: 'check-counts' }, `(${countsText(u.errors, u.warnings)})`), ' ', ...cellLinks(u, output)),
    h('ul', {}, ...[...u.problems].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error')).map((p) => problemItem(u, p, output))),
    recheck,
  );
  recheck.addEventListener('click', () => {
    void whileBusy(scope, recheck, 'Đang kiểm tra…', async () => {
      try {
        const r = ensure('checkUnits', await call<unknown>('checkUnits', u.unit), isCheckResult);
        const fresh = r.units[0];
        group.replaceWith(fresh && fresh.problems.length ? unitGroup(fresh, scope, output)
          : h('p', { class: 'secondary', attrs: { 'data-unit': u.unit } }, `${u.unit}: không còn vấn đề.`));
      } catch (error) {
        group.prepend(errorBox(error));
      }
    });
  });
  return group;
}

/**
 * The folded line's links, one per cell with a problem (errors first; the cell's messages as its tooltip), so every
 * problem stays one click from its cell while the group is folded. A button or link in a summary does not toggle it.
 */
function cellLinks(u: UnitCheck, output: HTMLElement): Child[] {
  if (u.sheetId === null || (!u.url && !hasServerFunction('openSheet'))) return [];
  const cells = new Map<string, CheckedProblem[]>();
  for (const p of [...u.problems].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'))) {
    if (p.a1) cells.set(p.a1, [...(cells.get(p.a1) ?? []), p]);
  }
  if (!cells.size) return [];
  return [h('span', { class: 'check-cells' }, ...[...cells].flatMap(([a1, ps], i) => {
    const severity = ps.some((p) => p.severity === 'error') ? 'error' : 'warning';
    const title = `Mở ${u.sheetName}!${a1}: ${ps.map((p) => p.message).join(' · ')}`;
    const link = u.url
      ? fileTabLink(u.url, u.sheetId as number, a1, title, a1)
      : h('button', { class: 'link', attrs: { type: 'button', title, 'aria-label': title }, onClick: () => void jump(u.sheetId as number, a1, output) }, a1);
    link.classList.add('cell-link', severity);
    return [i ? ' ' : '', link]; // a space between links is where a long line wraps
  }))];
}

function problemItem(u: UnitCheck, p: CheckedProblem, output: HTMLElement): HTMLElement {
  const canJump = u.sheetId !== null && !!p.a1 && hasServerFunction('openSheet');
  const label = h('span', { class: 'severity' }, p.severity === 'error' ? 'Lỗi' : 'Cảnh báo');
  const body = u.url && u.sheetId !== null && p.a1
    ? fileTabLink(u.url, u.sheetId, p.message, `Mở ${u.sheetName}!${p.a1} (${u.file})`, p.a1)
    : canJump
    ? h('button', { class: 'link problem-link', attrs: { type: 'button', title: `Mở ${u.sheetName}!${p.a1}` },
      onClick: () => void jump(u.sheetId as number, p.a1 as string, output) }, p.message)
    : h('span', {}, p.message);
  return h('li', { class: `problem ${p.severity}`, attrs: { 'data-severity': p.severity, ...(p.a1 ? { 'data-cell': p.a1 } : {}) } }, label, ': ', body);
}

async function jump(sheetId: number, a1: string, output: HTMLElement): Promise<void> {
  try {
    await call<void>('openSheet', sheetId, a1);
  } catch (error) {
    output.prepend(errorBox(new Error(`Không mở được ô: ${messageOf(error)}`)));
  }
}
