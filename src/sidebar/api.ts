/**
 * The shapes of the server functions the sidebar calls (implemented in src/gas as top-level
 * functions of the bundle). Kept here so the browser code needs nothing from the server side.
 */

export interface CampaignSummary {
  id: string;
  year: number;
  title: string;
  /** How many units (đơn vị) the configuration lists. */
  units: number;
}

/** getSidebarState() and initCampaign() */
export interface SidebarState {
  user: string;
  isCoordinator: boolean;
  initialized: boolean;
  campaign?: CampaignSummary;
  /** Shown as is, e.g. the polite read-only note for a non-coordinator. */
  message?: string;
}

export type UnitTabStatus = 'created' | 'present' | 'renamed' | 'removed' | 'problem';

export interface UnitTabItem {
  unit: string;
  sheetName: string;
  sheetId?: number;
  status: UnitTabStatus;
  message: string;
}

/** setupUnitTabs(): one batch; the sidebar calls again while !finished. */
export interface SetupUnitTabsResult {
  finished: boolean;
  done: number;
  total: number;
  items: UnitTabItem[];
  /** A note about the whole run (e.g. why it stopped early). */
  message?: string;
}

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
