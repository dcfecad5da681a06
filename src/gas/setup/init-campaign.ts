/**
 * initCampaign(): writes Cấu hình (pre-filled with the default Quận 3 2021 campaign, the caller
 * added as a coordinator) and Mẫu đăng ký, each tracked and protected for coordinators. Never
 * overwrites: a sheet already there is kept; a run that died between the two completes the other.
 */
import { parseCampaign, QUAN3_2021, type Campaign } from '../../core/campaign';
import { buildConfigLayout, CONFIG_SHEET_NAME } from '../../core/config-sheet';
import { buildTemplateLayout, TEMPLATE_SHEET_NAME } from '../../core/template';
import { assertCoordinator, callerEmail, ownerEmail } from '../auth';
import { assertNotMember } from './hub-of';
import { stateOf, type SidebarState } from '../state';
import { applyLayout } from './apply-layout';
import { loadCampaignSource } from './config-source';
import { withDocumentLock } from './lock';
import { configChanged } from './member-stamp';
import { protectSheet } from './protect';
import { removeUntouchedStartingSheet } from './starting-sheet';
import { CONFIG_ID_PROP, createRoleSheet, KEY } from './tracking';

export const CONFIG_PROTECTION = 'Dân vận khéo: Cấu hình (chỉ người tổng hợp sửa)';
export const TEMPLATE_PROTECTION = 'Dân vận khéo: Mẫu đăng ký (chỉ người tổng hợp sửa)';

/**
 * `defaults.catalogue`: the default campaign's Danh mục mô hình (core QUAN3_2021_CATALOGUE), sent
 * by the sidebar and dvk rather than bundled: it is written once here and read from Cấu hình after.
 * `defaults.campaign`: a whole campaign instead of the default (dvk next: planNextYear's plan).
 * Either is checked by the campaign schema like any Cấu hình; absent, the catalogue starts empty.
 */
export function initCampaign(defaults?: { catalogue?: unknown; campaign?: unknown }): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertNotMember(ss);
  return withDocumentLock(() => {
    const before = loadCampaignSource(ss);
    const user = callerEmail();
    const owner = ownerEmail(ss);
    if (before.config && before.template) {
      return stateOf(ss, before, 'Chiến dịch đã được khởi tạo: bảng Cấu hình và Mẫu đăng ký đã có, không ghi đè.');
    }
    // A half-made setup is finished by a coordinator it names; a blank file only by its owner.
    const coordinators = before.read?.campaign?.coordinators ?? [];
    assertCoordinator(user, owner, coordinators, 'khởi tạo chiến dịch');
    const campaign = before.read?.campaign ?? defaultCampaign(user, owner, defaults);
    const notes = writeCampaignSheets(ss, campaign, { me: user, owner }, before, (id) =>
      PropertiesService.getDocumentProperties()?.setProperty(CONFIG_ID_PROP, String(id)));
    SpreadsheetApp.flush();
    configChanged(ss); // a cached campaign from an earlier Cấu hình must not serve the edit trigger (here or in a member)
    return stateOf(ss, loadCampaignSource(ss),
      ['Đã tạo bảng Cấu hình (chiến dịch mặc định Quận 3 năm 2021) và Mẫu đăng ký. Bước tiếp theo: kiểm tra danh sách đơn vị và e-mail trong Cấu hình, rồi bấm “Tạo/cập nhật trang tính đơn vị”.', ...notes].join(' '));
  });
}

/**
 * Cấu hình and Mẫu đăng ký where `have` lacks them, each tracked (spreadsheet metadata) and
 * protected for the coordinators; `recorded` gets Cấu hình's id for the running file's own record
 * (a new file made from this one has none: it records its tracked Cấu hình when first opened).
 * A new file's untouched starting sheet goes once Cấu hình is made (starting-sheet.ts). Returns the notes on names already taken.
 */
export function writeCampaignSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, campaign: Campaign, who: { me: string; owner: string },
  have: { config: unknown; template: unknown }, recorded?: (configId: number) => void): string[] {
  const notes: string[] = [];
  let config: GoogleAppsScript.Spreadsheet.Sheet | null = null;
  if (!have.config) {
    const { sheet, note } = createRoleSheet(ss, KEY.config, CONFIG_SHEET_NAME, 0);
    config = sheet;
    recorded?.(sheet.getSheetId());
    applyLayout(sheet, buildConfigLayout(campaign));
    protectSheet(sheet, campaign.coordinators, CONFIG_PROTECTION, who);
    if (note) notes.push(note);
  }
  if (!have.template) {
    const { sheet, note } = createRoleSheet(ss, KEY.template, TEMPLATE_SHEET_NAME, 1);
    applyLayout(sheet, buildTemplateLayout(campaign));
    protectSheet(sheet, campaign.coordinators, TEMPLATE_PROTECTION, who);
    if (note) notes.push(note);
  }
  if (config) removeUntouchedStartingSheet(ss, config);
  return notes;
}

function defaultCampaign(user: string, owner: string, defaults: { catalogue?: unknown; campaign?: unknown } | undefined): Campaign {
  const given = defaults?.campaign && typeof defaults.campaign === 'object' ? defaults.campaign as Record<string, unknown> : null;
  const kept = given && Array.isArray(given.coordinators) ? given.coordinators as unknown[] : [];
  const coordinators = [...new Set([user, owner, ...kept].filter(Boolean))];
  if (given) return parseCampaign({ ...given, coordinators });
  const catalogue = defaults?.catalogue;
  return parseCampaign({ ...QUAN3_2021, coordinators, catalogue: Array.isArray(catalogue) ? catalogue : [] });
}
