/**
 * A Sheets API read past its per-minute quota (60 read requests a minute per user, 300 per project)
 * gets HTTP 429 and no answer; the limits page asks for exponential back-off and says the quota
 * refills within the minute (developers.google.com/workspace/sheets/api/limits, "Usage limits" and
 * its "exponential backoff algorithm": wait 1, 2, 4 … seconds plus up to 1 s of random jitter).
 * A read changes nothing, so asking again is always safe. The waits stop once they add up to a
 * minute, the quota's whole window; then the error goes to the caller, which reads the slow way
 * (SpreadsheetApp). Any other error is not retried.
 */
const QUOTA = /HTTP 429|RESOURCE_EXHAUSTED|Quota exceeded|Too many requests/i;
/** 1 + 2 + 4 + 8 + 16 + 32 s of back-off, jitter aside: past one whole quota minute. */
const MAX_WAIT_MS = 64_000;

export function withReadBackoff<T>(read: () => T, maxWaitMs = MAX_WAIT_MS): T {
  for (let waited = 0, step = 1000; ; step *= 2) {
    try {
      return read();
    } catch (e) {
      if (!QUOTA.test(String(e instanceof Error ? e.message : e)) || waited >= maxWaitMs) throw e;
      const ms = Math.min(step + Math.floor(Math.random() * 1000), maxWaitMs - waited);
      Utilities.sleep(ms);
      waited += ms;
    }
  }
}
