/**
 * One job at a time per spreadsheet, for the jobs a scheduled run and a person can both start
 * (Tổng hợp's rebuild, an edit's refresh, reminders).
 *
 * The script lock would serialise every campaign in the world: in a published add-on it is one
 * lock for all its users (developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()).
 * The document lock is per file but null where the hourly trigger runs, which has no containing
 * document (…#getDocumentLock()). So the file carries its own claim: a developer-metadata tag
 * holding the time it expires. With the Sheets API it is added, then checked in the read of the
 * file's layout the job needs anyway, and taken away in the job's last batchUpdate (three calls
 * in all, two of them the job's own); without it, checked and set while the script lock is held
 * for those calls only. A run elsewhere waits at most a claim's life, never for another file's job.
 * Where there is a document (sidebar, edit trigger) its document lock is taken first, as before.
 */
import { readLayout, type FileLayout } from '../setup/file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type ApiRequest = GoogleAppsScript.Sheets.Schema.Request;

export const CLAIM_KEY = 'dvk.claim';
/** Setup's own claim: a setup run and its continuation exclude each other, not the jobs above (edits go on during a setup). */
export const SETUP_CLAIM_KEY = 'dvk.claim.setup';
/** A claim outlives no execution (6 minutes at most, quotas page): a crashed run's claim lapses. */
const CLAIM_MS = 6 * 60_000;
const SET_WAIT_MS = 10_000;
const RETRY_MS = 1_000;

/**
 * What the job holding the claim is handed: the file's layout read while claiming (file-layout.ts,
 * the job's own first read), and the request that releases the claim, for the job to send with its
 * last batchUpdate (then `released()`), which saves a request of its own.
 */
export interface Claim {
  layout: FileLayout | null;
  release: ApiRequest | null;
  released(): void;
}

const isLive = (value: string, now: number) => Number(value.split(' ')[0]) > now;

/**
 * With the Sheets API, no lock: my entry is added first, then the file's layout read; any other
 * live entry there and mine is taken back, and I retry. Of two runs claiming at once, each reads
 * after its own write, so the later reader sees the other's entry: both may step back, never both
 * go on. Returns the claim, or null after `waitMs`.
 */
function claimByLayout(ss: Spreadsheet, waitMs: number, key: string, withProtections: boolean): { layout: FileLayout; mine: ApiRequest; stale: ApiRequest[]; token: string } | null | 'no-api' {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const token = `${Date.now() + CLAIM_MS} ${Math.random().toString(36).slice(2)}`;
    ss.addDeveloperMetadata(key, token);
    const layout = readLayout(ss, withProtections);
    if (!layout) {
      removeClaims(ss, key, (v) => v === token);
      return 'no-api';
    }
    const now = Date.now();
    const claims = layout.metadata.filter((m) => m.key === key && m.on === undefined);
    const remove = (id: number): ApiRequest => ({ deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: id } } } });
    const mine = claims.find((m) => m.value === token);
    // Entries of runs that died go too, though never in the job's own request: another run may remove them first.
    const stale = claims.filter((m) => !isLive(m.value, now)).map((m) => remove(m.id));
    if (mine && !claims.some((m) => m.value !== token && isLive(m.value, now))) return { layout, mine: remove(mine.id), stale, token };
    release(ss, [...(mine ? [remove(mine.id)] : []), ...stale], token, key);
    if (Date.now() + RETRY_MS > deadline) return null;
    Utilities.sleep(RETRY_MS + Math.floor(Math.random() * RETRY_MS));
  }
}

/** One batchUpdate; should it fail, my entry goes the SpreadsheetApp way (the others lapse anyway). */
function release(ss: Spreadsheet, requests: ApiRequest[], token: string | null, key: string): void {
  try {
    if (requests.length) Sheets!.Spreadsheets.batchUpdate({ requests }, ss.getId());
  } catch {
    if (token) removeClaims(ss, key, (v) => v === token);
  }
}

function removeClaims(ss: Spreadsheet, key: string, which: (value: string) => boolean): void {
  for (const m of ss.createDeveloperMetadataFinder().withKey(key).find()) if (which(String(m.getValue()))) m.remove();
}

/** Without the Sheets API: the claim checked and set while the script lock is held for those calls only. */
function claimByLock(ss: Spreadsheet, waitMs: number, key: string): string | null {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = LockService.getScriptLock();
    if (!lock.tryLock(Math.max(0, Math.min(SET_WAIT_MS, deadline - Date.now())))) return null;
    let token: string | null = null;
    try {
      const now = Date.now();
      const claims = ss.createDeveloperMetadataFinder().withKey(key).find();
      if (!claimHeld(claims.map((m) => m.getValue()), now)) {
        claims.forEach((m) => m.remove());
        token = `${now + CLAIM_MS} ${Math.random().toString(36).slice(2)}`;
        ss.addDeveloperMetadata(key, token);
      }
    } finally {
      lock.releaseLock();
    }
    if (token) return token;
    if (Date.now() + RETRY_MS > deadline) return null;
    Utilities.sleep(RETRY_MS);
  }
}

/** Whether any of these dvk.claim values is still running at `now` (a value starts with its expiry). */
export function claimHeld(values: readonly (string | null)[], now: number): boolean {
  return values.some((v) => isLive(String(v), now));
}

/** Whether another run holds this file's claim now (one metadata read). */
export function fileClaimed(ss: Spreadsheet): boolean {
  return claimHeld(ss.createDeveloperMetadataFinder().withKey(CLAIM_KEY).find().map((m) => m.getValue()), Date.now());
}

const hasSheetsApi = () => typeof Sheets !== 'undefined' && typeof Sheets?.Spreadsheets?.get === 'function';

/**
 * Runs `run` holding this file's claim (and its document lock where there is one); `{ ok: false }` when busy.
 * `withProtections`: the claim's layout read lists the protections too (setup plans its editor changes from them).
 */
export function withDocumentClaim<T>(ss: Spreadsheet, waitMs: number, run: (claim: Claim) => T, key = CLAIM_KEY, withProtections = false): { ok: true; value: T } | { ok: false } {
  const doc = LockService.getDocumentLock();
  if (doc && !doc.tryLock(waitMs)) return { ok: false };
  try {
    const claim = hasSheetsApi() ? claimByLayout(ss, waitMs, key, withProtections) : 'no-api';
    if (!claim) return { ok: false };
    if (claim !== 'no-api') {
      let open = true;
      const handed: Claim = { layout: claim.layout, release: claim.mine, released: () => { open = false; } };
      try {
        return { ok: true, value: run(handed) };
      } finally {
        SpreadsheetApp.flush();
        if (open) release(ss, [claim.mine, ...claim.stale], claim.token, key);
        else release(ss, claim.stale, null, key);
      }
    }
    const token = claimByLock(ss, waitMs, key);
    if (!token) return { ok: false };
    try {
      return { ok: true, value: run({ layout: null, release: null, released: () => undefined }) };
    } finally {
      SpreadsheetApp.flush();
      removeClaims(ss, key, (v) => v === token);
    }
  } finally {
    doc?.releaseLock();
  }
}
