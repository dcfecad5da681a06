/**
 * Live checking in member workbooks. An editor add-on can create triggers only for the file it is
 * used in (developers.google.com/workspace/add-ons/concepts/editor-triggers, Restrictions), so the
 * hub cannot install a member's edit trigger: the coordinator opens the add-on once in each member
 * ("Bật kiểm tra khi sửa"), which installs it there. Until then the hourly job checks that member's
 * tabs (one batched read and one batchUpdate per member) and the dashboard names it.
 */
import type { Campaign } from '../../core/campaign';
import { campaignTabs, type CampaignTab } from '../setup/campaign-tabs';
import { openedMembers } from '../setup/member-file';
import { EDIT_HANDLER } from './edit-trigger';
import { markTabs } from './check-units';
import { todayLocal } from './today';

import type { FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isEditTrigger = (t: GoogleAppsScript.Script.Trigger) => t.getHandlerFunction() === EDIT_HANDLER && String(t.getEventType()) === String(ScriptApp.EventType.ON_EDIT);

/** Whether the running user has this add-on's edit trigger in `ss` (triggers are per user and file). */
export function hasEditTrigger(ss: Spreadsheet): boolean {
  return ScriptApp.getUserTriggers(ss).some(isEditTrigger);
}

/**
 * The ids of the files where the running user has this add-on's edit trigger, from one
 * getProjectTriggers (all of this user's triggers of the project, each naming its spreadsheet:
 * reference/script/trigger#getTriggerSourceId()), where getUserTriggers would be a call per member.
 */
function filesWithEditTrigger(): Set<string> {
  return new Set(ScriptApp.getProjectTriggers().filter(isEditTrigger).map((t) => t.getTriggerSourceId()));
}

export interface MemberLive { name: string; url: string; live: boolean; problem?: string }

/**
 * Each member: live checking on (an edit trigger of this user) or not, or why it cannot be opened.
 * `layout`: the hub's, as this run read it (with the members it opened and their layouts).
 */
export function memberStatus(hub: Spreadsheet, c: Campaign, layout?: FileLayout | null): { members: MemberLive[]; unwatched: Set<Spreadsheet>; tabs: ReturnType<typeof campaignTabs> } {
  const tabs = campaignTabs(hub, c, [], false, layout);
  const files = new Map<Spreadsheet, CampaignTab>();
  for (const t of tabs.byUnit.values()) if (t.ss !== hub && !files.has(t.ss)) files.set(t.ss, t);
  const unwatched = new Set<Spreadsheet>();
  const members: MemberLive[] = [];
  const watched = files.size ? filesWithEditTrigger() : new Set<string>();
  for (const [ss, t] of files) {
    const live = watched.has(ss.getId());
    if (!live) unwatched.add(ss);
    members.push({ name: t.file!, url: t.url!, live });
  }
  for (const m of tabs.lost) members.push({ name: m.name, url: m.url, live: false, problem: m.problem });
  return { members, unwatched, tabs };
}

/** The hourly job's part: checks and marks the tabs of members with no live checking. */
export function checkUnwatchedMembers(hub: Spreadsheet, c: Campaign, layout?: FileLayout | null): MemberLive[] {
  const { members, unwatched, tabs } = memberStatus(hub, c, layout);
  if (unwatched.size) {
    markTabs(c, todayLocal(c.timeZone), c.units.flatMap((u) => { const t = tabs.byUnit.get(u.name); return t && unwatched.has(t.ss) ? [{ u, t }] : []; }));
  }
  return members;
}

/** For the dashboard: each recorded member, live or not, without reading any tab (a few calls a member). */
export function liveOfMembers(hub: Spreadsheet, layout?: FileLayout | null): MemberLive[] {
  const opened = openedMembers(hub, layout);
  const watched = opened.some((m) => m.ss) ? filesWithEditTrigger() : new Set<string>();
  return opened.map((m) => ({ name: m.record.name, url: m.record.url, live: Boolean(m.ss && watched.has(m.record.id)), ...(m.ss ? {} : { problem: m.problem }) }));
}
