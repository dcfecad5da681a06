/**
 * One job at a time per spreadsheet, for the jobs a scheduled run and a person can both start
 * (Tổng hợp's rebuild, an edit's refresh, reminders).
 *
 * The script lock would serialise every campaign in the world: in a published add-on it is one
 * lock for all its users (developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()).
 * The document lock is per file but null where the hourly trigger runs, which has no containing
 * document (…#getDocumentLock()). So the file carries its own claim: a developer-metadata tag
 * holding the time it expires, checked and set while the script lock is held for those two calls
 * only; a run elsewhere waits at most that long, never for another file's job. Where there is a
 * document (sidebar, edit trigger) its document lock is taken first, as before.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CLAIM_KEY = 'dvk.claim';
/** Setup's own claim: a setup run and its continuation exclude each other, not the jobs above (edits go on during a setup). */
export const SETUP_CLAIM_KEY = 'dvk.claim.setup';
/** A claim outlives no execution (6 minutes at most, quotas page): a crashed run's claim lapses. */
const CLAIM_MS = 6 * 60_000;
const SET_WAIT_MS = 10_000;
const RETRY_MS = 1_000;

/** Takes this file's claim, waiting up to `waitMs`; returns the token to release it with, or null. */
function claim(ss: Spreadsheet, waitMs: number, key: string): string | null {
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
  return values.some((v) => Number(String(v).split(' ')[0]) > now);
}

/** Whether another run holds this file's claim now (one metadata read). */
export function fileClaimed(ss: Spreadsheet): boolean {
  return claimHeld(ss.createDeveloperMetadataFinder().withKey(CLAIM_KEY).find().map((m) => m.getValue()), Date.now());
}

function release(ss: Spreadsheet, token: string, key: string): void {
  for (const m of ss.createDeveloperMetadataFinder().withKey(key).withValue(token).find()) m.remove();
}

/** Runs `run` holding this file's claim (and its document lock where there is one); `{ ok: false }` when busy. */
export function withDocumentClaim<T>(ss: Spreadsheet, waitMs: number, run: () => T, key = CLAIM_KEY): { ok: true; value: T } | { ok: false } {
  const doc = LockService.getDocumentLock();
  if (doc && !doc.tryLock(waitMs)) return { ok: false };
  try {
    const token = claim(ss, waitMs, key);
    if (!token) return { ok: false };
    try {
      return { ok: true, value: run() };
    } finally {
      SpreadsheetApp.flush();
      release(ss, token, key);
    }
  } finally {
    doc?.releaseLock();
  }
}
