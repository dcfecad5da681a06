/**
 * The replies of the server functions the sidebar calls are typed by the server modules that
 * return them: `import type` vanishes from the build, so the browser code carries none of them.
 */
import type { SidebarState } from '../gas/state';
import type { SetupUnitTabsResult } from '../gas/setup/setup-unit-tabs';

export type { CampaignSummary, SidebarState } from '../gas/state';
export type { SetupUnitTabsResult, UnitTabItem, UnitTabStatus } from '../gas/setup/setup-unit-tabs';
export type { SetupProgress } from '../gas/schedule/setup-continuation';

/** Checks a reply before a view trusts it: a malformed one becomes a readable error, not a crash. */
export function ensure<T>(fnName: string, value: unknown, guard: (v: unknown) => v is T): T {
  if (!guard(value)) throw new Error(`Máy chủ trả về dữ liệu không hợp lệ (${fnName}).`);
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

export function isSidebarState(v: unknown): v is SidebarState {
  return isObject(v) && typeof v.isCoordinator === 'boolean' && typeof v.initialized === 'boolean'
    && (v.campaign === undefined || v.campaign === null || isObject(v.campaign));
}

export function isSetupResult(v: unknown): v is SetupUnitTabsResult {
  return isObject(v) && typeof v.finished === 'boolean' && typeof v.done === 'number'
    && typeof v.total === 'number' && Array.isArray(v.items);
}
