/**
 * Time left in this execution (6-minute limit). Sheets calls such as insertSheet, protect and
 * addEditors are unmeasured publicly; we assume ≈ 0.5 s each (shared/apps-script-facts.md) and
 * stop before the larger of real elapsed time and that estimate would pass the budget, so a run
 * ends early rather than being killed mid-tab, on Google and on the emulator's fake clock alike.
 */
/**
 * 2¾ of the 6 minutes: an execution stays within half the limit (issue 14: ≤ 180 s modelled), the
 * rest being margin for the unmeasured slow calls, the final flush and scheduling the continuation.
 */
export const RUN_BUDGET_MS = 165_000;

export const COST_MS = {
  /** getValues of Cấu hình, getSheets, the metadata finder, the two role protections. */
  start: 4_000,
  /** insertSheet, 2 metadata, unit name, protect, description, 3 editor changes: 9 slow calls. */
  create: 4_500,
  /** A tab made in a Sheets API batch (setup/tab-batch.ts): five sub-requests, ≈ 0.1 s each (UNMEASURED, as priced in the bench). */
  createInBatch: 500,
  /** Each such batch: the batchUpdate request itself, the flush before it, the read of the file's named ranges. */
  tabBatch: 1_500,
  /** A tab whose creation a previous run left unfinished: all but the copy. */
  finish: 4_000,
  /** New editors on a present tab: getEditors, add/remove, sync. */
  update: 2_000,
  /** The same in a Sheets API batch (setup-unit-tabs flushUpdates): updateProtectedRange and the retag, three sub-requests. */
  updateInBatch: 300,
  markRemoved: 500,
  /** Last year's models into a new tab (setup/carry-over.ts): one write, an insert where a section is short. */
  prefill: 1_000,
  /** A member workbook: create, hub reference, time zone, template copy, rename, delete, protect, 2 registry writes. */
  member: 7_000,
} as const;

export class RunBudget {
  private estimated = 0;

  constructor(
    private readonly startedAt: number,
    private readonly limitMs = RUN_BUDGET_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  spent(): number {
    return Math.max(this.now() - this.startedAt, this.estimated);
  }

  canAfford(costMs: number): boolean {
    return this.spent() + costMs <= this.limitMs;
  }

  charge(costMs: number): void {
    this.estimated += costMs;
  }
}
