/**
 * continueSetup(): the one-off trigger's handler (./setup-continuation). It runs as the coordinator
 * who pressed, with no document: each pending file is opened by id and given its next part. A
 * file busy with a part started elsewhere (an open sidebar) waits for the next trigger; one that
 * fails MAX_FAILURES times in a row is given up, its error left for the sidebar.
 */
import { RunBudget } from '../setup/budget';
import { setupPart } from '../setup/setup-unit-tabs';
import { armContinuation, disarmContinuation, MAX_FAILURES, pendingSetups, readSetupProgress, settled, writeSetupProgress } from './setup-continuation';
import { CONTINUE_HANDLER } from './trigger';

/** A part started from the sidebar may hold the claim for its whole budget: waiting longer than this only wastes the run. */
const TRIGGER_WAIT_MS = 30_000;

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function continueSetup(): void {
  const budget = new RunBudget(Date.now());
  // Itself first: a fired one-off trigger stays listed until deleted, and an add-on user has one time-driven trigger.
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === CONTINUE_HANDLER) ScriptApp.deleteTrigger(t);
  try {
    for (const id of pendingSetups()) {
      let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | undefined;
      try {
        ss = SpreadsheetApp.openById(id);
        setupPart(ss, budget, TRIGGER_WAIT_MS);
      } catch (e) {
        console.error(`Dân vận khéo: tạo trang tính đơn vị của bảng tính ${id} lỗi: ${message(e)}`);
        // No access any more, or the file is gone: nothing to record it in.
        if (!ss) {
          settled(id);
          continue;
        }
        const last = readSetupProgress(ss);
        const failures = (last?.failures ?? 0) + 1;
        const stopped = failures >= MAX_FAILURES;
        writeSetupProgress(ss, { done: last?.done ?? 0, total: last?.total ?? 0, finished: false, at: new Date().toISOString(), error: message(e), failures, ...(stopped ? { stopped } : {}) });
        if (stopped) settled(id);
      }
    }
  } finally {
    // Whatever happened above: a pending file keeps exactly one continuation, none left puts the hourly trigger back.
    const mine = ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === CONTINUE_HANDLER);
    if (pendingSetups().length) {
      if (!mine) armContinuation();
    } else disarmContinuation();
  }
}
