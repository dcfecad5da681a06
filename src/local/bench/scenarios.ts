/**
 * The benchmark's scenarios, run in order on one workbook per size (each builds on the last, as
 * the campaign does): setup from scratch, setup re-run, units fill their tabs, check of all units,
 * full summary, one edit, one reminder day. Each records its executions separately, because the
 * platform's limits apply per execution.
 */
import type { Execution, RecordingEmulator } from './recorder';
import { checkAllFloor, coordinatorRerunFloor, fullSummaryFloor, oneEditFloor, reminderDayFloor, setupFromScratchFloor, setupRerunFloor, nextYearFloor, type Floor } from './floor';
import { LIMITS } from './latency';
import { metadataAfterDeadlines, type MetadataFigure } from './metadata';
import { addCoordinator, benchEmulator, benchUnits, cellCount, fileOfTab, fillUnitTabs, lateCount, OWNER, writeUnitList, type BenchUnit } from './workbook';

export type ScenarioId = 'setup' | 'setup-rerun' | 'check' | 'summary' | 'edit-first' | 'edit' | 'reminders' | 'next-year' | 'setup-coordinator';

export interface ScenarioRun {
  id: ScenarioId;
  title: string;
  executions: Execution[];
  floor: Floor;
  /** The Apps Script limit on one execution of this job. */
  limitMs: number;
  limitName: string;
  notes: string[];
  /** An edit's: whether the edited tab is in the hub or in a member workbook. */
  file?: EditFile;
  error?: string;
}

export type EditFile = 'hub' | 'member';

export interface SizeRun {
  units: number;
  /** Spreadsheets the campaign spans: the hub and its member workbooks. */
  files: number;
  /** Cells of the workbook after all scenarios (empty grid cells included). */
  cells: number;
  /** Unit tabs in member workbooks (the rest are in the hub). */
  memberTabs?: number;
  scenarios: ScenarioRun[];
  /** Largest developer-metadata location after both rounds' deadlines (when asked for). */
  metadata?: MetadataFigure;
}

const EXECUTION = { limitMs: LIMITS.executionMs, limitName: '6 min / execution' };
const MAX_SETUP_RUNS = 40;
/** The setup continuation's handler (src/gas/schedule/trigger.ts), as the bundle exports it. */
const CONTINUE_HANDLER = 'continueSetup';
/** The day after Đợt 1's registration deadline (18/05/2021): late units get their first reminder. */
export const REMINDER_DAY = '2021-05-19T07:30:00+07:00';
/** Hourly runs tried on the reminder day, from 07:30 to 23:30. */
const MAX_REMINDER_RUNS = 17;

/** A step's floor, and which file an edit's tab is in; null: the step does not apply at this size. */
type Step = (emu: RecordingEmulator, units: BenchUnit[], notes: string[], opts?: RunOptions) => Floor | { floor: Floor; file: EditFile } | null;

const EDIT_LIMIT = { limitMs: LIMITS.simpleTriggerMs, limitName: '30 s / simple trigger' };

const STEPS: { id: ScenarioId; title: string; limit: { limitMs: number; limitName: string }; run: Step }[] = [
  { id: 'setup', title: 'setup from scratch', limit: EXECUTION, run: (emu, units, notes, opts) => {
    emu.bundle!.call('initCampaign');
    writeUnitList(emu, units, opts?.tabsPerFile);
    const triggerRuns = setupPress(emu, notes);
    notes.push(`1 coordinator press after initCampaign, then ${triggerRuns} ${CONTINUE_HANDLER} trigger run(s) with the sidebar closed`);
    return setupFromScratchFloor(units.length, 1 + triggerRuns, emu.files.size - 1);
  } },
  { id: 'setup-rerun', title: 'setup re-run (nothing to do)', limit: EXECUTION, run: (emu) => {
    emu.bundle!.call('setupUnitTabs');
    return setupRerunFloor(emu.files.size);
  } },
  { id: 'check', title: 'check of all units', limit: EXECUTION, run: (emu, units, notes) => {
    const r = emu.bundle!.call('checkUnits') as { units?: { errors: number; warnings: number }[]; errors?: number; warnings?: number } | null;
    const written = r?.units ? r.units.filter((u) => u.errors + u.warnings > 0).length : units.length;
    notes.push(`${r?.errors ?? '?'} errors, ${r?.warnings ?? '?'} warnings; ${written} tabs with marks`);
    return checkAllFloor(units.length, written, emu.files.size);
  } },
  { id: 'summary', title: 'full summary rebuild', limit: EXECUTION, run: (emu, units) => {
    // The rebuild the hourly trigger repeats: Tổng hợp and its chart exist already (creating them
    // is a one-time cost, like setup), so build once unrecorded, then measure the rebuild.
    emu.bundle!.call('refreshSummary');
    emu.startScenario();
    emu.bundle!.call('refreshSummary');
    return fullSummaryFloor(units.length, emu.files.size);
  } },
  { id: 'edit-first', title: "a member workbook's first edit since Cấu hình changed", limit: EDIT_LIMIT, run: (emu, units, notes) => {
    // The member's cache holds no copy of the hub's campaign yet (its first edit, or Cấu hình
    // changed since): another unit of the same member edits, and that edit reads the hub.
    const u = editedUnit(units);
    const file = fileOfTab(emu, u.name).fileId;
    if (file === emu.data.id) return null;
    const other = units.find((x) => x !== u && fileOfTab(emu, x.name).fileId === file) ?? u;
    const a1 = editCell(emu, other);
    emu.fireEdit({ user: other.email, sheet: other.name, a1, value: 'tiếp tục thực hiện', spreadsheetId: file });
    notes.push(`${other.name} fills Ghi chú ${a1} in its member workbook; ran ${emu.executions.map((e) => e.fn).join(' + ') || 'nothing'}`);
    return { floor: oneEditFloor('member'), file: 'member' };
  } },
  { id: 'edit', title: 'one edit (validation + summary row)', limit: EDIT_LIMIT, run: (emu, units, notes) => {
    // The same unit at every size (the first with a row lacking Ghi chú), so the edits compare; in a
    // member workbook after the edit above, so the member's cache is as a day of edits keeps it.
    const u = editedUnit(units);
    const a1 = editCell(emu, u);
    const file = fileOfTab(emu, u.name).fileId;
    const where: EditFile = file === emu.data.id ? 'hub' : 'member';
    emu.fireEdit({ user: u.email, sheet: u.name, a1, value: 'tiếp tục thực hiện', ...(where === 'hub' ? {} : { spreadsheetId: file }) });
    if (where === 'member') notes.push('the tab is in a member workbook: marks only (Tổng hợp catches up in the hourly rebuild)');
    const handlers = emu.executions.map((e) => e.fn);
    notes.push(`${u.name} fills Ghi chú ${a1}; ran ${handlers.join(' + ') || 'nothing'}`);
    if (!handlers.includes('onEditInstalled')) notes.push('no installable edit trigger ran');
    return { floor: oneEditFloor(where), file: where };
  } },
  { id: 'reminders', title: 'reminder day (30% late)', limit: EXECUTION, run: (emu, units, notes) => {
    const late = lateCount(units);
    const before = emu.outbox.length;
    // As the hourly trigger runs it: each execution sends within its budget, the next one continues.
    const perRun: string[] = [];
    for (let h = 0; h < MAX_REMINDER_RUNS; h++) {
      emu.clock.set(Date.parse(REMINDER_DAY) + h * 3600_000);
      const sentBefore = emu.outbox.length;
      const outcome = reminderOutcome(emu.runDueTimeTriggers());
      perRun.push(`${emu.outbox.length - sentBefore}`);
      if (outcome !== 'partial') {
        if (outcome !== 'done') notes.push(`hourly run ${h + 1} ended with ${outcome}`);
        break;
      }
    }
    const sent = emu.outbox.slice(before);
    const recipients = sent.reduce((n, m) => n + recipientCount(m), 0);
    notes.push(`${perRun.length} hourly execution(s) from 07:30, e-mails per execution ${perRun.join('/')} (target: every due mail in the first, ≤ 120 s)`);
    notes.push(`${sent.length} e-mails to ${recipients} recipients (consumer limit ${LIMITS.mailRecipientsPerDayConsumer}/day, Workspace ${LIMITS.mailRecipientsPerDayWorkspace}/day); ${late} late units`);
    return reminderDayFloor(units.length, late, emu.files.size);
  } },
  { id: 'next-year', title: 'next year\'s campaign, pre-filled (a new file)', limit: EXECUTION, run: (emu, _units, notes) => {
    const files = emu.files.size;
    const r = emu.bundle!.call('createNextYearCampaign', 2022, { prefill: true }) as { id: string; carried?: number };
    notes.push(`${r.carried ?? 0} models carried into the new file's Mô hình năm trước (laid into the tabs by the new file's setup: one write a tab)`);
    // The new file is not part of this campaign: the figures after (files, cells) stay this year's.
    emu.deleteFile(r.id);
    return nextYearFloor(files);
  } },
  // Last: the newcomer stays a coordinator, which would change what the jobs above write.
  { id: 'setup-coordinator', title: 'setup re-run, a coordinator added', limit: EXECUTION, run: (emu, units, notes) => {
    addCoordinator(emu, NEW_COORDINATOR);
    const triggerRuns = setupPress(emu, notes);
    notes.push(`${NEW_COORDINATOR} added to Cấu hình: every unit tab's protection lets them in; 1 press, then ${triggerRuns} ${CONTINUE_HANDLER} trigger run(s)`);
    return coordinatorRerunFloor(units.length, emu.files.size);
  } },
];

const NEW_COORDINATOR = 'tonghop2@q3.gov.vn';

/** One press of setup; the rest goes on in one-off trigger runs with the sidebar closed (each run leaves the next). Returns those runs. */
function setupPress(emu: RecordingEmulator, notes: string[]): number {
  const first = emu.bundle!.call('setupUnitTabs') as { finished?: boolean };
  let finished = Boolean(first.finished);
  let triggerRuns = 0;
  while (!finished && triggerRuns < MAX_SETUP_RUNS) {
    const next = emu.triggers.all.find((t) => t.handler === CONTINUE_HANDLER && t.nextRun !== undefined);
    if (!next) break;
    // The clock may be past it already: it moves by each execution's modelled time (recorder).
    emu.clock.set(Math.max(next.nextRun!, emu.clock.now()));
    const [run] = emu.runDueTimeTriggers();
    if (run?.error) throw run.error;
    triggerRuns++;
    finished = !emu.triggers.all.some((t) => t.handler === CONTINUE_HANDLER);
  }
  if (!finished) notes.push(`not finished after the press and ${triggerRuns} continuation run(s)`);
  return triggerRuns;
}

/** The unit whose edit is measured: the first with a row lacking Ghi chú. */
function editedUnit(units: readonly BenchUnit[]): BenchUnit {
  return units.find((x) => x.flawed) ?? units[0];
}

/** This spreadsheet's reminder outcome in one firing of the hourly trigger ('none' when it did not fire). */
function reminderOutcome(runs: { result?: unknown; error?: Error }[]): string {
  if (!runs.length) return 'none';
  if (runs[0].error) throw runs[0].error;
  const r = (runs[0].result as { reminders?: unknown }[] | undefined)?.[0]?.reminders;
  return typeof r === 'string' ? r : JSON.stringify(r);
}

function recipientCount(m: unknown): number {
  const r = m as { to?: string | string[]; cc?: string | string[]; bcc?: string | string[] };
  const n = (x: string | string[] | undefined) => (Array.isArray(x) ? x.length : x ? String(x).split(',').filter((s) => s.trim()).length : 0);
  return n(r.to) + n(r.cc) + n(r.bcc);
}

/** The unit types the Ghi chú of its 10th filled row (left empty by the generator), as a person would. */
function editCell(emu: RecordingEmulator, u: BenchUnit): string {
  const app = emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const tab = fileOfTab(emu, u.name);
  return emu.run(u.email, () => {
    const sheet = app.openById(tab.fileId).getSheetById(tab.sheetId)!;
    const grid = sheet.getDataRange().getValues();
    const row = grid.findIndex((r) => String(r[1]).startsWith('Mô hình') && r[5] === '');
    const at = row >= 0 ? row : grid.findIndex((r) => String(r[1]).startsWith('Mô hình'));
    sheet.getRange(at + 1, 6).setValue('tiếp tục thực hiện');
    return `F${at + 1}`;
  });
}

export interface RunOptions {
  codePath?: string;
  /** Only these scenarios (the regression test runs a few); default all. */
  only?: ScenarioId[];
  /** Then walk past both rounds' deadlines and measure developer metadata. */
  metadata?: boolean;
  /** Cấu hình's Số tab đơn vị tối đa mỗi tệp (default 150): smaller puts a small campaign in member workbooks. */
  tabsPerFile?: number;
}

/** Every scenario at one size, on one generated workbook. */
export function runSize(n: number, opts: RunOptions = {}): SizeRun {
  const units = benchUnits(n);
  const emu = benchEmulator(units, opts.codePath);
  const scenarios: ScenarioRun[] = [];
  let filled = false;
  for (const step of STEPS) {
    if (step.id === 'check' && !filled) {
      fillUnitTabs(emu, units);
      filled = true;
    }
    if (opts.only && !opts.only.includes(step.id) && step.id !== 'setup') continue;
    if (step.id === 'reminders') emu.bundle!.call('setRemindersEnabled', true);
    emu.startScenario();
    const notes: string[] = [];
    let floor: Floor = { calls: 0, why: '' };
    let file: EditFile | undefined;
    let error: string | undefined;
    try {
      const got = step.id === 'setup' ? step.run(emu, units, notes, opts) : step.run(emu, units, notes);
      if (got === null) continue;
      if ('floor' in got) ({ floor, file } = got);
      else floor = got;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    scenarios.push({ id: step.id, title: step.title, executions: [...emu.executions], floor, ...step.limit, notes, ...(file ? { file } : {}), ...(error ? { error } : {}) });
    // The coordinator's one step per member workbook (live checking there), before the jobs are measured.
    if (step.id === 'setup') for (const f of emu.files.values()) if (f !== emu.data) emu.run(OWNER, () => emu.bundle!.invoke('enableMemberChecks', []), { spreadsheetId: f.id });
  }
  const cells = cellCount(emu);
  const memberTabs = units.filter((u) => fileOfTab(emu, u.name).fileId !== emu.data.id).length;
  return { units: n, files: emu.files.size, cells, memberTabs, scenarios: opts.only ? scenarios.filter((s) => opts.only!.includes(s.id)) : scenarios,
    ...(opts.metadata ? { metadata: metadataAfterDeadlines(emu, n) } : {}) };
}

export { OWNER };
