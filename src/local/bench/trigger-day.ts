/**
 * Triggers' total runtime in a day, against the quotas page's 90 min (consumer) and 6 h (Workspace)
 * (developers.google.com/apps-script/guides/services/quotas). Every edit's triggers (onEdit and the
 * coordinator's installable onEdit) and the hourly job run as triggers, all as one coordinator. A
 * realistic busy day: 2,000 unit edits, 24 hourly runs (Tổng hợp's rebuild; reminders on one of
 * them, the day's sending spread over its executions as measured). Edits are spread over the tabs
 * as they lie (past Số tab đơn vị tối đa mỗi tệp every tab is in a member workbook): a hub tab's
 * edit at the hub edit's cost, a member's at the member edit's, and each member's first edits after
 * its copy of the hub's campaign went stale at that dearer edit's cost (FIRST_EDITS_PER_MEMBER).
 * The per-edit figure is constant in the number of units (bench/call-counts test); the rebuild and the reminders grow with the units:
 * past the largest size measured (300 by default) they follow the line through the two
 * largest sizes (or, with one size, grow in proportion, which overstates them).
 */
import { LIMITS } from './latency';
import type { SizeModels } from './targets';

export const DAY = { edits: 2_000, hourlyRuns: 24 } as const;
export const WORKSPACE_TRIGGER_MS_PER_DAY = 6 * 60 * 60_000;
/**
 * A member keeps its copy of the hub's campaign in its document cache for up to 6 h
 * (campaign-cache CACHE_SECONDS): 4 stale a day, plus 2 changes of Cấu hình, each costing one
 * edit that reads the hub.
 */
export const FIRST_EDITS_PER_MEMBER = 6;

export interface TriggerDay {
  units: number;
  measuredAt: number;
  editMs: number;
  /** The day's edits in all, and how they were costed. */
  editsMs: number;
  editMix: string;
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
  const { editsMs, editMix } = editsOfDay(sizes, big);
  const rebuildMs = grow('summary', summary.modelledMs);
  const remindersMs = grow('reminders', reminders.modelledMs);
  return {
    units, measuredAt: big.units, editMs: edit.modelledMs, editsMs, editMix, rebuildMs, remindersMs,
    totalMs: editsMs + DAY.hourlyRuns * rebuildMs + remindersMs,
    consumerLimitMs: LIMITS.triggerMsPerDayConsumer, workspaceLimitMs: WORKSPACE_TRIGGER_MS_PER_DAY,
  };
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The day's edits at the largest size, by where the tabs lie. */
function editsOfDay(sizes: readonly SizeModels[], big: SizeModels): { editsMs: number; editMix: string } {
  const ok = (z: SizeModels, id: string) => z.scenarios.find((s) => s.id === id && !s.error);
  const edit = ok(big, 'edit')!;
  // A hub edit's cost: at this size, else at the largest size whose edited tab was in the hub.
  const hubEdit = edit.file !== 'member' ? edit
    : [...sizes].sort((a, b) => b.units - a.units).map((z) => ok(z, 'edit')).find((e) => e && e.file !== 'member');
  const memberEdit = edit.file === 'member' ? edit : undefined;
  const first = ok(big, 'edit-first');
  const share = big.memberTabs === undefined ? (edit.file === 'member' ? 1 : 0) : big.memberTabs / big.units;
  const inMembers = Math.round(DAY.edits * share);
  const inHub = DAY.edits - inMembers;
  const memberMs = (memberEdit ?? hubEdit ?? edit).modelledMs;
  const hubMs = (hubEdit ?? edit).modelledMs;
  const firsts = first ? Math.min(inMembers, FIRST_EDITS_PER_MEMBER * Math.max((big.files ?? 1) - 1, 0)) : 0;
  const editsMs = inHub * hubMs + (inMembers - firsts) * memberMs + firsts * (first?.modelledMs ?? memberMs);
  const parts = [
    ...(inHub ? [`${inHub} in the hub at ${sec(hubMs)}`] : []),
    ...(inMembers ? [`${inMembers} in member workbooks (${big.memberTabs ?? big.units} of ${big.units} tabs) at ${sec(memberMs)}${firsts ? `, ${firsts} of them a member's first since Cấu hình changed at ${sec(first!.modelledMs)}` : ''}`] : []),
  ];
  return { editsMs, editMix: parts.join(', ') };
}
