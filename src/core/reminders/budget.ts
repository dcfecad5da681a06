/**
 * How much one execution of the reminder job may send. A time-driven run stops at 6 min; the job
 * keeps ≥ 3× headroom under it (≤ 120 s an execution) and sends every reminder of a big day in
 * its first run, so the last unit hears at the same hour as the first (an earlier ≤ 30 s target
 * spread 120 reminders over 8 hourly runs, the last ~7 hours late). MailApp.sendEmail is the slow
 * part: one run sends at most MAX_SENDS_PER_RUN unit reminders (most urgent first), logs any rest
 * "Chờ lần chạy sau", and the next hourly run of the same day continues.
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
 * Sending time allowed per execution. The rest of a run (Cấu hình, every unit tab read in a few
 * Sheets API requests, the log read and two log writes, the log sheet made on the first run)
 * models at ≈ 15–20 s at the largest campaign: 90 s of sending keeps a run ≤ 120 s (npm run bench),
 * 180 reminders, more than a day of 300 units with 30 % late (90) ever asks for.
 */
export const SEND_BUDGET_MS = 90_000;

/** Unit reminders one execution may send: 180. The day's digest (one more e-mail) rides along. */
export const MAX_SENDS_PER_RUN = Math.floor(SEND_BUDGET_MS / SEND_COST_MS);

/** Wall-clock budget of one execution, from the job's start to its last send: 3× under 6 min with the rest of the run. */
export const RUN_BUDGET_MS = 100_000;

/** Whether one more send, at its modelled cost, still ends inside the run's wall-clock budget. */
export function canSendMore(startMs: number, nowMs: number): boolean {
  return nowMs - startMs + SEND_COST_MS <= RUN_BUDGET_MS;
}
