/**
 * Turning a job on or off for one spreadsheet, for the current user: the registry entry plus the
 * single hourly trigger (made with the first job, deleted with the last).
 */
import { loadRegistry, saveRegistry, withJob, type Job, type RegistryEntry } from './registry';
import { ensureScheduleTrigger, myClockTriggers, removeScheduleTriggers } from './trigger';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type ScheduleChange = 'created' | 'present' | 'removed' | 'kept';

export function setScheduled(ss: Spreadsheet, job: Job, on: boolean): ScheduleChange {
  const next = withJob(loadRegistry(), ss.getId(), job, on);
  if (on) {
    // The trigger first: if ScriptApp refuses it, nothing claims the job is scheduled.
    const made = ensureScheduleTrigger();
    saveRegistry(next);
    return made;
  }
  saveRegistry(next);
  if (Object.keys(next).length) return 'kept';
  removeScheduleTriggers();
  return 'removed';
}

/** This user's entry for `ss`, if the hourly trigger that serves it exists (or a setup's continuation that will put it back). */
export function myScheduleFor(ss: Spreadsheet): RegistryEntry | undefined {
  const entry = loadRegistry()[ss.getId()];
  return entry && myClockTriggers().length > 0 ? entry : undefined;
}
