/**
 * LockService contention and ScriptApp triggers, at the service level (the Emulator's execution
 * model on top of them is in services-emulator.test.ts).
 * https://developers.google.com/apps-script/reference/lock/lock
 * https://developers.google.com/apps-script/reference/lock/lock-service
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/guides/triggers/installable
 * https://developers.google.com/apps-script/guides/services/quotas (20 triggers per user per script)
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer) (a one-off
 *   trigger runs no sooner than the duration given; its parameter is an Integer)
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions (add-ons: one trigger
 *   of each type per user per document; time-driven ones at most once per hour. Google documents no error
 *   text for these refusals, so the emulator's wording is its own: ADDON_*_ERROR.)
 */
import { FakeClock } from '../../src/local/emulator/clock';
import { CallCounter, type EmulatorContext } from '../../src/local/emulator/context';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { LockTable, createLockService } from '../../src/local/emulator/services/lock';
import { ADDON_CLOCK_LIMIT_ERROR, ADDON_FREQUENCY_ERROR, ADDON_SAME_TYPE_ERROR, TriggerStore, createScriptApp } from '../../src/local/emulator/services/script-app';

/** `addon: false` is a plain script project (no add-on trigger restrictions). */
function setup(opts: { addon?: boolean } = {}) {
  const clock = new FakeClock('2021-05-17T10:00:00+07:00');
  const ctx: EmulatorContext = {
    data: newSpreadsheetData({ owner: 'bdv@quan3.vn', id: 'sheet-q3' }), now: () => clock.now(), activeUser: 'bdv@quan3.vn',
    effectiveUser: 'bdv@quan3.vn', authMode: 'FULL', calls: new CallCounter(), addon: opts.addon ?? true,
  };
  const table = new LockTable();
  let execution = 1;
  const locks = createLockService({ ctx, clock, table, execution: () => execution });
  const store = new TriggerStore();
  const scriptApp = createScriptApp({ ctx, store, scriptId: 'script-1', timeZone: 'Asia/Ho_Chi_Minh' });
  return { clock, ctx, table, locks, store, scriptApp, setExecution: (n: number) => { execution = n; } };
}

describe('LockService', () => {
  test('a free lock is taken at once; hasLock follows tryLock and releaseLock', () => {
    const { locks, clock, ctx } = setup();
    const lock = locks.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    const t0 = clock.now();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(clock.now()).toBe(t0);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ctx.calls.snapshot()).toMatchObject({ 'LockService.getDocumentLock': 1, 'Lock.tryLock': 1, 'Lock.releaseLock': 1 });
  });

  test('held by another execution until t: tryLock succeeds if t comes within the timeout, after waiting until t', () => {
    const { locks, clock, table, ctx } = setup();
    table.hold(LockTable.key('document', '', ctx.data.id), clock.now() + 4_000);
    const t0 = clock.now();
    expect(locks.getDocumentLock().tryLock(5_000)).toBe(true);
    expect(clock.now() - t0).toBe(4_000);
  });

  test('held too long: tryLock returns false after the whole timeout; waitLock throws', () => {
    const { locks, clock, table, ctx } = setup();
    table.hold(LockTable.key('document', '', ctx.data.id), clock.now() + 60_000);
    const t0 = clock.now();
    const lock = locks.getDocumentLock();
    expect(lock.tryLock(10_000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(clock.now() - t0).toBe(10_000);
    expect(() => lock.waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(clock.now() - t0).toBe(20_000);
  });

  test('document, script and user locks are independent; user locks are per user', () => {
    const { locks, clock, table, ctx } = setup();
    table.hold('script', clock.now() + 60_000);
    table.hold(LockTable.key('user', 'p1@quan3.vn'), clock.now() + 60_000);
    expect(locks.getDocumentLock().tryLock(0)).toBe(true);
    expect(locks.getUserLock().tryLock(0)).toBe(true);
    expect(locks.getScriptLock().tryLock(0)).toBe(false);
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(locks.getUserLock().tryLock(0)).toBe(false);
  });

  test('a lock held by an execution blocks the next one until released', () => {
    const { locks, table, setExecution } = setup();
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
    setExecution(2);
    expect(locks.getScriptLock().tryLock(0)).toBe(false);
    table.releaseExecution(1);
    expect(locks.getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('ScriptApp triggers', () => {
  test('a daily clock trigger at 8 o\'clock: its fields, and its first run the next 08:00 in the time zone', () => {
    const { scriptApp, store, ctx } = setup();
    const t = scriptApp.newTrigger('sendReminders').timeBased().atHour(8).nearMinute(0).everyDays(1)
      .inTimezone('Asia/Ho_Chi_Minh').create();
    expect(t.getHandlerFunction()).toBe('sendReminders');
    expect(t.getEventType()).toBe(scriptApp.EventType.CLOCK);
    expect(t.getTriggerSource()).toBe(scriptApp.TriggerSource.CLOCK);
    expect(t.getUniqueId()).toMatch(/^\d+$/);
    // Created 10:00 on 17/05: today's 08:00 has passed, so 08:00 on 18/05.
    expect(new Date(store.all[0].nextRun!).toISOString()).toBe('2021-05-18T01:00:00.000Z');
    expect(store.all[0].owner).toBe(ctx.effectiveUser);
  });

  test('after a run a daily trigger moves to the same hour n days later; everyHours moves by hours', () => {
    const { scriptApp, store, clock } = setup({ addon: false });
    scriptApp.newTrigger('daily').timeBased().atHour(8).everyDays(2).create();
    scriptApp.newTrigger('hourly').timeBased().everyHours(6).create();
    clock.set('2021-05-17T16:00:00+07:00');
    const hourly = store.due(clock.now());
    expect(hourly.map((t) => t.handler)).toEqual(['hourly']);
    store.advance(hourly[0], clock.now());
    expect(new Date(hourly[0].nextRun!).toISOString()).toBe('2021-05-17T15:00:00.000Z');
    clock.set('2021-05-18T08:00:00+07:00');
    const daily = store.due(clock.now()).find((t) => t.handler === 'daily')!;
    store.advance(daily, clock.now());
    expect(new Date(daily.nextRun!).toISOString()).toBe('2021-05-20T01:00:00.000Z');
  });

  test('a spreadsheet edit trigger records the spreadsheet id; getUserTriggers lists it for that file', () => {
    const { scriptApp, ctx } = setup();
    const t = scriptApp.newTrigger('onEditInstalled').forSpreadsheet('sheet-q3').onEdit().create();
    expect(t.getEventType()).toBe(scriptApp.EventType.ON_EDIT);
    expect(t.getTriggerSource()).toBe(scriptApp.TriggerSource.SPREADSHEETS);
    expect(t.getTriggerSourceId()).toBe('sheet-q3');
    const ss = { getId: () => ctx.data.id } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(scriptApp.getUserTriggers(ss).map((x) => x.getHandlerFunction())).toEqual(['onEditInstalled']);
  });

  test('getProjectTriggers lists the user\'s edit triggers of every spreadsheet, each naming its file; getUserTriggers only that file\'s', () => {
    // reference/script/script-app#getProjectTriggers(): "all installable triggers associated with the current
    // project and current user" (its example lists a trigger made with forSpreadsheet('id of my spreadsheet'));
    // reference/script/trigger#getTriggerSourceId(): the id specific to the source, for a spreadsheet its id.
    // The dashboard's live flags of member workbooks rest on this (validation/member-checks).
    const { scriptApp, ctx } = setup();
    scriptApp.newTrigger('onEditInstalled').forSpreadsheet('sheet-q3').onEdit().create();
    ctx.data = newSpreadsheetData({ owner: 'bdv@quan3.vn', id: 'member-1' });
    scriptApp.newTrigger('onEditInstalled').forSpreadsheet('member-1').onEdit().create();
    expect(scriptApp.getProjectTriggers().map((t) => [t.getHandlerFunction(), String(t.getEventType()), t.getTriggerSourceId()]))
      .toEqual([['onEditInstalled', 'ON_EDIT', 'sheet-q3'], ['onEditInstalled', 'ON_EDIT', 'member-1']]);
    const hub = { getId: () => 'sheet-q3' } as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    expect(scriptApp.getUserTriggers(hub).map((t) => t.getTriggerSourceId())).toEqual(['sheet-q3']);
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(scriptApp.getProjectTriggers()).toEqual([]);
  });

  test('triggers belong to their creator: another user neither sees nor deletes them', () => {
    const { scriptApp, ctx } = setup();
    const mine = scriptApp.newTrigger('a').forSpreadsheet('sheet-q3').onOpen().create();
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(scriptApp.getProjectTriggers()).toEqual([]);
    scriptApp.deleteTrigger(mine);
    ctx.effectiveUser = 'bdv@quan3.vn';
    expect(scriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([mine.getUniqueId()]);
    scriptApp.deleteTrigger(mine);
    expect(scriptApp.getProjectTriggers()).toEqual([]);
  });

  test('the 21st trigger of one user of a plain script throws; another user still has room', () => {
    const { scriptApp, ctx } = setup({ addon: false });
    for (let i = 0; i < 20; i++) scriptApp.newTrigger(`h${i}`).timeBased().everyHours(1).create();
    expect(() => scriptApp.newTrigger('h20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    ctx.effectiveUser = 'p1@quan3.vn';
    expect(() => scriptApp.newTrigger('x').timeBased().everyHours(1).create()).not.toThrow();
  });

  test('an add-on user gets one time-driven trigger, whichever document it is made from; another user gets their own', () => {
    const { scriptApp, ctx, store } = setup();
    scriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
    expect(() => scriptApp.newTrigger('other').timeBased().everyDays(1).atHour(7).create()).toThrow(ADDON_CLOCK_LIMIT_ERROR);
    ctx.data = newSpreadsheetData({ owner: 'bdv@quan3.vn', id: 'sheet-other' });
    expect(() => scriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create()).toThrow(ADDON_CLOCK_LIMIT_ERROR);
    ctx.effectiveUser = 'tonghop@quan3.vn';
    expect(() => scriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create()).not.toThrow();
    expect(store.all.map((t) => [t.handler, t.owner])).toEqual([['runScheduledJobs', 'bdv@quan3.vn'], ['runScheduledJobs', 'tonghop@quan3.vn']]);
  });

  test('an add-on time-driven trigger runs at most hourly: everyMinutes and everyHours below 1 are refused', () => {
    const { scriptApp, store } = setup();
    expect(() => scriptApp.newTrigger('x').timeBased().everyMinutes(30)).toThrow(ADDON_FREQUENCY_ERROR);
    expect(() => scriptApp.newTrigger('x').timeBased().everyHours(0)).toThrow(ADDON_FREQUENCY_ERROR);
    expect(store.all).toEqual([]);
    const plain = setup({ addon: false });
    expect(() => plain.scriptApp.newTrigger('x').timeBased().everyMinutes(30).create()).not.toThrow();
  });

  test('an add-on user has one edit trigger per document, but may add an open trigger beside it', () => {
    const { scriptApp } = setup();
    scriptApp.newTrigger('onEditInstalled').forSpreadsheet('sheet-q3').onEdit().create();
    expect(() => scriptApp.newTrigger('again').forSpreadsheet('sheet-q3').onEdit().create()).toThrow(ADDON_SAME_TYPE_ERROR);
    expect(() => scriptApp.newTrigger('opened').forSpreadsheet('sheet-q3').onOpen().create()).not.toThrow();
  });

  test('a one-off after(ms) trigger is due no sooner than ms later and fires once, then stays listed until deleted', () => {
    const { scriptApp, store, clock } = setup();
    const t = scriptApp.newTrigger('continueSetup').timeBased().after(60_000).create();
    expect(t.getEventType()).toBe(scriptApp.EventType.CLOCK);
    clock.advance(59_999);
    expect(store.due(clock.now())).toEqual([]);
    clock.advance(1);
    const [due] = store.due(clock.now());
    expect(due.handler).toBe('continueSetup');
    store.advance(due, clock.now());
    clock.advance(3600_000);
    expect(store.due(clock.now())).toEqual([]);
    // Spent but listed: it is still this add-on user's one time-driven trigger, so the next must delete it first.
    expect(scriptApp.getProjectTriggers().map((x) => x.getUniqueId())).toEqual([t.getUniqueId()]);
    expect(() => scriptApp.newTrigger('continueSetup').timeBased().after(60_000).create()).toThrow(ADDON_CLOCK_LIMIT_ERROR);
    scriptApp.deleteTrigger(t);
    expect(() => scriptApp.newTrigger('continueSetup').timeBased().after(60_000).create()).not.toThrow();
  });

  test('a one-off trigger counts against an add-on user\'s one time-driven trigger and, in a plain script, the 20 per user', () => {
    const { scriptApp } = setup();
    scriptApp.newTrigger('runScheduledJobs').timeBased().everyHours(1).create();
    expect(() => scriptApp.newTrigger('continueSetup').timeBased().after(60_000).create()).toThrow(ADDON_CLOCK_LIMIT_ERROR);
    const plain = setup({ addon: false });
    for (let i = 0; i < 20; i++) plain.scriptApp.newTrigger(`once${i}`).timeBased().after(1000).create();
    expect(() => plain.scriptApp.newTrigger('once20').timeBased().after(1000).create()).toThrow('This script has too many triggers.');
  });

  test('after() takes a whole, non-negative number of milliseconds', () => {
    const { scriptApp, store } = setup();
    for (const bad of [-1, 1.5, Number.NaN, '60000' as unknown as number]) {
      expect(() => scriptApp.newTrigger('x').timeBased().after(bad)).toThrow('Invalid argument: durationMilliseconds');
    }
    expect(store.all).toEqual([]);
  });

  test('a simple trigger (LIMITED) cannot create or list triggers', () => {
    const { scriptApp, ctx, store } = setup();
    ctx.authMode = 'LIMITED';
    expect(() => scriptApp.newTrigger('x').timeBased().everyDays(1).create()).toThrow(
      'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp');
    expect(() => scriptApp.getProjectTriggers()).toThrow('ScriptApp.getProjectTriggers');
    expect(store.all).toHaveLength(0);
  });

  test('enums compare as in Apps Script; script id and token are available', () => {
    const { scriptApp } = setup();
    expect(String(scriptApp.AuthMode.FULL)).toBe('FULL');
    expect(String(scriptApp.WeekDay.MONDAY)).toBe('MONDAY');
    expect(scriptApp.getScriptId()).toBe('script-1');
    expect(scriptApp.getOAuthToken()).toEqual(expect.any(String));
  });
});
