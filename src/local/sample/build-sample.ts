/**
 * The Quận 3 2021 sample workbook, made the way a real one is: the owner initialises the campaign
 * through the bundle, fills contact e-mails in Cấu hình, shares the file, runs setup; then each
 * unit's contact types its own registration into its own tab (so the sample also proves the
 * protections let them). Nothing is written around the add-on.
 */
import { foldText } from '../../core/unit-tab/read';
import { QUAN3_2021_CATALOGUE } from '../../core/campaign/quan3-2021-catalogue';
import { CATALOGUE_DESCRIPTIONS } from './catalogue-descriptions';
import { runSetupUntilFinished } from '../cli/commands/setup';
import { callServer, newWorkbookData, saveWorkbook, startSession, type Session } from '../cli/workbook';
import { SAMPLE_UNITS, UNIT_WITHOUT_EMAIL, type SampleRow, type SampleUnit } from './entries';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const SAMPLE_OWNER = 'bandanvan.q3@example.org';
export const SAMPLE_COORDINATOR = 'tonghop.q3@example.org';
/** During Đợt 1's registration, before its deadline (18/05/2021). */
export const SAMPLE_DEFAULT_NOW = new Date('2021-05-17T08:00:00+07:00');

export interface SampleReport {
  file: string;
  owner: string;
  coordinator: string;
  /** Unit → its contact e-mail ('' for the unit left without one). */
  contacts: Record<string, string>;
  /** Units whose tab was filled, with the number of rows typed. */
  filled: { unit: string; sheetName: string; by: string; rows: number }[];
}

/** "Phường Võ Thị Sáu" → "phuong-vo-thi-sau@example.org". */
export function contactEmail(unit: string): string {
  return `${foldText(unit).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}@example.org`;
}

export async function buildSampleWorkbook(file: string, opts: { today?: Date } = {}): Promise<SampleReport> {
  const data = newWorkbookData(file, SAMPLE_OWNER);
  const s = startSession(data, { now: opts.today ?? SAMPLE_DEFAULT_NOW });
  callServer(s, 'initCampaign', { catalogue: QUAN3_2021_CATALOGUE.map((m) => ({ ...m, description: CATALOGUE_DESCRIPTIONS[m.name] ?? '' })) });
  const contacts = asUser(s, SAMPLE_OWNER, (ss) => configureContacts(ss));
  const { items } = runSetupUntilFinished(s);
  const tabOf = new Map(items.map((i) => [i.unit, i.sheetName]));
  const filled: SampleReport['filled'] = [];
  for (const u of SAMPLE_UNITS) {
    const by = u.typedBy === 'coordinator' ? SAMPLE_COORDINATOR : contacts[u.unit];
    const sheetName = tabOf.get(u.unit);
    if (!by || !sheetName) throw new Error(`sample: ${u.unit} has no ${by ? 'tab' : 'contact'}`);
    const rows = asUser(s, by, (ss) => typeRegistration(ss.getSheetByName(sheetName)!, u));
    filled.push({ unit: u.unit, sheetName, by, rows });
  }
  await saveWorkbook(data, file);
  return { file, owner: SAMPLE_OWNER, coordinator: SAMPLE_COORDINATOR, contacts, filled };
}

/** A person working in the spreadsheet by hand: one execution as `user`. */
function asUser<T>(s: Session, user: string, fn: (ss: Spreadsheet) => T): T {
  const app = s.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return s.emu.run(user, () => fn(app.getActiveSpreadsheet()));
}

/**
 * The owner fills every unit's contact but one, adds a coordinator, and shares the file with them all.
 */
function configureContacts(ss: Spreadsheet): Record<string, string> {
  const config = ss.getSheetByName('Cấu hình')!;
  const grid = config.getDataRange().getValues();
  const first = headingRow(grid, 'Đơn vị') + 2;
  let last = first;
  while (last < grid.length && String(grid[last][0]).trim() !== '') last++;
  const rows = grid.slice(first - 1, last).map((r) => [String(r[0]), r[1]]);
  const contacts: Record<string, string> = Object.fromEntries(rows.map(([u]) => [u, u === UNIT_WITHOUT_EMAIL ? '' : contactEmail(String(u))]));
  config.getRange(first, 1, rows.length, 3).setValues(rows.map(([u, type]) => [u, type, contacts[String(u)]]));
  // The owner's row is the table's first; the coordinator goes right under it.
  const ownerRow = headingRow(grid, 'Người tổng hợp') + 2;
  config.insertRowsAfter(ownerRow, 1);
  config.getRange(ownerRow + 1, 1).setValue(SAMPLE_COORDINATOR);
  ss.addEditors([SAMPLE_COORDINATOR, ...Object.values(contacts).filter(Boolean)]);
  return contacts;
}

function headingRow(grid: unknown[][], heading: string): number {
  const i = grid.findIndex((r) => r[0] === heading && r.slice(1).every((v) => v === ''));
  if (i < 0) throw new Error(`sample: Cấu hình has no “${heading}” table`);
  return i + 1;
}

interface Section { content: number; firstRow: number; printed: number }

/** Where each content's numbered rows start on a tab, and how many are printed there. */
function sectionsOf(grid: unknown[][]): Section[] {
  const out: Section[] = [];
  grid.forEach((r, i) => {
    const m = /^(\d+)\. Nội dung/.exec(String(r[0]));
    if (!m) return;
    let n = 0;
    while (i + 1 + n < grid.length && /^\d+\.$/.test(String(grid[i + 1 + n][0]).trim())) n++;
    out.push({ content: Number(m[1]), firstRow: i + 2, printed: n });
  });
  return out;
}

/**
 * Types the unit's rows under each content, inserting rows inside a section that needs more than
 * the form prints (inside, so the section's dropdown and date format extend to them).
 */
function typeRegistration(sheet: Sheet, u: SampleUnit): number {
  const wanted = (c: number): SampleRow[] => u.rows[c as keyof SampleUnit['rows']] ?? [];
  // Bottom-up, so inserting under one content does not move the sections still to grow.
  for (const s of sectionsOf(sheet.getDataRange().getValues()).reverse()) {
    const extra = wanted(s.content).length - s.printed;
    if (extra > 0) sheet.insertRowsAfter(s.firstRow, extra);
  }
  let typed = 0;
  for (const s of sectionsOf(sheet.getDataRange().getValues())) {
    const rows = wanted(s.content);
    if (!rows.length) continue;
    sheet.getRange(s.firstRow, 1, rows.length, 6).setValues(rows.map((r, i) => [`${i + 1}.`, ...r]));
    typed += rows.length;
  }
  return typed;
}
