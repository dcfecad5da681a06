/**
 * Next year's campaign from this one, for a coordinator ("Tạo chiến dịch năm sau", dvk next).
 * planNextYear(year) reads this file's Cấu hình and the Báo cáo ticks "Đưa vào danh mục năm sau";
 * createNextYearCampaign(year) writes that plan into a new spreadsheet (SpreadsheetApp.create).
 * This year's file is only read: nothing is written to it, its document properties included.
 * The new file is recognised by its own tracking (its Cấu hình's spreadsheet metadata) when the
 * add-on first runs there, which then records it in that file's own document properties.
 */
import { nextYearCampaign, parseCampaign, type Campaign, type NextYearPlan } from '../../core/campaign';
import { buildConfigLayout } from '../../core/config-sheet';
import { tickedCandidates } from '../../core/results';
import { noteKindLabel } from '../../core/validation/note-kind';
import { callerEmail, ownerEmail } from '../auth';
import { coordinatorCampaign } from '../results/campaign-for-coordinator';
import { findReportSheet } from '../report/report-sheet';
import { assertNotMember } from './hub-of';
import { writeCampaignSheets } from './init-campaign';
import { withDocumentLock } from './lock';
import { KEY } from './tracking';
import { readThisYearModels, writeCarryOver } from './carry-over';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function planNextYear(year: number): NextYearPlan {
  return planIn(SpreadsheetApp.getActiveSpreadsheet(), year).plan;
}

function planIn(ss: Spreadsheet, year: number): { c: Campaign; plan: NextYearPlan; roles: number[] } {
  const { c, src } = coordinatorCampaign(ss, 'tạo chiến dịch năm sau');
  const y = Number(year);
  if (!Number.isInteger(y) || y <= c.year) throw new Error(`Năm của chiến dịch mới phải sau năm ${c.year}.`);
  const report = findReportSheet(ss);
  const candidates = report ? tickedCandidates(report.getDataRange().getValues()) : [];
  const roles = [src.config, src.template].flatMap((x) => (x ? [x.getSheetId()] : []));
  return { c, plan: nextYearCampaign(c, y, candidates), roles };
}

export interface NextYearResult {
  id: string;
  url: string;
  name: string;
  year: number;
  /** What the coordinator must review in the new Cấu hình (also its notes there), in Vietnamese. */
  review: string[];
  /** True when an earlier press had made the file already: it was completed, not made again. */
  resumed: boolean;
  /** With pre-filling: how many models of this year were carried. */
  carried?: number;
  message: string;
}

/**
 * The new file is recorded in the caller's user properties (keyed by this file and the year) as
 * soon as it exists, so a press that died half-way, or a second press, completes that file rather
 * than make another; one deleted since is made again. `prefill`: each unit's models of this year
 * go into the new file's "Mô hình năm trước", which setup there lays into the unit's new tab as
 * "tiếp tục thực hiện" rows (setup/carry-over.ts).
 */
export function createNextYearCampaign(year: number, options?: { prefill?: boolean }): NextYearResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertNotMember(ss);
  const { c, plan, roles } = planIn(ss, year);
  const carried = options?.prefill ? readThisYearModels(ss, c, plan.campaign.year, roles) : null;
  const y = plan.campaign.year;
  return withDocumentLock(() => {
    const props = PropertiesService.getUserProperties();
    const recordKey = `dvk.next.${ss.getId()}.${y}`;
    const earlier = openRecorded(props.getProperty(recordKey));
    const target = earlier ?? SpreadsheetApp.create(nextName(ss.getName(), c.year, y));
    if (!earlier) props.setProperty(recordKey, target.getId());
    const me = callerEmail();
    const owner = ownerEmail(target);
    const campaign = parseCampaign({ ...plan.campaign, coordinators: [...new Set([me, owner, ...plan.campaign.coordinators ?? []].filter(Boolean))] });
    // The layout writes Cấu hình's dates in the campaign's zone; a new file has the account's.
    target.setSpreadsheetTimeZone(campaign.timeZone);
    target.setSpreadsheetLocale(ss.getSpreadsheetLocale());
    const have = roleSheets(target);
    const notes = writeCampaignSheets(target, campaign, { me, owner }, have);
    if (!have.config) flagForReview(target, campaign, plan.review);
    if (carried) writeCarryOver(target, carried, campaign.coordinators, { me, owner });
    dropBlankSheets(target);
    const others = campaign.coordinators.filter((e) => e !== me && e !== owner);
    if (others.length) target.addEditors(others);
    SpreadsheetApp.flush();
    const name = target.getName();
    return {
      id: target.getId(), url: target.getUrl(), name, year: y, review: plan.review, resumed: Boolean(earlier),
      ...(carried ? { carried: carried.length - 1 } : {}),
      message: [`Đã tạo bảng tính “${name}” cho chiến dịch năm ${y}; bảng tính năm ${c.year} này giữ nguyên.`, ...notes,
        ...(carried ? [`${carried.length - 1} mô hình năm ${c.year} của các đơn vị ở trang “Mô hình năm trước” sẽ được điền sẵn (ghi chú “${noteKindLabel(campaign, 'tiep-tuc')}”) khi tạo trang tính đơn vị; đơn vị giữ hoặc xoá.`] : []),
        'Bước tiếp theo: mở bảng tính mới, rà soát Cấu hình (các ô có ghi chú “Cần rà soát”), rồi bấm “Tạo/cập nhật trang tính đơn vị” trong bảng điều khiển của bảng tính đó.'].join(' '),
    };
  });
}

function openRecorded(id: string | null): Spreadsheet | null {
  if (!id) return null;
  try {
    return SpreadsheetApp.openById(id);
  } catch {
    return null; // deleted, or access removed: made again
  }
}

/** This file's name with the year replaced, else the new year appended. */
export function nextName(name: string, from: number, to: number): string {
  return name.includes(String(from)) ? name.split(String(from)).join(String(to)) : `${name} – năm ${to}`;
}

/** The role sheets a resumed file already has, by its spreadsheet metadata (the file is the add-on's own, made here). */
function roleSheets(ss: Spreadsheet): { config: unknown; template: unknown } {
  const ids = new Map(ss.getDeveloperMetadata().map((m) => [m.getKey(), Number(m.getValue())]));
  const at = (key: string) => (ids.has(key) ? ss.getSheetById(ids.get(key)!) : null);
  return { config: at(KEY.config), template: at(KEY.template) };
}

/** A note on the tables carried over whose figures are last year's: the dates above all. */
function flagForReview(ss: Spreadsheet, campaign: ReturnType<typeof parseCampaign>, review: readonly string[]): void {
  const config = roleSheets(ss).config as GoogleAppsScript.Spreadsheet.Sheet;
  const { headings } = buildConfigLayout(campaign);
  const rows = [headings.rounds, headings.units, headings.catalogue];
  rows.forEach((row, i) => { if (review[i]) config.getRange(row, 1).setNote(`Cần rà soát: ${review[i]}`); });
}

/** The empty first sheet a new spreadsheet comes with, once the role sheets exist. */
function dropBlankSheets(ss: Spreadsheet): void {
  const roles = new Set(ss.getDeveloperMetadata().filter((m) => m.getKey() === KEY.config || m.getKey() === KEY.template).map((m) => Number(m.getValue())));
  for (const sheet of ss.getSheets()) {
    if (roles.has(sheet.getSheetId()) || ss.getSheets().length <= 1) continue;
    if (sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}
