/**
 * The hourly handler: for each spreadsheet this user registered, open it by id and run its jobs.
 * Each spreadsheet, and each job, fails alone: the error is logged and kept in the registry for
 * the sidebar, and the others still run. A job turned off by another coordinator (who cannot
 * delete this user's trigger) is dropped here; with nothing left, the trigger deletes itself.
 */
import { toLocalDate } from '../../core/dates';
import { loadCampaignSource } from '../setup/config-source';
import { runReminderJob } from '../reminders/job';
import { loadStatus } from '../reminders/status-store';
import { rebuildSummary_ } from '../summary/rebuild';
import { REBUILD_LOCK_WAIT_MS, withSummaryLock } from '../summary/lock';
import { loadSummaryAuto } from '../summary/trigger';
import { loadRegistry, saveRegistry, type Registry, type RegistryEntry } from './registry';
import { removeScheduleTriggers } from './trigger';
import { readMembers } from '../setup/member-registry';
import { loadCampaign } from '../summary/collect';
import { checkUnwatchedMembers, type MemberLive } from '../validation/member-checks';
import type { Campaign } from '../../core/campaign';
import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type SummaryOutcome = 'rebuilt' | 'busy' | 'off';
/** 'partial': this run's send budget is spent; the next hourly run of the day continues. */
export type ReminderOutcome = 'done' | 'partial' | 'busy' | 'no-campaign' | 'before-hour' | 'done-today' | 'off';

export interface ScheduledOutcome {
  id: string;
  summary?: SummaryOutcome | { error: string };
  reminders?: ReminderOutcome | { error: string };
  /** openById failed: no access any more, or the file was deleted. */
  error?: string;
  /** Member workbooks: checked this hour when they lack live checking, or why they cannot be opened. */
  members?: MemberLive[] | { error: string };
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function attempt<T>(id: string, job: string, run: () => T): T | { error: string } {
  try {
    return run();
  } catch (e) {
    console.error(`Dân vận khéo: ${job} của bảng tính ${id} lỗi: ${message(e)}`);
    return { error: message(e) };
  }
}

/** What the rebuild read, for the members' check after it: the campaign and the hub's layout (members opened). */
interface Rebuilt { campaign: Campaign; layout: FileLayout | null }

function runSummary(ss: Spreadsheet, entry: RegistryEntry, keep: (r: Rebuilt) => void): SummaryOutcome {
  if (!loadSummaryAuto(ss).enabled) {
    entry.summary = false;
    return 'off';
  }
  return withSummaryLock(ss, REBUILD_LOCK_WAIT_MS, (claim) => {
    const r = rebuildSummary_(ss, claim);
    keep({ campaign: r.campaign, layout: claim.layout });
    return r;
  }).ok ? 'rebuilt' : 'busy';
}

/**
 * From the configured hour on, every hour, until a run has left nothing for later today (a run
 * sends within its budget, ../reminders/job): the reminder log's
 * exactly-once keys, checked under the lock, stop a second send by this or another coordinator.
 */
function runReminders(ss: Spreadsheet, entry: RegistryEntry): ReminderOutcome {
  const status = loadStatus(ss);
  if (!status.enabled) {
    entry.reminders = false;
    return 'off';
  }
  const campaign = loadCampaignSource(ss).read?.campaign;
  if (!campaign) return 'no-campaign';
  const now = new Date();
  if (Number(Utilities.formatDate(now, campaign.timeZone, 'H')) < campaign.reminders.hour) return 'before-hour';
  const last = status.lastRun;
  if (last?.today === toLocalDate(now, campaign.timeZone) && !last.dueLater) return 'done-today';
  const report = runReminderJob(ss);
  return report.status === 'preview' ? 'done' : report.status;
}

function describe(o: ScheduledOutcome): string {
  if (o.error) return `Không mở được bảng tính: ${o.error}`;
  const parts: string[] = [];
  if (typeof o.summary === 'object') parts.push(`Tổng hợp lỗi: ${o.summary.error}`);
  if (typeof o.reminders === 'object') parts.push(`Nhắc hạn lỗi: ${o.reminders.error}`);
  if (o.members && !Array.isArray(o.members)) parts.push(`Kiểm tra sổ thành viên lỗi: ${o.members.error}`);
  for (const m of Array.isArray(o.members) ? o.members : []) if (m.problem) parts.push(m.problem);
  return parts.join('; ') || 'Chạy tự động thành công.';
}

function runOne(id: string, entry: RegistryEntry): ScheduledOutcome {
  const o: ScheduledOutcome = { id };
  let ss: Spreadsheet;
  try {
    ss = SpreadsheetApp.openById(id);
  } catch (e) {
    console.error(`Dân vận khéo: không mở được bảng tính ${id}: ${message(e)}`);
    return { id, error: message(e) };
  }
  let rebuilt: Rebuilt | undefined;
  if (entry.summary) o.summary = attempt(id, 'Tổng hợp', () => runSummary(ss, entry, (r) => { rebuilt = r; }));
  // Members whose edit trigger is not installed yet are checked here, hourly (validation/member-checks),
  // with what the rebuild read: Cấu hình, the hub's tracking, the members opened and their tracking.
  const done = rebuilt as Rebuilt | undefined;
  if (entry.summary && (done?.layout?.members ?? readMembers(ss).members).length) {
    o.members = attempt(id, 'Kiểm tra sổ thành viên', () => checkUnwatchedMembers(ss, done?.campaign ?? loadCampaign(ss), done?.layout));
  }
  if (entry.reminders) o.reminders = attempt(id, 'Nhắc hạn', () => runReminders(ss, entry));
  return o;
}

/** The registry as it is now (the sidebar may have changed it meanwhile) plus this run's findings. */
function merge(ran: Registry, outcomes: ScheduledOutcome[]): Registry {
  const fresh = loadRegistry();
  const at = new Date().toISOString();
  for (const o of outcomes) {
    const now = fresh[o.id];
    if (!now) continue;
    if (!ran[o.id].summary) now.summary = false;
    if (!ran[o.id].reminders) now.reminders = false;
    now.last = { at, ok: !o.error && typeof o.summary !== 'object' && typeof o.reminders !== 'object', message: describe(o) };
    if (!now.summary && !now.reminders) delete fresh[o.id];
  }
  return fresh;
}

export function runScheduledJobs(): ScheduledOutcome[] {
  const registry = loadRegistry();
  const outcomes = Object.keys(registry).map((id) => runOne(id, registry[id]));
  const next = merge(registry, outcomes);
  saveRegistry(next);
  if (!Object.keys(next).length) removeScheduleTriggers();
  return outcomes;
}
