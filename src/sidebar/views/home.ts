/** The sidebar's main view, chosen by who is looking and whether the campaign exists yet. */
import { ensure, isSidebarState, type CampaignSummary, type SidebarState } from '../api';
import { h, replace, type Child } from '../dom';
import { call, hasServerFunction } from '../run';
import { errorBox, whileBusy } from './feedback';
import { checkSection } from './check';
import { featureSection, LATER_FEATURES } from './features';
import { currentBlockers, recordedProgressText, runSetup } from './setup';
import { reportSection } from './report';
import { withEmails } from './email-text';
import { nextYearSection } from './next-year';
import { QUAN3_2021_CATALOGUE } from '../../core/campaign/quan3-2021-catalogue';

const READ_ONLY_DEFAULT =
  'Bạn đang xem ở chế độ chỉ đọc. Các thao tác của bảng điều khiển dành cho người tổng hợp (Ban Dân vận Quận ủy).';

export function renderHome(root: HTMLElement, state: SidebarState): void {
  replace(
    root,
    h('p', { class: 'user' }, 'Tài khoản: ', h('b', { class: 'user-email' }, ...withEmails(state.user || 'không xác định'))),
    state.campaign ? campaignCard(state.campaign) : null,
    ...(state.member ? memberView(root, state) : state.isCoordinator ? coordinatorView(root, state) : [readOnlyView(state)]),
  );
}

function campaignCard(campaign: CampaignSummary): HTMLElement {
  return h(
    'section',
    { class: 'block campaign' },
    h('h2', { class: 'campaign-title', attrs: { title: campaign.title } }, campaign.title),
    h('p', { class: 'secondary' }, `Năm ${campaign.year} · ${campaign.units} đơn vị`),
  );
}

function readOnlyView(state: SidebarState): HTMLElement {
  return h('div', { class: 'notice read-only', attrs: { role: 'note' } }, state.message || READ_ONLY_DEFAULT);
}

/** In a member workbook: where the campaign lives, and the coordinator's one step here (live checking). */
function memberView(root: HTMLElement, state: SidebarState): Child[] {
  const m = state.member!;
  const note = h('div', { class: 'notice member' }, state.message ?? '', ' ', h('a', { attrs: { href: m.hubUrl, target: '_blank', rel: 'noopener' } }, 'Mở bảng tính chính'));
  if (!state.isCoordinator || m.live) return [note, m.live ? h('p', { class: 'secondary live-on' }, 'Kiểm tra khi sửa: đang bật.') : null];
  const errors = h('div', { class: 'errors' });
  const button = h('button', { class: 'action', attrs: { type: 'button' } }, 'Bật kiểm tra khi sửa');
  button.addEventListener('click', () => {
    void whileBusy(root, button, 'Đang bật…', async () => {
      try {
        return ensure('enableMemberChecks', await call<unknown>('enableMemberChecks'), isSidebarState);
      } catch (error) {
        replace(errors, errorBox(error));
        return undefined;
      }
    }).then((s) => s && renderHome(root, s));
  });
  return [note, button, errors];
}

function coordinatorView(root: HTMLElement, state: SidebarState): Child[] {
  // What the panel found when it opened (Khởi tạo's result, Cấu hình's errors): it names the setup
  // run as the next step, so that run removes it rather than leave it stale above fresh results.
  const note = state.message ? h('div', { class: 'notice startup-notice' }, ...withEmails(state.message)) : null;
  if (!state.initialized) return [note, initSection(root)];
  // Kiểm tra has its own view once the server has checkUnits; until then, the "Sắp có" placeholder.
  const section = (f: (typeof LATER_FEATURES)[number]) =>
    (f.fnName === 'checkUnits' && hasServerFunction(f.fnName) ? checkSection(root) : featureSection(f, root));
  return [note, unitTabsSection(root, state), ...LATER_FEATURES.map(section), reportSection(root), nextYearSection(root, state.campaign?.year)];
}

function initSection(root: HTMLElement): HTMLElement {
  const errors = h('div', { class: 'errors' });
  const button = h('button', { class: 'action', attrs: { type: 'button' } }, 'Khởi tạo chiến dịch');
  button.addEventListener('click', () => {
    void whileBusy(root, button, 'Đang khởi tạo…', async () => {
      replace(errors);
      try {
        return ensure('initCampaign', await call<unknown>('initCampaign', { catalogue: QUAN3_2021_CATALOGUE }), isSidebarState);
      } catch (error) {
        replace(errors, errorBox(error));
        return undefined;
      }
    }).then((state) => state && renderHome(root, state));
  });
  return h(
    'section',
    { class: 'block init' },
    h('h2', {}, 'Bắt đầu'),
    h('p', {}, 'Bảng tính này chưa có chiến dịch. Khởi tạo sẽ thêm trang “Cấu hình” (danh sách đơn vị, thời hạn) và “Mẫu đăng ký” (BẢNG ĐĂNG KÝ) theo kế hoạch của Quận 3.'),
    button,
    errors,
  );
}

function unitTabsSection(root: HTMLElement, state: SidebarState): HTMLElement {
  const progress = h('div', { class: 'progress', attrs: { role: 'status', 'aria-live': 'polite' } });
  const results = h('div', { class: 'results' });
  const button = h('button', { class: 'action', attrs: { type: 'button' } }, 'Tạo/cập nhật trang tính đơn vị');
  const start = (first?: string) => {
    root.querySelector('.startup-notice')?.remove();
    void whileBusy(root, button, 'Đang tạo trang tính…', () => runSetup(progress, results, first));
  };
  button.addEventListener('click', () => start());
  // A setup that went on by itself: its recorded progress; still going, follow it (and help it) as a press would.
  const recorded = state.setup;
  if (recorded) {
    replace(progress, recordedProgressText(recorded));
    if (!recorded.finished && !recorded.stopped) queueMicrotask(() => start(recordedProgressText(recorded)));
  }
  if (state.blocked?.length && !(recorded && !recorded.finished && !recorded.stopped)) replace(results, currentBlockers(state.blocked));
  return h(
    'section',
    { class: 'block unit-tabs' },
    h('h2', {}, 'Trang tính đơn vị'),
    h('p', { class: 'secondary' }, 'Mỗi đơn vị có một trang tính đăng ký riêng, được bảo vệ, làm từ Mẫu đăng ký.'),
    button,
    progress,
    results,
  );
}

