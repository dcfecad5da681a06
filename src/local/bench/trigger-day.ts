/**
 * Triggers' total runtime in a day, against the quotas page's 90 min (consumer) and 6 h (Workspace)
 * (developers.google.com/apps-script/guides/services/quotas). Every edit's triggers (onEdit and the
 * coordinator's installable onEdit) and the hourly job run as triggers, all as one coordinator. A
 * realistic busy day: 2,000 unit edits, 24 hourly runs (Tổng hợp's rebuild; reminders on one of
 * them, the day's sending spread over its executions as measured). The per-edit figure is constant
 * in the number of units (bench/call-counts test); the rebuild and the reminders grow with the units:
 * past the largest size measured (300 by default) they follow the line through the two
 * largest sizes (or, with one size, grow in proportion, which overstates them).
 */
import { LIMITS } from './latency';
import type { SizeModels } from './targets';

export const DAY = { edits: 2_000, hourlyRuns: 24 } as const;
export const WORKSPACE_TRIGGER_MS_PER_DAY = 6 * 60 * 60_000;

export interface TriggerDay {
  units: number;
  measuredAt: number;
  editMs: number;
  rebuildMs: number;
  remindersMs: number;
  totalMs: number;
  consumerLimitMs: number;
  workspaceLimitMs: number;
}

export function triggerDay(sizes: readonly SizeModels[], units: number): TriggerDay | undefined {
  const big = sizes.reduce((a, b) => (b.units > a.units ? b : a), sizes[0]);
  const at = (id: string) => big?.scenarios.find((s) => s.id === id && !s.error);
  const edit = at('edit');
  const summary = at('summary');
  const reminders = at('reminders');
  if (!big || !edit || !summary || !reminders) return undefined;
  const next = sizes.filter((s) => s.units < big.units).reduce<SizeModels | undefined>((a, b) => (!a || b.units > a.units ? b : a), undefined);
  const grow = (id: string, ms: number) => {
    if (units <= big.units) return ms;
    const before = next?.scenarios.find((s) => s.id === id && !s.error)?.modelledMs;
    return before === undefined ? (ms * units) / big.units : ms + ((ms - before) / (big.units - next!.units)) * (units - big.units);
  };
  const editMs = edit.modelledMs;
  const rebuildMs = grow('summary', summary.modelledMs);
  const remindersMs = grow('reminders', reminders.modelledMs);
  return {
    units, measuredAt: big.units, editMs, rebuildMs, remindersMs,
    totalMs: DAY.edits * editMs + DAY.hourlyRuns * rebuildMs + remindersMs,
    consumerLimitMs: LIMITS.triggerMsPerDayConsumer, workspaceLimitMs: WORKSPACE_TRIGGER_MS_PER_DAY,
  };
}
