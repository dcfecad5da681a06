/**
 * What a hub edit must know around its one read (validation/edit-read), kept where that read sees
 * it: small spreadsheet-level developer-metadata tags, so the common edit reads no document
 * properties. Each tag is fixed-size (never a growing record: a location holds 30,000 characters),
 * and each has its own key because their writers do not exclude each other (a Cấu hình edit, a
 * refresh under the document lock, the hourly rebuild under the file's claim): one value holding
 * all three would lose one writer's change to another's read-modify-write.
 *
 * - CONFIG_TAG: the config version, a fresh UUID at every bump (campaign-cache). The edit cache
 *   keeps the version it read BEFORE Cấu hình, and the edit compares it with the tag its read
 *   brings; versions are compared with the tag only, never with a copy kept elsewhere (two bumps
 *   writing two places in a different order could leave the places agreeing on the older one).
 *   Two entries (two runs adding at once) read as their sorted values: any bump sets them all.
 * - SHEETS_TAG: the kept summary sheet ids (summary/sheet-ids). Entries that disagree read as none.
 * - PENDING_TAG: "some unit may be pending" (summary/lock). The pending units themselves stay one
 *   property each. The invariant: a pending property exists only while the flag is set, or while
 *   a run that cleared the flag has yet to read the properties. So markPending writes the
 *   property, then looks at the flag and adds an entry only where it saw none; a run may clear the
 *   flag only if it reads the properties afterwards and handles, or flags again, every pending
 *   unit it finds there (the rebuild with a document; an edit that refreshed the only pending
 *   unit, whose batchUpdate carries the clear, UNFLAG_REQUEST, and which reads them after it). A markPending
 *   racing a clear: an entry it saw either stays (the clear did not list it) or was removed after
 *   its look, so after its property, and the clear's read comes later still (seen); an entry it
 *   adds lands after the clear (kept) or before the clear's read (seen). The hourly rebuild (no
 *   document properties) never clears it. A flag left set costs the next edits one properties
 *   read, no more. The look bounds the entries (a location holds 30,000 characters): one, plus one
 *   per execution that looked in the same instant the flag was absent (30 at once per user, the
 *   edit trigger's coordinator), never one per deferred edit.
 * A file from before the tags has none: its edits read the properties as before and add them.
 */
import type { SummarySheetIds } from './summary/sheet-ids';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CONFIG_TAG = 'dvk.edit.config';
export const SHEETS_TAG = 'dvk.edit.sheets';
export const PENDING_TAG = 'dvk.edit.pending';

/** A spreadsheet-level entry (the layout's entries on a sheet carry `on`). */
interface Tag { key: string; value: string; on?: number }

export interface EditTags {
  /** 'tag …' (never equal to a version from the properties), or null: no tag. */
  version: string | null;
  /** null: no tag, or entries that disagree. */
  ids: SummarySheetIds | null;
  pending: boolean;
}

export function editTagsIn(metadata: readonly Tag[]): EditTags {
  const values = (key: string) => metadata.filter((m) => m.key === key && m.on === undefined).map((m) => m.value);
  const versions = values(CONFIG_TAG);
  const ids = [...new Set(values(SHEETS_TAG))];
  return { version: versions.length ? `tag ${versions.sort().join(' ')}` : null, ids: ids.length === 1 ? parseIds(ids[0]) : null, pending: values(PENDING_TAG).length > 0 };
}

/** The tags by SpreadsheetApp (one call), where no read brought them. */
export function readEditTags(ss: Spreadsheet): EditTags {
  return editTagsIn(ss.getDeveloperMetadata().map((m) => ({ key: m.getKey(), value: m.getValue() ?? '' })));
}

export function parseIds(json: string | undefined): SummarySheetIds | null {
  try {
    const v = JSON.parse(json ?? 'null') as Partial<SummarySheetIds> | null;
    if (!v || typeof v.summary !== 'number' || typeof v.models !== 'number') return null;
    return typeof v.replication === 'number' ? { summary: v.summary, models: v.models, replication: v.replication } : { summary: v.summary, models: v.models };
  } catch {
    return null; // a damaged value: the sheets are looked up again
  }
}

/** Every entry of `key` set to `value`, or one added (two calls). */
export function setTag(ss: Spreadsheet, key: string, value: string): void {
  const found = ss.getDeveloperMetadata().filter((m) => m.getKey() === key);
  if (found.length) found.forEach((m) => m.setValue(value));
  else ss.addDeveloperMetadata(key, value);
}

export function removeTag(ss: Spreadsheet, key: string): void {
  ss.getDeveloperMetadata().filter((m) => m.getKey() === key).forEach((m) => m.remove());
}

/**
 * The flag's entries taken away inside the edit's own batchUpdate (on-edit), instead of a look and
 * a remove each. Only sent where the edit's read showed the flag: a lookup that matches nothing
 * fails the whole request, and no one removes the flag meanwhile, as every clear holds the
 * document lock the edit holds from its read to its write. The key is the spreadsheet-level tag's
 * only (no sheet-level entry carries it).
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest
 */
export const UNFLAG_REQUEST: GoogleAppsScript.Sheets.Schema.Request = { deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataKey: PENDING_TAG } } } };

/** The pending flag, added only where no entry is (two calls; one when set): the bound above. */
export function flagPending(ss: Spreadsheet): void {
  if (!ss.getDeveloperMetadata().some((m) => m.getKey() === PENDING_TAG)) ss.addDeveloperMetadata(PENDING_TAG, '1');
}
