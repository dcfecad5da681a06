/**
 * The coordinator's dashboard (server: getDashboard / refreshSummary in src/gas/summary/api.ts):
 * counts at a glance, the next deadline, late units with their contacts and a button to open each
 * unit's tab. Loaded on demand, so opening the sidebar costs no read of Tổng hợp. The hourly
 * rebuild's switch lives beside the reminders' one, in Tự động (views/automation.ts).
 */
import { ensure } from '../api';
import { h, replace } from '../dom';
import { call, hasServerFunction } from '../run';
import { errorBox, whileBusy } from './feedback';
import { nextStep, section } from './section';

import type { Dashboard, DashboardUnit } from '../../gas/summary/dashboard';
import { fileTabLink } from './file-link';
import { withEmails } from './email-text';

export type { Dashboard };

export function isDashboard(v: unknown): v is Dashboard {
  const o = v as Dashboard | null;
  return typeof o === 'object' && o !== null && typeof o.built === 'boolean' && typeof o.counts === 'object' && o.counts !== null
    && Array.isArray(o.late) && typeof o.autoRefresh === 'boolean';
}

export function dashboardSection(scope: Element): HTMLElement {
  const body = h('div', { class: 'dashboard-body', attrs: { 'aria-live': 'polite' } });
  const actions: [string, string, string][] = [
    ['getDashboard', 'Xem tổng hợp', 'Đang tải…'],
    ['refreshSummary', 'Cập nhật tổng hợp', 'Đang cập nhật…'],
  ];
  const buttons = actions.filter(([fn]) => hasServerFunction(fn)).map(([fn, label, busy]) => {
    const b = h('button', { attrs: { type: 'button' } }, label);
    b.addEventListener('click', () => void load(scope, b, busy, fn, body));
    return b;
  });
  return section('block feature dashboard', 'getDashboard', 'Tổng hợp',
    'Tiến độ đăng ký của các đơn vị, hạn sắp tới và các đơn vị trễ hạn.', ...buttons, body);
}

async function load(scope: Element, button: HTMLButtonElement, busy: string, fn: string, body: HTMLElement): Promise<void> {
  await whileBusy(scope, button, busy, async () => {
    try {
      renderDashboard(body, ensure(fn, await call<unknown>(fn), isDashboard));
    } catch (error) {
      replace(body, errorBox(error));
    }
  });
}

// Inline styles: the shared stylesheet belongs to the sidebar's owner; these few rules are the dashboard's own.
const COUNTS_STYLE = 'display:grid;grid-template-columns:1fr 1fr;gap:6px;margin:8px 0';
const COUNT_STYLE = 'border:1px solid #dadce0;border-radius:4px;padding:6px;text-align:center';
const countCell = (n: number, label: string, cls: string) =>
  h('div', { class: `count ${cls}`, attrs: { style: COUNT_STYLE } },
    h('b', { class: 'count-number', attrs: { style: 'display:block;font-size:20px' } }, n), h('span', {}, label));

export function renderDashboard(body: HTMLElement, d: Dashboard): void {
  const next = d.nextDeadline;
  replace(
    body,
    d.message ? h('p', { class: 'notice' }, d.message) : null,
    d.built ? h('p', { class: 'secondary updated' }, `Cập nhật lúc ${d.updatedAt}`) : null,
    d.built ? h('div', { class: 'counts', attrs: { style: COUNTS_STYLE } },
      countCell(d.counts.done, 'đủ chỉ tiêu', 'done'), countCell(d.counts.inProgress, 'đang đăng ký', 'in-progress'),
      countCell(d.counts.notStarted, 'chưa đăng ký', 'not-started'), countCell(d.counts.overdue, 'quá hạn', 'overdue')) : null,
    h('p', { class: 'next-deadline' }, next
      ? `${next.label}: ${next.date} (${next.daysLeft === 0 ? 'hôm nay' : `còn ${next.daysLeft} ngày`})`
      : 'Không còn hạn nào trong năm.'),
    d.built ? lateList(d.late) : null,
    d.members ? memberList(d.members) : null,
    d.replicationSheetId === null || d.replicationSheetId === undefined ? null : replicationButton(d.replicationSheetId),
    d.autoRefresh ? h('p', { class: 'secondary auto-on' }, 'Tự động cập nhật mỗi giờ: đang bật.') : null,
    d.built ? nextStep(d.late.length
      ? 'nhắc các đơn vị trễ hạn (mục Tự động → Nhắc hạn gửi thư mỗi sáng, hoặc liên hệ theo e-mail trên), rồi bấm “Cập nhật tổng hợp” để xem lại.'
      : d.autoRefresh ? 'sau hạn báo cáo kết quả, bấm “Tạo báo cáo” ở mục Báo cáo kết quả.'
        : 'bật “Tự động cập nhật” ở mục Tự động để Tổng hợp được cập nhật mỗi giờ.') : null,
  );
}

function lateList(late: DashboardUnit[]): HTMLElement {
  if (late.length === 0) return h('p', { class: 'late-none' }, 'Không có đơn vị trễ hạn.');
  return h('div', { class: 'late' },
    h('h3', {}, `Đơn vị trễ hạn (${late.length})`),
    h('ul', { class: 'late-list', attrs: { style: 'padding-left:16px' } }, ...late.map((u) => h('li', {},
      h('b', {}, u.unit), ' · ', u.status, h('br', {}),
      h('span', { class: 'secondary contact' }, ...withEmails(u.contact || 'chưa có e-mail liên hệ')),
      u.sheetId === null ? null : ' ', u.sheetId === null ? null : openButton(u)))));
}

/**
 * The member workbooks: editor add-ons install triggers only in the file they are used in, so each
 * member without live checking gets its own link and the one step that turns it on.
 */
function memberList(members: NonNullable<Dashboard['members']>): HTMLElement {
  const off = members.filter((m) => !m.live);
  return h('div', { class: 'members' },
    h('h3', {}, `Sổ đăng ký thành viên (${members.length})`),
    off.length ? h('p', { class: 'notice' }, `${off.length} sổ chưa được kiểm tra ngay khi sửa (được kiểm tra mỗi giờ): mở từng sổ, chọn Tiện ích mở rộng → Dân vận khéo → Mở bảng điều khiển, bấm “Bật kiểm tra khi sửa”.`) : null,
    h('ul', { class: 'member-list', attrs: { style: 'padding-left:16px' } }, ...members.map((m) => h('li', {},
      m.url ? h('a', { attrs: { href: m.url, target: '_blank', rel: 'noopener' } }, m.name) : h('b', {}, m.name), ' · ',
      m.problem ?? (m.live ? 'đang kiểm tra khi sửa' : 'chưa bật kiểm tra khi sửa')))));
}

function openButton(u: DashboardUnit): HTMLElement {
  if (u.url && u.sheetId !== null) return fileTabLink(u.url, u.sheetId, 'Mở trang tính', `Mở trang tính ${u.unit}`);
  const b = h('button', { class: 'link', attrs: { type: 'button', 'aria-label': `Mở trang tính ${u.unit}` } }, 'Mở trang tính');
  b.addEventListener('click', () => void call('openSheet', u.sheetId).catch(() => undefined));
  return b;
}

/** Opens Nhân rộng: which catalogue models spread, to whom, with what results. */
function replicationButton(sheetId: number): HTMLElement {
  const b = h('button', { class: 'open-replication', attrs: { type: 'button' } }, 'Xem tình hình nhân rộng mô hình');
  b.addEventListener('click', () => void call('openSheet', sheetId).catch(() => undefined));
  return b;
}
