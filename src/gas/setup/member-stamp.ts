/**
 * Members cache their hub's campaign (campaign-cache) and check it against the stamp the hub leaves
 * in their spreadsheet metadata (HUB_CONFIG_KEY), which a member's edit read brings anyway. Whenever
 * the hub bumps its config version it stamps every recorded member with it, and so does every setup
 * run, so each member's next edit reads Cấu hình again. A member that cannot be opened keeps its copy until the cache entry
 * expires (CACHE_SECONDS), as a change the edit trigger never saw does in the hub.
 */
import { bumpConfigVersion } from '../campaign-cache';
import { readMembers } from './member-registry';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** On a member: the hub's config version when the hub last changed Cấu hình. */
export const HUB_CONFIG_KEY = 'dvk.hub.config';

/** Cấu hình of `hub` changed (an edit of it, Khởi tạo writing it): the hub's next edit and every member's read it again. */
export function configChanged(hub: Spreadsheet): void {
  stampMembers(hub, bumpConfigVersion(hub));
}

/** Writes `version` as each member's hub stamp (a few calls a member; only when Cấu hình changes). */
export function stampMembers(hub: Spreadsheet, version: string): void {
  for (const m of readMembers(hub).members) {
    if (!m.id) continue;
    try {
      stampMember(SpreadsheetApp.openById(m.id), version);
    } catch (e) {
      console.warn(`member ${m.name}: hub stamp not written (${e instanceof Error ? e.message : String(e)})`);
    }
  }
}

/**
 * Setup reads Cấu hình afresh: it bumps the hub's version and returns the stamp to leave on the
 * members it opens, so a change the edit trigger never saw (written by a script, or while no
 * trigger was installed) reaches every edit after a setup.
 * At every press, even when Cấu hình reads as at the last one: a digest of what setup saw, kept in
 * the tag, would say nothing of what the caches hold under that version. Changes the edit trigger
 * never sees can go there and back between two presses (a row deleted then restored is a change
 * event, not an edit; a script's or the API's writes fire no trigger), and an edit in between
 * caches the middle content; setup cannot look into the members' caches. Skipping the bump safely
 * needs each cached campaign to carry the digest of what it read and be served only while that
 * equals the tag's. https://developers.google.com/apps-script/guides/triggers/events (Change:
 * changeType INSERT_ROW, REMOVE_ROW, …)
 */
export function setupStamp(hub: Spreadsheet): string {
  return bumpConfigVersion(hub);
}

/** One member's stamp: its tag updated, or added. */
export function stampMember(member: Spreadsheet, version: string): void {
  const tag = member.getDeveloperMetadata().find((d) => d.getKey() === HUB_CONFIG_KEY);
  if (tag) tag.setValue(version);
  else member.addDeveloperMetadata(HUB_CONFIG_KEY, version);
}
