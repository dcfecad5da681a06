/**
 * shareWithUnits(): "Chia sẻ tệp cho các đơn vị", the one click setup's result offers when units
 * cannot edit their tabs because the file is not shared with their e-mails. Each file holding unit
 * tabs (this one, and each member workbook it records) gets, as editors, the e-mails of the units
 * whose tabs it holds, in one Spreadsheet.addEditors call per file (covered by the spreadsheets
 * scope: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditors(String)).
 * It only adds: nobody is removed, and a file already shared with everyone is not written to.
 */
import type { Campaign } from '../../core/campaign';
import { nameKey } from '../../core/names';
import type { FileLayout } from './file-layout';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { campaignOrThrow, loadCampaignSource } from './config-source';
import { assertNotMember } from './hub-of';
import { openMembers } from './member-file';
import { readMembers } from './member-registry';
import { normEmails } from './protect';
import { readTracking } from './tracking';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ShareWithUnitsResult {
  message: string;
  /** Units every e-mail of which may now edit the file holding their tab. */
  shared: string[];
  /** How many e-mails were added, over all files. */
  added: number;
}

export function shareWithUnits(): ShareWithUnitsResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertNotMember(ss);
  const src = loadCampaignSource(ss);
  assertCoordinator(callerEmail(), ownerEmail(ss), coordinatorsOf(src.config, src.grid), 'chia sẻ tệp cho các đơn vị');
  const campaign = campaignOrThrow(src, 'chưa chia sẻ tệp cho đơn vị nào');
  const shared: string[] = [];
  const problems: string[] = [];
  let added = 0;
  for (const f of fileSharing(ss, campaign)) {
    if (!f.ss) {
      if (f.units.length) problems.push(f.problem ?? `Không mở được ${f.name}.`);
      continue;
    }
    try {
      if (f.missing.length) f.ss.addEditors(f.missing);
      added += f.missing.length;
      shared.push(...f.units.filter((u) => u.emails.length > 0).map((u) => u.name));
    } catch (e) {
      problems.push(`Không chia sẻ được ${f.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const done = added ? `Đã chia sẻ quyền chỉnh sửa cho ${added} e-mail của các đơn vị.` : 'Tệp đã được chia sẻ cho e-mail của tất cả các đơn vị.';
  return { message: [done, ...problems].join('\n'), shared, added };
}

type Unit = Campaign['units'][number];
interface FileSharing { name: string; ss?: Spreadsheet; problem?: string; units: Unit[]; missing: string[]; editors: Set<string> }

/**
 * Each file holding unit tabs (this one, then each member workbook), with the units whose tabs it holds and have
 * e-mails, and those e-mails it is not yet shared with. One getEditors per file opened.
 */
function fileSharing(ss: Spreadsheet, campaign: Campaign, layout?: FileLayout | null): FileSharing[] {
  const units = new Map(campaign.units.map((u) => [nameKey(u.name), u]));
  const files = [
    { name: 'tệp này', ss, units: readTracking(ss, layout).unitTabs.map((t) => t.unit) as string[], problem: undefined as string | undefined },
    ...openMembers(readMembers(ss, layout).members).map((m) => ({ name: `sổ “${m.record.name}”`, ss: m.ss, units: m.record.units, problem: m.problem })),
  ];
  return files.map((f) => {
    const mine = f.units.map((n) => units.get(nameKey(n))).filter((u): u is Unit => u !== undefined);
    if (!f.ss) return { name: f.name, problem: f.problem, units: mine.filter((u) => u.emails.length > 0), missing: [], editors: new Set<string>() };
    const editors = new Set(normEmails(f.ss.getEditors().map((u) => u.getEmail())));
    const withEmails = mine.filter((u) => u.emails.length > 0);
    return { name: f.name, ss: f.ss, units: mine, missing: normEmails(withEmails.flatMap((u) => u.emails)).filter((e) => !editors.has(e)), editors };
  });
}

/**
 * What keeps each unit with a tab from editing it now (no contact e-mail, or its tab's file not shared with all of
 * its e-mails): the sidebar shows it on opening, so a coordinator sees the sharing as it is, not as the last setup saw it.
 */
export function unitBlockers(ss: Spreadsheet, campaign: Campaign, layout?: FileLayout | null): { unit: string; blocked: ('no-email' | 'not-shared')[] }[] {
  return fileSharing(ss, campaign, layout).flatMap((f) => f.units.flatMap((u) => {
    const blocked = u.emails.length === 0 ? ['no-email' as const] : f.ss && normEmails(u.emails).some((e) => !f.editors.has(e)) ? ['not-shared' as const] : [];
    return blocked.length ? [{ unit: u.name, blocked }] : [];
  }));
}
