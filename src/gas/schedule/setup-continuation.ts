/**
 * A setup its budget stopped goes on by itself (issue 14): the run leaves a one-off time-driven
 * trigger (ClockTriggerBuilder.after), whose handler (./continue-setup) opens the file by id,
 * does the next part and leaves the next trigger, until the work is done; the coordinator may
 * close the sidebar meanwhile. An add-on user has one time-driven trigger (./trigger), so while a
 * setup goes on the one-off stands in for the hourly trigger, which is put back when it is done.
 *
 * Which files go on: a user property, since the trigger belongs to the user, not a document
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions). How far each
 * got: a tag on the file's Cấu hình, read by every coordinator's sidebar.
 */
import { loadRegistry } from './registry';
import { CONTINUE_HANDLER, ensureScheduleTrigger, SCHEDULE_HANDLER } from './trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Long enough for the run that made it to release the setup claim, short enough not to be noticed. */
export const CONTINUE_AFTER_MS = 60_000;
const PENDING_KEY = 'dvk.setup.pending';
const PROGRESS_KEY = 'dvk.setup';

/** What the sidebar shows of a setup, whoever ran its last part. */
export interface SetupProgress {
  done: number;
  total: number;
  finished: boolean;
  /** ISO time of the last part. */
  at: string;
  /** The last part's failure (Vietnamese or the service's text), if it failed. */
  error?: string;
  /** Parts that failed in a row; the continuation gives up after MAX_FAILURES. */
  failures?: number;
  /** Given up: nothing goes on by itself until a coordinator presses again. */
  stopped?: boolean;
}

export const MAX_FAILURES = 3;

const progressTag = (ss: Spreadsheet) => ss.createDeveloperMetadataFinder().withKey(PROGRESS_KEY).find()[0];

export function readSetupProgress(ss: Spreadsheet): SetupProgress | undefined {
  try {
    const v = progressTag(ss)?.getValue();
    return v ? (JSON.parse(v) as SetupProgress) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Kept on Cấu hình's first row (`on`), a location no edit lists: every edit lists the spreadsheet's
 * and role sheets' own metadata (summary/sheets, setup/tracking), and a setup's record should not add to that.
 */
export function writeSetupProgress(ss: Spreadsheet, p: SetupProgress, on?: GoogleAppsScript.Spreadsheet.Sheet): void {
  const json = JSON.stringify(p);
  const tag = progressTag(ss);
  if (tag) tag.setValue(json);
  else (on ? on.getRange('1:1') : ss).addDeveloperMetadata(PROGRESS_KEY, json);
}

export function pendingSetups(): string[] {
  try {
    const v = JSON.parse(PropertiesService.getUserProperties().getProperty(PENDING_KEY) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function savePending(ids: readonly string[]): void {
  const props = PropertiesService.getUserProperties();
  if (ids.length) props.setProperty(PENDING_KEY, JSON.stringify([...new Set(ids)]));
  else props.deleteProperty(PENDING_KEY);
}

/** The next part of `ss`'s setup runs by itself; one continuation trigger serves every pending file. */
export function continueLater(ss: Spreadsheet): void {
  savePending([...pendingSetups(), ss.getId()]);
  armContinuation();
}

/** The setup of file `id` is done (or given up): with nothing left, the continuation trigger goes and the hourly one comes back. */
export function settled(id: string): void {
  const left = pendingSetups().filter((x) => x !== id);
  savePending(left);
  if (!left.length) disarmContinuation();
}

/** Never two at once: an existing continuation (spent or not) is replaced, and the hourly trigger steps aside. */
export function armContinuation(): void {
  const mine = ScriptApp.getProjectTriggers();
  const hourly = mine.filter((t) => t.getHandlerFunction() === SCHEDULE_HANDLER);
  for (const t of mine) if (t.getHandlerFunction() === CONTINUE_HANDLER || t.getHandlerFunction() === SCHEDULE_HANDLER) ScriptApp.deleteTrigger(t);
  try {
    ScriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
  } catch (e) {
    if (hourly.length) ensureScheduleTrigger();
    throw e;
  }
}

export function disarmContinuation(): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  if (Object.keys(loadRegistry()).length) ensureScheduleTrigger();
}
