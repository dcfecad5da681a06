/**
 * "Tự động": both scheduled jobs with their switches in one section.
 * Nhắc hạn (server: getReminderStatus / setRemindersEnabled / previewReminders in
 * src/gas/reminders/entry.ts): whether the daily reminders are on and from whose account, when
 * they last ran and what they sent, a switch, and "Xem trước" — what today's run would send,
 * without sending. Cập nhật Tổng hợp (enable/disableSummaryAutoRefresh in src/gas/summary/api.ts):
 * the hourly rebuild's switch. Every server value goes in as text (see dom.ts).
 */
import { ensure } from '../api';
import { h, replace, type Child } from '../dom';
import { call, hasServerFunction } from '../run';
import { errorBox, whileBusy } from './feedback';
import { fillOnClick, nextStep, section } from './section';
import { isDashboard } from './dashboard';
import { formatVnDate } from '../../core/dates';
import { compareNames } from '../../core/names';
import { withEmails } from './email-text';

import type { ReminderStatus } from '../../gas/reminders/entry';
import type { JobReport as ReminderPreview, ReminderItem as PreviewItem } from '../../gas/reminders/job';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function isReminderStatus(v: unknown): v is ReminderStatus {
  return isObject(v) && typeof v.enabled === 'boolean' && typeof v.message === 'string' && Array.isArray(v.recent);
}

export function isReminderPreview(v: unknown): v is ReminderPreview {
  return isObject(v) && typeof v.message === 'string' && Array.isArray(v.sent) && Array.isArray(v.postponed) && Array.isArray(v.noAddress);
}

/**
 * "Tự động": the two things the add-on runs on a schedule, each with its switch, side by side —
 * the daily reminders and the hourly rebuild of Tổng hợp (whose state comes with the reminders'
 * status, so opening the panel still reads nothing of Tổng hợp).
 */
export function automationSection(scope: Element): HTMLElement {
  const state = h('div', { class: 'reminder-state', attrs: { role: 'status', 'aria-live': 'polite' } }, 'Đang tải trạng thái nhắc hạn…');
  const output = h('div', { class: 'reminder-output', attrs: { 'aria-live': 'polite' } });
  const toggle = h('button', { class: 'action reminder-toggle', attrs: { type: 'button' } }, 'Bật nhắc hạn');
  const preview = h('button', { class: 'reminder-preview', attrs: { type: 'button' } }, 'Xem trước');
  const auto = summaryAuto(scope);
  let enabled = false;
  const show = (s: ReminderStatus) => {
    enabled = s.enabled;
    toggle.replaceChildren(s.enabled ? 'Tắt nhắc hạn' : 'Bật nhắc hạn');
    replace(state, ...statusView(s));
    if (typeof s.summaryAuto === 'boolean') auto.show(s.summaryAuto);
  };
  const fail = (error: unknown) => replace(output, errorBox(error));
  // whileBusy puts the button's old label back when done, so the new one is set after it.
  toggle.addEventListener('click', () => void whileBusy(scope, toggle, enabled ? 'Đang tắt…' : 'Đang bật…', async () => {
    try {
      const s = ensure('setRemindersEnabled', await call<unknown>('setRemindersEnabled', !enabled), isReminderStatus);
      replace(output);
      return s;
    } catch (error) {
      fail(error);
      return undefined;
    }
  }).then((s) => s && show(s)));
  fillOnClick(scope, preview, 'Đang xem trước…', output,
    async () => previewView(ensure('previewReminders', await call<unknown>('previewReminders'), isReminderPreview), enabled));
  void call<unknown>('getReminderStatus').then((v) => show(ensure('getReminderStatus', v, isReminderStatus))).catch((error) => replace(state, errorBox(error)));
  return section('block feature automation', 'getReminderStatus', 'Tự động',
    'Các việc add-on tự làm theo lịch, từ tài khoản của người bật.',
    h('div', { class: 'reminders' }, h('h3', {}, 'Nhắc hạn'),
      h('p', { class: 'secondary' }, 'Mỗi sáng (khoảng 7 giờ) gửi thư nhắc các đơn vị chưa hoàn thành, 7, 3, 1 ngày trước hạn, đúng hạn và 1 ngày sau hạn; người tổng hợp nhận thư tổng hợp.'),
      state, toggle, preview, output),
    auto.node);
}

/** The hourly rebuild's switch (server: enable/disableSummaryAutoRefresh, which answer with the dashboard). */
function summaryAuto(scope: Element): { node: HTMLElement; show(on: boolean): void } {
  const state = h('p', { class: 'summary-auto-state' });
  const out = h('div', { class: 'summary-auto-output', attrs: { 'aria-live': 'polite' } });
  const toggle = h('button', { class: 'summary-auto-toggle', attrs: { type: 'button' } }, 'Bật tự động cập nhật');
  let on = false;
  const show = (v: boolean) => {
    on = v;
    state.replaceChildren(v ? 'Tự động cập nhật mỗi giờ: đang bật.' : 'Tự động cập nhật mỗi giờ: đang tắt.');
    toggle.replaceChildren(v ? 'Tắt tự động cập nhật' : 'Bật tự động cập nhật');
  };
  toggle.addEventListener('click', () => void whileBusy(scope, toggle, on ? 'Đang tắt…' : 'Đang bật…', async () => {
    const fn = on ? 'disableSummaryAutoRefresh' : 'enableSummaryAutoRefresh';
    try {
      const d = ensure(fn, await call<unknown>(fn), isDashboard);
      replace(out, d.message ? h('p', { class: 'secondary' }, d.message) : null);
      return d;
    } catch (error) {
      replace(out, errorBox(error));
      return undefined;
    }
  }).then((d) => d && show(d.autoRefresh)));
  toggle.hidden = !hasServerFunction('enableSummaryAutoRefresh');
  const node = h('div', { class: 'summary-auto' }, h('h3', {}, 'Cập nhật Tổng hợp'),
    h('p', { class: 'secondary' }, 'Mỗi giờ dựng lại trang Tổng hợp và Danh sách mô hình từ các trang tính đơn vị.'), state, toggle, out);
  return { node, show };
}

function statusView(s: ReminderStatus): HTMLElement[] {
  const out: HTMLElement[] = [h('p', { class: `reminder-on-off ${s.enabled ? 'on' : 'off'}` }, ...withEmails(s.message))];
  if (s.lastRun) {
    out.push(h('p', { class: 'reminder-last-run secondary' }, `Lần chạy gần nhất: ${s.lastRun.message.startsWith('Ngày ') ? s.lastRun.message.replace(/^Ngày/, 'ngày') : `ngày ${formatVnDate(s.lastRun.today)} — ${s.lastRun.message}`}`));
  } else {
    out.push(h('p', { class: 'reminder-last-run secondary' }, 'Chưa chạy lần nào.'));
  }
  if (s.uncertain > 0) {
    out.push(h('p', { class: 'notice' }, `${s.uncertain} thư ở trạng thái “Đang gửi” từ một lần chạy bị gián đoạn: không gửi lại tự động, vui lòng kiểm tra trong trang Nhật ký nhắc hạn.`));
  }
  if (s.recent.length) {
    out.push(h('details', { class: 'reminder-recent' },
      h('summary', {}, `Đã ghi gần đây (${s.recent.length})`),
      h('ul', {}, ...s.recent.map((r) => h('li', {}, ...withEmails(`${r.time} · ${r.unit} · ${r.what} ${r.step} · ${r.result}${r.recipients ? ` · ${r.recipients}` : ''}`))))));
  }
  return out;
}

/**
 * Today's mails grouped by what they remind of ("Hạn đăng ký Đợt 1 (18/05/2021), còn 1 ngày"),
 * said once above its units rather than on every line; units in natural order (Phường 2 before 10).
 */
function previewView(p: ReminderPreview, enabled: boolean): HTMLElement {
  const byUnit = (items: PreviewItem[]) => [...items].sort((a, b) => compareNames(a.unit, b.unit));
  const grouped = (title: string, items: PreviewItem[], line: (i: PreviewItem) => Child[], cls: string) => {
    if (!items.length) return null;
    const groups = new Map<string, PreviewItem[]>();
    for (const i of byUnit(items)) {
      const key = `${i.what}, ${i.when}`;
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    return h('div', { class: cls }, h('h3', {}, `${title} (${items.length})`), ...[...groups].map(([key, of]) => h('div', { class: 'preview-group' },
      h('p', { class: 'preview-when' }, `${key.charAt(0).toUpperCase()}${key.slice(1)}:`),
      h('ul', {}, ...of.map((i) => h('li', {}, ...line(i)))))));
  };
  return h(
    'div',
    { class: 'reminder-preview-result' },
    h('p', {}, p.message),
    grouped('Sẽ gửi', p.sent, (i) => [i.unit, ' → ', ...withEmails(i.to.join(', '))], 'preview-send'),
    grouped('Hoãn vì hạn mức', p.postponed, (i) => [i.unit], 'preview-postponed'),
    p.noAddress.length ? h('div', { class: 'preview-no-address' }, h('h3', {}, `Không có e-mail hợp lệ (${p.noAddress.length})`),
      h('ul', {}, ...byUnit(p.noAddress).map((i) => h('li', {}, `${i.unit}: `, ...withEmails(i.detail ?? ''))))) : null,
    p.digest === 'due' ? h('p', { class: 'secondary' }, 'Người tổng hợp sẽ nhận một thư tổng hợp.') : null,
    !p.sent.length && !p.postponed.length && !p.noAddress.length ? h('p', { class: 'secondary' }, 'Hôm nay không có thư nhắc nào đến hạn.') : null,
    p.noAddress.length ? nextStep('ghi e-mail của các đơn vị trên vào Cấu hình (bảng Đơn vị) để các đơn vị nhận được thư nhắc.')
      : enabled ? null : nextStep('bấm “Bật nhắc hạn” để thư được gửi tự động mỗi sáng.'),
  );
}
