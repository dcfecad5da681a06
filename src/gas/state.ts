/** getSidebarState(): what the sidebar shows first; reads only, so anyone may call it. */
import { assertCoordinator, callerEmail, coordinatorsOf, isCoordinator, ownerEmail } from './auth';
import { hubIdOf, openHub, openHubOf } from './setup/hub-of';
import { ensureEditTrigger } from './validation/edit-trigger';
import { hasEditTrigger } from './validation/member-checks';
import { loadCampaignSource, type CampaignSource } from './setup/config-source';
import { readSetupProgress, type SetupProgress } from './schedule/setup-continuation';
import { unitBlockers } from './setup/share-units';

export interface CampaignSummary {
  id: string;
  year: number;
  title: string;
  /** How many units (đơn vị) the configuration lists. */
  units: number;
}

/** getSidebarState() and initCampaign() */
export interface SidebarState {
  user: string;
  isCoordinator: boolean;
  initialized: boolean;
  campaign?: CampaignSummary;
  /** Shown as is, e.g. the polite read-only note for a non-coordinator. */
  message?: string;
  /** Set in a member workbook: its hub, and whether this user's edit trigger is installed here. */
  member?: { hub: string; hubUrl: string; live: boolean };
  /** The last setup that went on by itself (its trigger runs), for a coordinator reopening the sidebar. */
  setup?: SetupProgress;
  /** Units with a tab that cannot edit it now (no e-mail, or the file not shared with them), as the files' sharing is now. */
  blocked?: { unit: string; blocked: ('no-email' | 'not-shared')[] }[];
}

const MEMBER_FOR_UNITS = 'Đây là sổ đăng ký thành viên của chiến dịch “Dân vận khéo”: đơn vị nhập bảng đăng ký trong trang tính của mình; '
  + 'cấu hình, tổng hợp và báo cáo do người tổng hợp quản lý ở bảng tính chính. Nếu là người tổng hợp, đề nghị kiểm tra quyền truy cập bảng tính chính.';

export function getSidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const hubId = hubIdOf(ss);
  let hub: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  if (hubId) {
    try {
      hub = openHub(hubId);
    } catch {
      // A unit's e-mail edits its member workbook only; the hub is not shared with it: a note, not an error box.
      return { user: callerEmail(), isCoordinator: false, initialized: true, message: MEMBER_FOR_UNITS };
    }
  }
  if (!hub) {
    const src = loadCampaignSource(ss);
    const state = stateOf(ss, src);
    const c = src.read?.campaign;
    if (state.isCoordinator && state.initialized && c) {
      try {
        const blocked = unitBlockers(ss, c, src.layout);
        if (blocked.length) state.blocked = blocked;
      } catch { /* the panel opens without it; setup's result says it again */ }
    }
    return state;
  }
  // A member workbook: the campaign and who coordinates it are the hub's.
  const state = stateOf(hub, loadCampaignSource(hub));
  const live = state.isCoordinator && hasEditTrigger(ss);
  state.member = { hub: hub.getName(), hubUrl: hub.getUrl(), live };
  state.message = `Đây là sổ đăng ký thành viên của “${hub.getName()}”: cấu hình, tổng hợp và báo cáo ở bảng tính chính.`
    + (state.isCoordinator && !live ? ' Bấm “Bật kiểm tra khi sửa” để các trang tính trong sổ này được kiểm tra ngay khi đơn vị nhập; đến lúc đó, sổ được kiểm tra mỗi giờ.' : '');
  return state;
}

/** "Bật kiểm tra khi sửa" in a member workbook: installs this coordinator's edit trigger for this file (add-ons can do so only here). */
export function enableMemberChecks(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const hub = openHubOf(ss);
  if (!hub) throw new Error('Tệp này không phải sổ đăng ký thành viên.');
  const src = loadCampaignSource(hub);
  assertCoordinator(callerEmail(), ownerEmail(hub), coordinatorsOf(src.config, src.grid), 'bật kiểm tra khi sửa');
  ensureEditTrigger(ss);
  return getSidebarState();
}

export function stateOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, src: CampaignSource, message?: string): SidebarState {
  const user = callerEmail();
  const coordinator = isCoordinator(user, ownerEmail(ss), coordinatorsOf(src.config, src.grid));
  const state: SidebarState = { user, isCoordinator: coordinator, initialized: Boolean(src.config && src.template) };
  const c = src.read?.campaign;
  if (c) state.campaign = { id: c.id, year: c.year, title: c.titleLines.join(' '), units: c.units.length };
  const setup = coordinator && state.initialized ? readSetupProgress(ss) : undefined;
  if (setup) state.setup = setup;
  const notes: string[] = message ? [message] : [];
  if (src.read?.problems.length) notes.push(`Cấu hình có lỗi cần sửa:\n- ${src.read.problems.join('\n- ')}`);
  if (!coordinator) notes.push('Bạn đang xem với quyền đơn vị: chỉ người tổng hợp mới khởi tạo chiến dịch và tạo trang tính đơn vị.');
  if (notes.length) state.message = notes.join('\n');
  return state;
}
