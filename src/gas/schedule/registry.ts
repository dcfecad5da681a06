/**
 * This user's scheduled spreadsheets: one user property holding spreadsheet id → which jobs run
 * there. A time-driven add-on trigger belongs to the script and user, not to a document, so the
 * one hourly trigger learns from here which files to open by id
 * (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).
 * One JSON value (9 KB a property) holds some 60 spreadsheets, far more than one office runs.
 */
export const REGISTRY_KEY = 'dvk.schedule';

export type Job = 'summary' | 'reminders';

export interface LastScheduledRun {
  /** ISO time. */
  at: string;
  ok: boolean;
  /** Vietnamese, for the sidebar. */
  message: string;
}

export interface RegistryEntry {
  summary: boolean;
  reminders: boolean;
  last?: LastScheduledRun;
}

export type Registry = Record<string, RegistryEntry>;

export function loadRegistry(): Registry {
  try {
    const v = JSON.parse(PropertiesService.getUserProperties().getProperty(REGISTRY_KEY) ?? '{}');
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch {
    return {};
  }
}

export function saveRegistry(r: Registry): void {
  const props = PropertiesService.getUserProperties();
  if (Object.keys(r).length) props.setProperty(REGISTRY_KEY, JSON.stringify(r));
  else props.deleteProperty(REGISTRY_KEY);
}

/** The registry with `job` turned on or off for `id`; a spreadsheet with no job left is dropped. */
export function withJob(r: Registry, id: string, job: Job, on: boolean): Registry {
  const entry: RegistryEntry = { ...(r[id] ?? { summary: false, reminders: false }), [job]: on };
  const next = { ...r, [id]: entry };
  if (!entry.summary && !entry.reminders) delete next[id];
  return next;
}
