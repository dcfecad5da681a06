/**
 * One hourly time-driven trigger per user serving every registered spreadsheet and both jobs,
 * through the built bundle on the emulator.
 * - Add-on triggers: one of each type per user per document; time-driven ones at most hourly; an
 *   installable trigger runs as its creator:
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 *   https://developers.google.com/apps-script/guides/triggers/installable#restrictions
 * - Opening files by id from such a trigger (needs the full spreadsheets scope): github.com/vtst/google-apps-scripts
 *   VtstAddonTriggerLib/README.md; https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
 * - getDocumentLock() is null outside a containing document: https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { campaignEmulator, COORDINATOR, OWNER, vnDay, logRows } from '../reminders/fixture';

const clockTriggers = (emu: Emulator) => emu.triggers.all.filter((t) => t.eventType === 'CLOCK');
const registryOf = (emu: Emulator, user: string) => JSON.parse(emu.properties.user(user).get('dvk.schedule') ?? '{}');
const isDigest = (subject: string) => subject.includes('Tổng hợp nhắc hạn');
const asCaller = <T>(emu: Emulator, user: string, fn: string, ...args: unknown[]): T => {
  const saved = emu.user;
  emu.user = user;
  try {
    return emu.bundle!.call(fn, ...args) as T;
  } finally {
    emu.user = saved;
  }
};

/** Every hour of `days` days from 00:00: the trigger fires each time it is due. */
function hourly(emu: Emulator, firstDay: string, days: number): { hour: string; user: string; result: unknown; error?: Error }[] {
  const out: { hour: string; user: string; result: unknown; error?: Error }[] = [];
  const start = Date.parse(`${firstDay}T00:30:00+07:00`);
  for (let h = 0; h < 24 * days; h++) {
    emu.clock.set(start + h * 3600_000);
    for (const r of emu.runDueTimeTriggers()) out.push({ hour: new Date(emu.clock.now()).toISOString(), user: r.user, result: r.result, ...(r.error ? { error: r.error } : {}) });
  }
  return out;
}

describe('one coordinator, both jobs, 24 runs a day for three days', () => {
  const emu = campaignEmulator();
  emu.bundle!.call('enableSummaryAutoRefresh');
  emu.bundle!.call('setRemindersEnabled', true);
  emu.bundle!.call('setRemindersEnabled', true);
  emu.bundle!.call('enableSummaryAutoRefresh');
  const triggersAfterSetup = clockTriggers(emu).map((t) => [t.owner, t.handler, t.schedule?.everyHours]);
  const registry = registryOf(emu, OWNER);
  const runs = hourly(emu, '2021-05-10', 3);
  const unitMails = emu.outbox.filter((m) => !isDigest(m.subject));

  it('installs one hourly trigger, however often either feature is turned on, and registers the file for both jobs', () => {
    expect(triggersAfterSetup).toEqual([[OWNER, 'runScheduledJobs', 1]]);
    expect(registry).toEqual({ [emu.ctx.data.id]: { summary: true, reminders: true } });
  });

  it('rebuilds the summary every hour, and sends reminders from 07:00 only, once a day', () => {
    expect(runs).toHaveLength(72);
    expect(runs.filter((r) => r.error)).toEqual([]);
    const outcome = (r: (typeof runs)[number]) => (r.result as { summary: string; reminders: string }[])[0];
    expect(runs.every((r) => outcome(r).summary === 'rebuilt')).toBe(true);
    const hourVn = (r: (typeof runs)[number]) => Number(new Date(r.hour).toLocaleString('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Ho_Chi_Minh' }));
    expect(runs.filter((r) => hourVn(r) < 7).every((r) => outcome(r).reminders === 'before-hour')).toBe(true);
    expect(runs.filter((r) => outcome(r).reminders === 'done').map((r) => [vnDay(new Date(r.hour)), hourVn(r)])).toEqual([
      ['2021-05-10', 7], ['2021-05-11', 7], ['2021-05-12', 7],
    ]);
  });

  it('no unit gets the same reminder twice; at most one digest a day', () => {
    const keys = unitMails.map((m) => `${m.to}|${m.subject}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(unitMails.length).toBeGreaterThan(0);
    const digestDays = emu.outbox.filter((m) => isDigest(m.subject)).map((m) => vnDay(m.sentAt));
    expect(digestDays).toContain('2021-05-11'); // the 7-day step of the 18/05 deadline
    expect(new Set(digestDays).size).toBe(digestDays.length);
    expect(logRows(emu).filter((r) => r[8] === 'Đã gửi').length).toBe(emu.outbox.length);
  });

  it('the sidebar shows both features on, from any coordinator', () => {
    const status = asCaller<{ enabled: boolean; mine: boolean; by: string }>(emu, COORDINATOR, 'getReminderStatus');
    expect(status).toMatchObject({ enabled: true, mine: false, by: OWNER });
    expect(asCaller<{ autoRefresh: boolean }>(emu, COORDINATOR, 'getDashboard').autoRefresh).toBe(true);
  });

  it('turning both off removes the file from the registry and deletes the trigger', () => {
    emu.bundle!.call('setRemindersEnabled', false);
    expect(clockTriggers(emu)).toHaveLength(1);
    expect(registryOf(emu, OWNER)).toEqual({ [emu.ctx.data.id]: expect.objectContaining({ summary: true, reminders: false }) });
    emu.bundle!.call('disableSummaryAutoRefresh');
    expect(registryOf(emu, OWNER)).toEqual({});
    expect(clockTriggers(emu)).toEqual([]);
    expect(emu.bundle!.call('getDashboard')).toMatchObject({ autoRefresh: false });
  });
});

describe('two coordinators each turn reminders on', () => {
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  asCaller(emu, COORDINATOR, 'setRemindersEnabled', true);
  const owners = clockTriggers(emu).map((t) => t.owner);
  const runs = hourly(emu, '2021-05-11', 2);

  it('each has their own trigger (it runs as its creator)', () => {
    expect(owners).toEqual([OWNER, COORDINATOR]);
    expect(new Set(runs.map((r) => r.user))).toEqual(new Set([OWNER, COORDINATOR]));
  });

  it('only one of them sends each day: the second finds the day done', () => {
    const keys = emu.outbox.filter((m) => !isDigest(m.subject)).map((m) => `${m.to}|${m.subject}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
    expect(emu.outbox.filter((m) => isDigest(m.subject))).toHaveLength(1);
    expect(new Set(emu.outbox.map((m) => m.from))).toEqual(new Set([OWNER]));
  });

  it('when both pass the day-done check at once, the log written under the lock stops the second send', () => {
    emu.clock.set('2021-05-15T07:10:00+07:00'); // the 3-day step of the 18/05 deadline
    const before = emu.outbox.length;
    const first = runAs(emu, OWNER);
    expect(first).toEqual([{ id: emu.ctx.data.id, reminders: 'done' }]);
    const sent = emu.outbox.length;
    expect(sent).toBeGreaterThan(before);
    // The coordinator's run read the status before the owner's run saved it: forget the day-done mark.
    forgetLastRun(emu);
    expect(runAs(emu, COORDINATOR)).toEqual([{ id: emu.ctx.data.id, reminders: 'done' }]);
    expect(emu.outbox.length).toBe(sent);
  });

  it('while the other run holds the lock, the second gives up without sending and retries the next hour', () => {
    emu.clock.set('2021-05-17T07:10:00+07:00'); // the 1-day step of the 18/05 deadline
    // The other run's claim on the file (schedule/lock), live for two more minutes.
    emu.ctx.data.developerMetadata.push({ id: 990002, key: 'dvk.claim', value: `${emu.clock.now() + 120_000} other`, visibility: 'DOCUMENT', location: { type: 'SPREADSHEET' } });
    const before = emu.outbox.length;
    expect(runAs(emu, COORDINATOR)).toEqual([{ id: emu.ctx.data.id, reminders: 'busy' }]);
    expect(emu.outbox.length).toBe(before);
    emu.clock.set('2021-05-17T08:10:00+07:00');
    expect(runAs(emu, COORDINATOR)).toEqual([{ id: emu.ctx.data.id, reminders: 'done' }]);
    expect(emu.outbox.length).toBeGreaterThan(before);
  });
});

function runAs(emu: Emulator, user: string): unknown {
  return emu.run(user, () => emu.bundle!.invoke('runScheduledJobs', [{ authMode: 'FULL' }]), { hasUi: false, activeDocument: false });
}

function forgetLastRun(emu: Emulator): void {
  const meta = emu.ctx.data.developerMetadata.find((m) => m.key === 'dvk.reminders')!;
  const v = JSON.parse(meta.value!);
  delete v.lastRun;
  meta.value = JSON.stringify(v);
}

describe('a registered spreadsheet that cannot be opened', () => {
  const emu = campaignEmulator();
  emu.bundle!.call('setRemindersEnabled', true);
  const id = emu.ctx.data.id;
  const gone = '1-deleted-spreadsheet';
  emu.properties.user(OWNER).set('dvk.schedule', JSON.stringify({ [gone]: { summary: true, reminders: true }, ...registryOf(emu, OWNER) }));
  emu.clock.set('2021-05-11T07:00:00+07:00');
  emu.clock.advance(3600_000);
  const runs = emu.runDueTimeTriggers();

  it('fails alone: logged and kept for the sidebar, the other spreadsheet still gets its reminders', () => {
    expect(runs.map((r) => r.error)).toEqual([undefined]);
    const outcomes = runs[0].result as { id: string; error?: string; reminders?: string }[];
    expect(outcomes.find((o) => o.id === gone)!.error).toMatch(/openById/);
    expect(outcomes.find((o) => o.id === id)!.reminders).toBe('done');
    expect(emu.outbox.length).toBeGreaterThan(0);
    expect(emu.logs.some((l) => l.message.includes(gone))).toBe(true);
    expect(registryOf(emu, OWNER)[gone].last).toMatchObject({ ok: false, message: expect.stringContaining('Không mở được bảng tính') });
    expect(registryOf(emu, OWNER)[id].last).toMatchObject({ ok: true });
  });
});
