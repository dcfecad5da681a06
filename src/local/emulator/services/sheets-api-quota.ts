/**
 * Sheets API request quotas (developers.google.com/workspace/sheets/api/limits, "Usage limits"):
 * "Read requests | Per minute per project 300 | Per minute per user per project 60" and the same
 * figures for write requests. "Read requests are calls to any method that retrieves data from a
 * spreadsheet, such as get or search" (values.batchGet, get, getByDataFilter here); write requests
 * change it (batchUpdate). Past either figure the API answers HTTP 429 and the request is neither
 * applied nor answered ("If you exceed a quota, you'll get a 429: Too many requests HTTP status code
 * error response ... After 1 minute, you can execute requests again"). One batchUpdate or batchGet
 * is one request whatever it holds. Reads and writes are counted apart. A sliding minute on the
 * emulator's clock; the project is every user of this emulated Drive. The message text follows
 * Google's RESOURCE_EXHAUSTED wording for the metric, as public reports quote it (unverified word
 * for word).
 */
import type { EmulatorContext } from '../context';

export const WRITES_PER_MINUTE_PER_USER = 60;
export const WRITES_PER_MINUTE_PER_PROJECT = 300;
export const READS_PER_MINUTE_PER_USER = 60;
export const READS_PER_MINUTE_PER_PROJECT = 300;

type Kind = 'Read' | 'Write';
const LIMITS: Record<Kind, { user: number; project: number }> = {
  Read: { user: READS_PER_MINUTE_PER_USER, project: READS_PER_MINUTE_PER_PROJECT },
  Write: { user: WRITES_PER_MINUTE_PER_USER, project: WRITES_PER_MINUTE_PER_PROJECT },
};

const requests: Record<Kind, WeakMap<object, { at: number; user: string }[]>> = { Read: new WeakMap(), Write: new WeakMap() };

/** Records one request of `kind` now, or throws the 429 when it would exceed a quota. */
function charge(ctx: EmulatorContext, kind: Kind, method: string): void {
  const now = ctx.now();
  // The project: every file of this emulated Drive.
  const key: object = ctx.files ?? ctx.data;
  // A clock a test set back forgets what it has not reached yet.
  const recent = (requests[kind].get(key) ?? []).filter((w) => w.at > now - 60_000 && w.at <= now);
  requests[kind].set(key, recent);
  const user = ctx.effectiveUser;
  const mine = recent.filter((w) => w.user === user).length;
  const limit = mine >= LIMITS[kind].user ? `${kind} requests per minute per user`
    : recent.length >= LIMITS[kind].project ? `${kind} requests per minute` : null;
  if (limit) {
    throw new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.${method} failed with error: `
      + `Quota exceeded for quota metric '${kind} requests' and limit '${limit}' of service 'sheets.googleapis.com'. (HTTP 429)`);
  }
  recent.push({ at: now, user });
}

/** One write request (batchUpdate). */
export function chargeWrite(ctx: EmulatorContext, method: string): void {
  charge(ctx, 'Write', method);
}

/** One read request (values.batchGet, get, getByDataFilter). */
export function chargeRead(ctx: EmulatorContext, method: string): void {
  charge(ctx, 'Read', method);
}
