/**
 * Sheets API write quota: 60 write requests per minute per user and 300 per minute per project
 * (developers.google.com/workspace/sheets/api/limits: "Write requests | Per minute per project 300 |
 * Per minute per user per project 60"). Past either the API answers HTTP 429 and the request is not
 * applied ("If you exceed a quota, you'll get a 429: Too many requests HTTP status code error
 * response"). One batchUpdate is one request whatever it holds. A sliding minute on the emulator's
 * clock; the project is every user of this emulator. The message text follows Google's
 * RESOURCE_EXHAUSTED wording for the metric, as public reports quote it (unverified word for word).
 */
import type { EmulatorContext } from '../context';

export const WRITES_PER_MINUTE_PER_USER = 60;
export const WRITES_PER_MINUTE_PER_PROJECT = 300;

const writes = new WeakMap<object, { at: number; user: string }[]>();

/** Records one write request now, or throws the 429 when it would exceed a quota. */
export function chargeWrite(ctx: EmulatorContext, method: string): void {
  const now = ctx.now();
  // The project: every file of this emulated Drive.
  const key: object = ctx.files ?? ctx.data;
  const recent = (writes.get(key) ?? []).filter((w) => w.at > now - 60_000);
  writes.set(key, recent);
  const user = ctx.effectiveUser;
  const mine = recent.filter((w) => w.user === user).length;
  const limit = mine >= WRITES_PER_MINUTE_PER_USER ? 'Write requests per minute per user'
    : recent.length >= WRITES_PER_MINUTE_PER_PROJECT ? 'Write requests per minute' : null;
  if (limit) {
    throw new Error(`GoogleJsonResponseException: API call to sheets.spreadsheets.${method} failed with error: `
      + `Quota exceeded for quota metric 'Write requests' and limit '${limit}' of service 'sheets.googleapis.com'. (HTTP 429)`);
  }
  recent.push({ at: now, user });
}
