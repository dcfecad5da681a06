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
}
