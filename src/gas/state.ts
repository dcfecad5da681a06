/** getSidebarState(): what the sidebar shows first; reads only, so anyone may call it. */
import { callerEmail, coordinatorsOf, isCoordinator, ownerEmail } from './auth';
import { loadCampaignSource, type CampaignSource } from './setup/config-source';

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
}

export function getSidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return stateOf(ss, loadCampaignSource(ss));
}

export function stateOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, src: CampaignSource, message?: string): SidebarState {
  const user = callerEmail();
  const coordinator = isCoordinator(user, ownerEmail(ss), coordinatorsOf(src.config, src.grid));
  const state: SidebarState = { user, isCoordinator: coordinator, initialized: Boolean(src.config && src.template) };
  const c = src.read?.campaign;
  if (c) state.campaign = { id: c.id, year: c.year, title: c.titleLines.join(' '), units: c.units.length };
  const notes: string[] = message ? [message] : [];
  if (src.read?.problems.length) notes.push(`Cấu hình có lỗi cần sửa:\n- ${src.read.problems.join('\n- ')}`);
  if (!coordinator) notes.push('Bạn đang xem với quyền đơn vị: chỉ người tổng hợp mới khởi tạo chiến dịch và tạo tab đơn vị.');
  if (notes.length) state.message = notes.join('\n');
  return state;
}
