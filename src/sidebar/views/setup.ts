/**
 * "Tạo/cập nhật tab đơn vị": the server works in batches (an execution lasts at most 6 minutes)
 * and goes on by itself in trigger runs; while the sidebar is open we call setupUnitTabs() until it
 * reports finished (a call finding a part running elsewhere waits and asks again), showing
 * progress, then the grouped result. Reopened, the sidebar shows the recorded progress.
 */
import { ensure, isSetupResult, type SetupProgress, type SetupUnitTabsResult, type UnitTabItem, type UnitTabStatus } from '../api';
import { h, replace } from '../dom';
import { call, hasServerFunction } from '../run';
import { errorBox, messageOf, spinner, whileBusy } from './feedback';
import { fileTabLink } from './file-link';
import { nextStep } from './section';
import { withEmails } from './email-text';
import { compareNames } from '../../core/names';
import type { ShareWithUnitsResult } from '../../gas/setup/share-units';

/** Group order and headings, as a coordinator reads them: what changed first, problems last. */
export const STATUS_GROUPS: ReadonlyArray<{ status: UnitTabStatus; heading: string }> = [
  { status: 'created', heading: 'Đã tạo mới' },
  { status: 'adopted', heading: 'Đã nhận lại' },
  { status: 'present', heading: 'Đã có sẵn' },
  { status: 'renamed', heading: 'Người dùng đã đổi tên trang tính' },
  { status: 'removed', heading: 'Không còn trong cấu hình' },
  { status: 'problem', heading: 'Có vấn đề' },
];

/** Groups longer than this start folded, except those that need the coordinator's attention. */
const FOLD_AFTER = 5;
const ALWAYS_OPEN: ReadonlySet<UnitTabStatus> = new Set(['adopted', 'renamed', 'removed', 'problem']);

/** A batch loop that stops advancing would otherwise spin forever. */
const MAX_STALLED_BATCHES = 3;
/** While a trigger run holds the setup (up to its ≈ 3-minute budget), ask again this often, this many times. */
export const BUSY_POLL_MS = 20_000;
const MAX_BUSY_POLLS = 30;

const wait = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });

/** A setup recorded by the server (it went on by itself), as the coordinator finds it on reopening the sidebar. */
export function recordedProgressText(p: SetupProgress): string {
  const at = new Date(p.at);
  const when = Number.isNaN(at.getTime()) ? '' : ` (lúc ${at.toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' })})`;
  if (p.finished) return `${progressText(p.done, p.total, true)}${when}.`;
  if (p.stopped) return `Việc tạo trang tính tự động đã dừng ở ${p.done}/${p.total} trang tính${when} do lỗi: ${p.error ?? 'không rõ'}. Vui lòng bấm “Tạo/cập nhật trang tính đơn vị” để chạy tiếp.`;
  return `Đang tự động tạo tiếp: đã xong ${p.done}/${p.total} trang tính${when}.${p.error ? ` Lần chạy gần nhất gặp lỗi: ${p.error}; sẽ thử lại.` : ''}`;
}

/**
 * On a re-run most tabs already exist, so the final line says "done", not "created". `done` counts
 * only units whose tab exists and is tracked; once finished, every other unit of `total` was refused
 * (held back, its workbook full or unreachable, a failure), each listed under “Có vấn đề” with why.
 */
export function progressText(done: number, total: number, finished: boolean): string {
  if (!finished) return `Đã tạo ${done}/${total} trang tính`;
  const refused = total - done;
  return refused > 0
    ? `Đã xong ${done}/${total} trang tính đơn vị; ${refused} đơn vị chưa có trang tính (lý do ở mục “Có vấn đề”)`
    : `Hoàn tất: ${done}/${total} trang tính đơn vị`;
}

/** Later batches replace what earlier ones said about the same unit. */
function merge(into: Map<string, UnitTabItem>, items: UnitTabItem[]): void {
  for (const item of items) into.set(`${item.unit}\u0000${item.sheetName}`, item);
}

/** @param first what to show until the first reply (on reopening: the recorded progress). */
export async function runSetup(progress: HTMLElement, results: HTMLElement, first = 'Đang chuẩn bị…'): Promise<void> {
  const items = new Map<string, UnitTabItem>();
  let stalled = 0;
  let busyPolls = 0;
  let lastDone = -1;
  let note = '';
  let members: NonNullable<SetupUnitTabsResult['members']> = [];
  replace(results);
  replace(progress, spinner(), first);
  try {
    for (;;) {
      const batch = ensure('setupUnitTabs', await call<unknown>('setupUnitTabs'), isSetupResult);
      if (batch.busy) {
        // A trigger run is doing the next part: it goes on whether or not we wait here.
        replace(progress, spinner(), `${progressText(batch.done, batch.total, false)} · ${batch.message ?? ''}`);
        if (++busyPolls > MAX_BUSY_POLLS) {
          note = batch.message ?? '';
          break;
        }
        await wait(BUSY_POLL_MS);
        continue;
      }
      merge(items, batch.items);
      note = batch.message ?? note;
      members = batch.members ?? members;
      replace(progress, batch.finished ? null : spinner(), progressText(batch.done, batch.total, batch.finished));
      if (batch.finished) break;
      stalled = batch.done > lastDone ? 0 : stalled + 1;
      lastDone = batch.done;
      if (stalled >= MAX_STALLED_BATCHES) throw new Error('Máy chủ không tạo thêm được trang tính nào. Vui lòng thử lại sau.');
    }
    const all = [...items.values()];
    let list = resultList(all, results);
    // Once the file is shared, the units' lines stop saying it is not (the list is drawn again from the updated items).
    const shared = (updated: UnitTabItem[]) => { const next = resultList(updated, results); list.replaceWith(next); list = next; };
    replace(results, blockers(all, undefined, shared), note ? h('div', { class: 'notice' }, ...withEmails(note)) : null, members.length ? memberList(members) : null, list);
  } catch (error) {
    replace(results, errorBox(error), items.size ? resultList([...items.values()], results) : null);
  }
}

/**
 * The top line a coordinator needs after setup: what still keeps units from editing their tabs
 * ("30 đơn vị chưa có e-mail · tệp chưa chia sẻ cho 2 đơn vị"), the one click that shares the
 * files with the units' e-mails (server: shareWithUnits), and the next step to take.
 */
export function blockers(items: readonly UnitTabItem[], note?: string, onShared?: (items: UnitTabItem[]) => void): HTMLElement {
  const count = (b: 'no-email' | 'not-shared') => items.filter((i) => i.blocked?.includes(b)).length;
  const noEmail = count('no-email');
  const unshared = count('not-shared');
  const canShare = unshared > 0 && hasServerFunction('shareWithUnits');
  const parts = [noEmail ? `${noEmail} đơn vị chưa có e-mail` : '', unshared ? `tệp chưa chia sẻ cho ${unshared} đơn vị` : ''].filter(Boolean);
  const next = noEmail
    ? 'ghi e-mail của các đơn vị vào Cấu hình (bảng Đơn vị), rồi bấm lại “Tạo/cập nhật trang tính đơn vị”.'
    : canShare ? 'bấm “Chia sẻ tệp cho các đơn vị” để các đơn vị được quyền chỉnh sửa trang tính của mình.'
    : unshared
      ? 'chia sẻ tệp (nút Chia sẻ, quyền Người chỉnh sửa) cho e-mail của các đơn vị ghi trong nhóm bên dưới.'
      : 'gửi đường liên kết của tệp cho các đơn vị; khi các đơn vị đã đăng ký, bấm “Kiểm tra tất cả”.';
  const out = h('div', { class: 'share-output', attrs: { 'aria-live': 'polite' } });
  const share = canShare ? h('button', { class: 'action share-units', attrs: { type: 'button' } }, 'Chia sẻ tệp cho các đơn vị') : null;
  const box = h('div', { class: parts.length ? 'setup-blockers warn' : 'setup-blockers' },
    note ? h('p', { class: 'share-message' }, ...withEmails(note)) : null,
    parts.length ? h('p', { class: 'setup-blocked' }, h('strong', {}, parts.join(' · '))) : null,
    share, out, nextStep(next, 'setup-next'));
  share?.addEventListener('click', () => void whileBusy(box.closest('#app') ?? box, share, 'Đang chia sẻ…', async () => {
    try {
      const r = ensure('shareWithUnits', await call<unknown>('shareWithUnits'), isShareResult);
      const done = new Set(r.shared);
      const updated = items.map((i) => (done.has(i.unit) ? sharedItem(i) : i));
      box.replaceWith(blockers(updated, r.message, onShared));
      onShared?.(updated);
    } catch (error) {
      replace(out, errorBox(error));
    }
  }));
  return box;
}

/** A unit's line once its file is shared with it: no "not shared" mark, and the server's sentence saying so gone. */
function sharedItem(i: UnitTabItem): UnitTabItem {
  const { shareNote, ...rest } = i;
  const blocked = i.blocked?.filter((b) => b !== 'not-shared');
  return { ...rest, ...(blocked?.length ? { blocked } : { blocked: undefined }),
    message: shareNote ? i.message.replace(shareNote, '').replace(/\s{2,}/g, ' ').trim() : i.message };
}

/**
 * On reopening: what keeps units out as the files are shared now (getSidebarState's `blocked`), with the share
 * step, so a coordinator who shared the file since (here or with Google's Share button) is not told otherwise.
 */
export function currentBlockers(blocked: readonly { unit: string; blocked: ('no-email' | 'not-shared')[] }[]): HTMLElement {
  return blockers(blocked.map((b) => ({ unit: b.unit, sheetName: '', status: 'present' as const, message: '', blocked: [...b.blocked] })));
}

function isShareResult(v: unknown): v is ShareWithUnitsResult {
  const o = v as ShareWithUnitsResult | null;
  return typeof o === 'object' && o !== null && typeof o.message === 'string' && Array.isArray(o.shared);
}

/** The member workbooks the campaign's tabs live in (issue 13), each a link, with its unit count or its problem. */
function memberList(members: NonNullable<SetupUnitTabsResult['members']>): HTMLElement {
  return h('div', { class: 'members' }, h('h3', {}, `Sổ đăng ký thành viên (${members.length})`),
    h('ul', {}, ...members.map((m) => h('li', {},
      m.url ? h('a', { attrs: { href: m.url, target: '_blank', rel: 'noopener' } }, m.name) : h('b', {}, m.name),
      ` · ${m.problem ?? `${m.units} đơn vị`}`))));
}

function resultList(items: UnitTabItem[], errorSlot: HTMLElement): HTMLElement {
  const list = h('div', { class: 'result-groups' });
  for (const { status, heading } of STATUS_GROUPS) {
    const group = items.filter((i) => i.status === status).sort((a, b) => compareNames(a.unit, b.unit));
    if (!group.length) continue;
    const details = h(
      'details',
      { class: `result-group status-${status}`, attrs: { 'data-status': status } },
      h('summary', {}, h('h3', {}, `${heading} (${group.length})`)),
      h('ul', {}, ...group.map((item) => resultItem(item, errorSlot))),
    );
    details.open = ALWAYS_OPEN.has(status) || group.length <= FOLD_AFTER;
    list.appendChild(details);
  }
  if (!list.childElementCount) list.appendChild(h('p', { class: 'secondary' }, 'Cấu hình chưa có đơn vị nào.'));
  return list;
}

function resultItem(item: UnitTabItem, errorSlot: HTMLElement): HTMLElement {
  const canJump = item.sheetId !== undefined && item.status !== 'removed' && hasServerFunction('openSheet');
  return h(
    'li',
    {},
    h('div', { class: 'item-head' }, h('span', { class: 'unit' }, item.unit),
      item.url && item.sheetId !== undefined ? fileTabLink(item.url, item.sheetId, 'Mở trang tính', `Mở trang tính ${item.sheetName} (${item.file})`)
      : canJump ? h('button', { class: 'link', attrs: { type: 'button', title: `Mở trang tính ${item.sheetName}` },
        onClick: () => void jump(item.sheetId as number, errorSlot) }, 'Mở trang tính') : null),
    item.message ? h('div', { class: 'secondary' }, ...withEmails(item.message)) : null,
  );
}

async function jump(sheetId: number, errorSlot: HTMLElement): Promise<void> {
  try {
    await call<void>('openSheet', sheetId);
  } catch (error) {
    errorSlot.prepend(errorBox(new Error(`Không mở được trang tính: ${messageOf(error)}`)));
  }
}
