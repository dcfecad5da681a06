/**
 * The Emulator's execution model: who a run acts as, with what authorization, locks released at
 * the end, and the three ways code starts without a click (open, edit, time).
 * https://developers.google.com/apps-script/guides/triggers (simple triggers: LIMITED, no MailApp)
 * https://developers.google.com/apps-script/guides/triggers/installable (run as their creator)
 * https://developers.google.com/apps-script/guides/triggers/events (event objects)
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock() (released when the script ends)
 */
import { createEmulator, type Emulator } from '../../src/local/emulator/emulator';
import { attachHandlers } from './handlers';

const OWNER = 'bdv@quan3.vn';
const UNIT = 'phuong1@quan3.vn';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  MailApp: GoogleAppsScript.Mail.MailApp;
  Session: GoogleAppsScript.Base.Session;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  LockService: GoogleAppsScript.Lock.LockService;
};


test('globals() offers every Apps Script service the add-on uses', () => {
  const emu = createEmulator({ owner: OWNER });
  expect(Object.keys(emu.globals()).sort()).toEqual([
    'CacheService', 'Date', 'HtmlService', 'LockService', 'Logger', 'MailApp', 'PropertiesService', 'ScriptApp',
    'Session', 'Sheets', 'SpreadsheetApp', 'Utilities', 'console',
  ]);
});

test('run() acts as the user with the auth mode given, then restores the previous state', () => {
  const emu = createEmulator({ owner: OWNER, editors: [UNIT] });
  const g = emu.globals() as G;
  const seen = emu.run(UNIT, () => [g.Session.getActiveUser().getEmail(), g.Session.getEffectiveUser().getEmail(), emu.ctx.authMode],
    { authMode: 'LIMITED' });
  expect(seen).toEqual([UNIT, UNIT, 'LIMITED']);
  expect([emu.ctx.activeUser, emu.ctx.authMode]).toEqual([OWNER, 'FULL']);
  expect(emu.ctx.data.editors).toContain(UNIT);
});

test('locks are released when an execution ends, even one that threw', () => {
  const emu = createEmulator({ owner: OWNER });
  const g = emu.globals() as G;
  expect(() => emu.run(UNIT, () => {
    g.LockService.getDocumentLock().waitLock(1000);
    throw new Error('boom');
  })).toThrow('boom');
  expect(emu.run(OWNER, () => g.LockService.getDocumentLock().tryLock(0))).toBe(true);
});

test('holdLock: another execution holds the document lock until t; a run waits for it on the fake clock', () => {
  const emu = createEmulator({ owner: OWNER, now: '2021-05-17T10:00:00+07:00' });
  const g = emu.globals() as G;
  emu.holdLock('document', emu.clock.now() + 3000);
  expect(emu.run(UNIT, () => g.LockService.getDocumentLock().tryLock(1000))).toBe(false);
  expect(emu.run(UNIT, () => g.LockService.getDocumentLock().tryLock(5000))).toBe(true);
  expect(emu.clock.now()).toBe(Date.parse('2021-05-17T10:00:03+07:00'));
});

describe('triggers', () => {
  test('fireOpen runs the simple onOpen as the opener with LIMITED auth (or NONE when asked)', () => {
    const emu = createEmulator({ owner: OWNER, editors: [UNIT] });
    const g = emu.globals() as G;
    const events: unknown[] = [];
    attachHandlers(emu, { onOpen: (e) => events.push([(e as { authMode: string }).authMode, g.Session.getEffectiveUser().getEmail()]) });
    emu.fireOpen(UNIT);
    emu.fireOpen(UNIT, { authMode: 'NONE' });
    expect(events).toEqual([['LIMITED', UNIT], ['NONE', UNIT]]);
  });

  test('fireEdit: the simple onEdit runs as the editor and cannot send mail; an installable one runs as its installer and can', () => {
    const emu = createEmulator({ owner: OWNER, editors: [UNIT] });
    const g = emu.globals() as G;
    const seen: Array<Record<string, unknown>> = [];
    const handler = (e: unknown): void => {
      const ev = e as GoogleAppsScript.Events.SheetsOnEdit & { triggerUid?: string };
      seen.push({
        authMode: ev.authMode, a1: ev.range.getA1Notation(), sheet: ev.range.getSheet().getName(), value: ev.value,
        oldValue: ev.oldValue, user: ev.user.getEmail(), effective: g.Session.getEffectiveUser().getEmail(), uid: ev.triggerUid,
      });
      g.MailApp.sendEmail(OWNER, 'Có chỉnh sửa', `${ev.range.getA1Notation()} = ${ev.value}`);
    };
    attachHandlers(emu, { onEdit: handler, onEditInstalled: handler });
    const uid = emu.run(OWNER, () => g.ScriptApp.newTrigger('onEditInstalled')
      .forSpreadsheet(g.SpreadsheetApp.getActiveSpreadsheet()).onEdit().create().getUniqueId());
    const sheetName = emu.ctx.data.sheets[0].name;

    const runs = emu.fireEdit({ user: UNIT, sheet: sheetName, a1: 'B3', value: 'Mô hình A', oldValue: '' });

    expect(runs.map((r) => [r.handler, r.kind, r.user, r.authMode])).toEqual([
      ['onEdit', 'simple', UNIT, 'LIMITED'], ['onEditInstalled', 'installable', OWNER, 'FULL'],
    ]);
    expect(runs[0].error?.message).toMatch(/You do not have permission to call MailApp.sendEmail/);
    expect(runs[1].error).toBeUndefined();
    expect(seen[0]).toEqual({ authMode: 'LIMITED', a1: 'B3', sheet: sheetName, value: 'Mô hình A', oldValue: '', user: UNIT, effective: UNIT, uid: undefined });
    expect(seen[1]).toMatchObject({ authMode: 'FULL', user: UNIT, effective: OWNER, uid });
    expect(emu.outbox.map((m) => [m.from, m.body])).toEqual([[OWNER, 'B3 = Mô hình A']]);
  });

  test('runDueTimeTriggers runs only due clock triggers, as their installer, FULL auth and no UI, then reschedules', () => {
    const emu = createEmulator({ owner: OWNER, editors: [UNIT], now: '2021-05-17T10:00:00+07:00' });
    const g = emu.globals() as G;
    const runs: Array<[string, string, boolean | undefined, string]> = [];
    attachHandlers(emu, {
      remind: (e) => runs.push([g.Session.getEffectiveUser().getEmail(), emu.ctx.authMode, emu.ctx.hasUi, (e as { triggerUid: string }).triggerUid]),
    });
    const uid = emu.run(UNIT, () => g.ScriptApp.newTrigger('remind').timeBased().atHour(8).everyDays(1).create().getUniqueId());

    emu.clock.set('2021-05-18T07:59:00+07:00');
    expect(emu.runDueTimeTriggers()).toEqual([]);
    emu.clock.set('2021-05-18T08:00:00+07:00');
    expect(emu.runDueTimeTriggers().map((r) => r.error)).toEqual([undefined]);
    expect(emu.runDueTimeTriggers()).toEqual([]);
    emu.clock.set('2021-05-19T08:30:00+07:00');
    emu.runDueTimeTriggers();
    expect(runs).toEqual([[UNIT, 'FULL', false, uid], [UNIT, 'FULL', false, uid]]);
  });

  test('building the edit event is not billed to the script; what the handler calls on e.range is', () => {
    const emu = createEmulator({ owner: OWNER, editors: [UNIT] });
    attachHandlers(emu, { onEdit: (e) => (e as GoogleAppsScript.Events.SheetsOnEdit).range.getValues() });
    emu.calls.reset();
    emu.fireEdit({ user: UNIT, sheet: emu.ctx.data.sheets[0].name, a1: 'A1:C2' });
    expect(emu.calls.snapshot()).toEqual({ 'Range.getValues': 1 });
  });

  test('a time-driven trigger has no UI: SpreadsheetApp.getUi() throws there', () => {
    const emu = createEmulator({ owner: OWNER, now: '2021-05-17T10:00:00+07:00' });
    const g = emu.globals() as G;
    attachHandlers(emu, { alertAll: () => g.SpreadsheetApp.getUi().alert('Nhắc hạn') });
    emu.run(OWNER, () => g.ScriptApp.newTrigger('alertAll').timeBased().everyHours(1).create());
    emu.clock.advance(3600_000);
    expect(emu.runDueTimeTriggers()[0].error?.message).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('an add-on\'s time-driven run has no active document: no active spreadsheet, no document properties or lock; openById works', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
    // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock() (null outside a containing document)
    // https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache() (likewise)
    const emu = createEmulator({ owner: OWNER, now: '2021-05-17T10:00:00+07:00' });
    const g = emu.globals() as G & { PropertiesService: GoogleAppsScript.Properties.PropertiesService; CacheService: GoogleAppsScript.Cache.CacheService };
    const id = emu.ctx.data.id;
    attachHandlers(emu, {
      hourly: () => ({
        active: g.SpreadsheetApp.getActiveSpreadsheet(), props: g.PropertiesService.getDocumentProperties(),
        lock: g.LockService.getDocumentLock(), cache: g.CacheService.getDocumentCache(),
        user: g.PropertiesService.getUserProperties() !== null,
        opened: g.SpreadsheetApp.openById(id).getId(),
      }),
    });
    emu.run(OWNER, () => g.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create());
    emu.clock.advance(3600_000);
    expect(emu.runDueTimeTriggers().map((r) => r.result)).toEqual([{ active: null, props: null, lock: null, cache: null, user: true, opened: id }]);
    expect(() => emu.run(OWNER, () => g.SpreadsheetApp.openById('another-file'))).toThrow(/openById/);
    expect(emu.run(OWNER, () => g.SpreadsheetApp.getActiveSpreadsheet().getId())).toBe(id);
  });

  test('a failing trigger is reported and does not stop the others', () => {
    const emu = createEmulator({ owner: OWNER, now: '2021-05-17T10:00:00+07:00', addon: false });
    const g = emu.globals() as G;
    const ran: string[] = [];
    attachHandlers(emu, { a: () => { throw new Error('hỏng'); }, b: () => ran.push('b') });
    emu.run(OWNER, () => {
      g.ScriptApp.newTrigger('a').timeBased().everyHours(1).create();
      g.ScriptApp.newTrigger('b').timeBased().everyHours(1).create();
    });
    emu.clock.advance(3600_000);
    const results = emu.runDueTimeTriggers();
    expect(results.map((r) => [r.handler, r.error?.message])).toEqual([['a', 'hỏng'], ['b', undefined]]);
    expect(ran).toEqual(['b']);
  });
});
