/**
 * shareWithUnits(): "Chia sẻ tệp cho các đơn vị", the one click setup's result offers when units
 * cannot edit their tabs because the file is not shared with their e-mails. Each file holding unit
 * tabs (this one, and each member workbook it records) gets, as editors, the e-mails of the units
 * whose tabs it holds, in one Spreadsheet.addEditors call per file (covered by the spreadsheets
 * scope: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditors(String)).
 * It only adds: nobody is removed, and a file already shared with everyone is not written to.
 */
import { nameKey } from '../../core/names';
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
  const units = new Map(campaignOrThrow(src, 'chưa chia sẻ tệp cho đơn vị nào').units.map((u) => [nameKey(u.name), u]));
  const files: { name: string; ss?: Spreadsheet; units: string[]; problem?: string }[] = [
    { name: 'tệp này', ss, units: readTracking(ss).unitTabs.map((t) => t.unit) },
    ...openMembers(readMembers(ss).members).map((m) => ({ name: `sổ “${m.record.name}”`, ss: m.ss, units: m.record.units, problem: m.problem })),
  ];
  const shared: string[] = [];
  const problems: string[] = [];
  let added = 0;
  for (const f of files) {
    const mine = f.units.map((n) => units.get(nameKey(n))).filter((u) => u !== undefined && u.emails.length > 0);
    if (!f.ss) {
      if (mine.length) problems.push(f.problem ?? `Không mở được ${f.name}.`);
      continue;
    }
    const editors = new Set(normEmails(f.ss.getEditors().map((u) => u.getEmail())));
    const missing = normEmails(mine.flatMap((u) => u!.emails)).filter((e) => !editors.has(e));
    try {
      if (missing.length) f.ss.addEditors(missing);
      added += missing.length;
      shared.push(...mine.map((u) => u!.name));
    } catch (e) {
      problems.push(`Không chia sẻ được ${f.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const done = added ? `Đã chia sẻ quyền chỉnh sửa cho ${added} e-mail của các đơn vị.` : 'Tệp đã được chia sẻ cho e-mail của tất cả các đơn vị.';
  return { message: [done, ...problems].join('\n'), shared, added };
}
