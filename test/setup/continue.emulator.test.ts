/**
 * Setup in one press (issue 14): a setup its budget stopped goes on in one-off time-driven trigger
 * runs with the sidebar closed, through the built bundle on the emulator.
 * - A one-off trigger: ClockTriggerBuilder.after runs no sooner than the duration given
 *   (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)).
 * - An add-on user has one time-driven trigger, and at most 20 triggers per script
 *   (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions,
 *   https://developers.google.com/apps-script/guides/services/quotas), so the continuation stands in
 *   for the hourly trigger and each run replaces its predecessor.
 * - A time-driven add-on run has no document lock (…/lock/lock-service#getDocumentLock()): the
 *   setup claim keeps a sidebar and a trigger run from working at once.
 * With the Sheets API 192 tabs fit one press (scale.emulator.test.ts); these runs go without it, the
 * SpreadsheetApp fallback whose ≈ 4.5 s a tab needs several parts, as a campaign too big for one part does.
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { asUser, campaignWithUnits, OWNER, unitsFirstRow, type SetupResult } from './helpers';

const UNITS = 192;
const mine = (emu: Emulator) => emu.triggers.all.filter((t) => t.owner === OWNER && t.eventType === 'CLOCK');
const pending = (emu: Emulator) => emu.triggers.all.find((t) => t.handler === 'continueSetup' && t.nextRun !== undefined);
const unitTabs = (emu: Emulator) => emu.ctx.data.sheets.filter((s) => s.name.startsWith('Chi bộ Khu phố'));
const state = (emu: Emulator) => emu.bundle!.call('getSidebarState') as { setup?: { done: number; total: number; finished: boolean; error?: string; stopped?: boolean } };

/** Fires the continuation each time it is due, as Google would with the sidebar closed; returns how many runs. */
function runContinuations(emu: Emulator, max = 20): number {
  let runs = 0;
  for (let t = pending(emu); t && runs < max; t = pending(emu)) {
    emu.clock.set(t.nextRun!);
    const fired = emu.runDueTimeTriggers();
    for (const r of fired) if (r.error) throw r.error;
    runs++;
    // Never two at once: this user's one time-driven trigger, whatever the run did.
    expect(mine(emu).length).toBeLessThanOrEqual(1);
  }
  return runs;
}

function complete(emu: Emulator): void {
  const tabs = unitTabs(emu);
  expect(new Set(tabs.map((s) => s.name)).size).toBe(UNITS);
  expect(tabs).toHaveLength(UNITS);
  const synced = new Set(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.tab' && JSON.parse(m.value!).sync)
    .map((m) => (m.location as { sheetId: number }).sheetId));
  expect(tabs.every((s) => synced.has(s.id))).toBe(true);
}

it('one press sets up 192 units: the rest goes on in trigger runs, each deleting its predecessor, and the reopened sidebar shows the result', () => {
  const emu = campaignWithUnits(UNITS, UNITS, { sheetsApi: false });
  const first = emu.bundle!.call('setupUnitTabs') as SetupResult & { continuing?: boolean };
  expect(first).toMatchObject({ finished: false, continuing: true });
  expect(first.message).toContain('tự động chạy tiếp');
  expect(state(emu).setup).toMatchObject({ done: first.done, total: UNITS, finished: false });

  const runs = runContinuations(emu);
  expect(runs).toBeGreaterThanOrEqual(2);
  complete(emu);
  expect(mine(emu)).toEqual([]);
  expect(state(emu).setup).toMatchObject({ done: UNITS, total: UNITS, finished: true });
  expect(JSON.parse(emu.properties.user(OWNER).get('dvk.setup.pending') ?? '[]')).toEqual([]);
});

it('a sidebar left open and the trigger both run parts: nothing is made twice, and a part running elsewhere is reported, not repeated', () => {
  const emu = campaignWithUnits(UNITS, UNITS, { sheetsApi: false });
  emu.bundle!.call('setupUnitTabs');
  const second = emu.bundle!.call('setupUnitTabs') as SetupResult;
  expect(second.done).toBeGreaterThan(0);

  // A part holds the setup claim (a trigger run right now): the sidebar's call does nothing and says so.
  asUser(emu, OWNER, (ss) => ss.addDeveloperMetadata('dvk.claim.setup', `${emu.clock.now() + 300_000} other`));
  const tabsBefore = unitTabs(emu).length;
  const busy = emu.bundle!.call('setupUnitTabs') as SetupResult & { busy?: boolean };
  expect(busy).toMatchObject({ finished: false, busy: true, items: [] });
  expect(unitTabs(emu)).toHaveLength(tabsBefore);
  // The trigger finding it busy keeps its file pending and leaves exactly one successor.
  const t = pending(emu)!;
  emu.clock.set(t.nextRun!);
  emu.runDueTimeTriggers();
  expect(unitTabs(emu)).toHaveLength(tabsBefore);
  expect(mine(emu).map((x) => x.handler)).toEqual(['continueSetup']);

  emu.clock.advance(300_000);
  runContinuations(emu);
  complete(emu);
  expect(mine(emu)).toEqual([]);
});

it('while a setup goes on, the continuation stands in for the hourly trigger, which is back when the setup is done', () => {
  const emu = campaignWithUnits(UNITS, UNITS, { sheetsApi: false });
  emu.bundle!.call('enableSummaryAutoRefresh');
  expect(mine(emu).map((t) => t.handler)).toEqual(['runScheduledJobs']);
  emu.bundle!.call('setupUnitTabs');
  expect(mine(emu).map((t) => t.handler)).toEqual(['continueSetup']);
  runContinuations(emu);
  complete(emu);
  expect(mine(emu).map((t) => [t.handler, t.schedule?.everyHours])).toEqual([['runScheduledJobs', 1]]);
});

it('a continuation that keeps failing stops after three runs, and the sidebar shows where it stopped and why', () => {
  const emu = campaignWithUnits(UNITS, UNITS, { sheetsApi: false });
  const first = emu.bundle!.call('setupUnitTabs') as SetupResult;
  // Cấu hình made unreadable meanwhile (a unit of a type the campaign lacks): every part is refused.
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 2).setValue('khong-co-loai-nay'));
  expect(() => emu.bundle!.call('setupUnitTabs')).toThrow('Cấu hình có lỗi');
  const runs = runContinuations(emu);
  expect(runs).toBe(3);
  expect(mine(emu)).toEqual([]);
  const s = state(emu).setup!;
  expect(s).toMatchObject({ done: first.done, total: UNITS, finished: false, stopped: true });
  expect(s.error).toBeTruthy();
  expect(unitTabs(emu)).toHaveLength(first.done);
});
