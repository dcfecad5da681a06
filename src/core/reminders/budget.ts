/**
 * How much one execution of the reminder job may send. The platform stops nothing at 30 s for a
 * time-driven run (its limit is 6 min), but the office's target is ≤ 30 s per execution, and
 * MailApp.sendEmail is the slow part: 120 reminders ≈ 60 s. So one run sends at most
 * MAX_SENDS_PER_RUN unit reminders (most urgent first), logs the rest "Chờ lần chạy sau", and the
 * next hourly run of the same day continues.
 *
 * Two guards, because one of them cannot be tested: the send cap is derived from a modelled
 * cost per send (the emulator's clock does not move while the bundle runs), and a wall-clock
 * guard on Date.now() stops sending earlier when Google's servers are slower than modelled.
 */

/**
 * Modelled cost of one MailApp.sendEmail: the latency table's figure (src/local/bench/latency.ts),
 * itself UNMEASURED (an assumption of 0.5 s).
 */
export const SEND_COST_MS = 500;

/**
 * Sending time allowed per execution. At 300 units the rest of a run (Cấu hình, every unit tab
 * read in a few Sheets API requests, the log read and two log writes) models at ≈ 15 s, and the
 * very first run also creates and protects the log sheet (≈ 4 s): 8 s of sending keeps every
 * run at ≈ 27 s at most, under the 30 s target with room for slower reads (npm run bench).
 */
export const SEND_BUDGET_MS = 8_000;

/** Unit reminders one execution may send: 16. The day's digest (one more e-mail) rides along. */
export const MAX_SENDS_PER_RUN = Math.floor(SEND_BUDGET_MS / SEND_COST_MS);

/** Wall-clock budget of one execution, from the job's start to its last send. */
export const RUN_BUDGET_MS = 20_000;

/** Whether one more send, at its modelled cost, still ends inside the run's wall-clock budget. */
export function canSendMore(startMs: number, nowMs: number): boolean {
  return nowMs - startMs + SEND_COST_MS <= RUN_BUDGET_MS;
}
