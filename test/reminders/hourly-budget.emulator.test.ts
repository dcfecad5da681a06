/**
 * A big reminder day: 120 units owe their registration on 11/05/2021 (the 7-day step of the 18/05
 * deadline). One execution sends up to MAX_SENDS_PER_RUN reminders (src/core/reminders/budget.ts:
 * 90 s at the latency table's UNMEASURED 0.5 s a send, keeping ≥ 3× headroom under the 6-minute
 * limit), so the whole day goes out in the first run; when Google is slower than modelled the
 * wall-clock budget stops a run and the next hourly run of the day continues; the coordinators'
 * digest goes out once, with the last batch.
 * - Time-driven triggers at most hourly, running as their creator:
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 * - MailApp.sendEmail / getRemainingDailyQuota (recipients left today):
 *   https://developers.google.com/apps-script/reference/mail/mail-app
 */
import { createEmulator, type Emulator } from '../../src/local/emulator/emulator';
import { MAX_SENDS_PER_RUN, RUN_BUDGET_MS, SEND_BUDGET_MS, SEND_COST_MS } from '../../src/core/reminders';
import { asUser, setupUntilFinished, unitsFirstRow, unitsEndRow } from '../setup/helpers';
import { COORDINATOR, logRows, OWNER, vnDay } from './fixture';

const UNITS = 120;
const isDigest = (subject: string) => subject.includes('Tổng hợp nhắc hạn');
const unitName = (i: number) => `Đảng bộ cơ sở ${i + 1}`;

/** A campaign of `n` units, each with one address, none of which has registered anything. */
function bigCampaign(n: number): Emulator {
  const emu = createEmulator({ owner: OWNER, editors: [COORDINATOR], now: '2021-05-06T15:00:00+07:00', mailQuota: 1_500 });
  emu.load();
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const coord = config.getDataRange().getValues().findIndex((r) => r[0] === 'Người tổng hợp') + 3;
    config.insertRowsAfter(coord, 1);
    config.getRange(coord + 1, 1).setValue(COORDINATOR);
    const first = unitsFirstRow(ss);
    // The unit list ends at the next table's heading: rows for more units are inserted above it.
    if (unitsEndRow(ss) - first < n) config.insertRowsBefore(unitsEndRow(ss), n - (unitsEndRow(ss) - first));
    const height = unitsEndRow(ss) - first;
    config.getRange(first, 1, height, 3).setValues(Array.from({ length: height }, (_, i) => (i < n ? [unitName(i), 'dang-bo-co-so', `dv${i + 1}@q3.gov.vn`] : ['', '', ''])));
  });
  setupUntilFinished(emu, 40);
  emu.bundle!.call('setRemindersEnabled', true);
  return emu;
}

interface HourRun { hour: number; outcome: string; unitMails: string[]; digests: string[] }

/** Every hour of the day from 00:30, the trigger fires as it would; what each run sent. */
function oneDay(emu: Emulator, day: string, afterRun?: (hour: number) => void): HourRun[] {
  const out: HourRun[] = [];
  for (let h = 0; h < 24; h++) {
    emu.clock.set(Date.parse(`${day}T00:30:00+07:00`) + h * 3600_000);
    const before = emu.outbox.length;
    for (const r of emu.runDueTimeTriggers()) {
      if (r.error) throw r.error;
      const mails = emu.outbox.slice(before);
      out.push({
        hour: h, outcome: (r.result as { reminders: string }[])[0].reminders,
        unitMails: mails.filter((m) => !isDigest(m.subject)).map((m) => m.to), digests: mails.filter((m) => isDigest(m.subject)).map((m) => m.body),
      });
      afterRun?.(h);
    }
  }
  return out;
}

describe(`${UNITS} reminders due the same day`, () => {
  const emu = bigCampaign(UNITS);
  emu.clock.set('2021-05-11T06:00:00+07:00');
  const preview = emu.bundle!.call('previewReminders') as { sent: unknown[]; dueLater: unknown[]; message: string };
  let statusAt7: { lastRun?: { dueLater?: number; message: string } } | undefined;
  const runs = oneDay(emu, '2021-05-11', (h) => { if (h === 7) statusAt7 = emu.bundle!.call('getReminderStatus') as typeof statusAt7; });
  const sending = runs.filter((r) => r.unitMails.length || r.digests.length);
  const allUnitMails = runs.flatMap((r) => r.unitMails);

  it('are all sent by the first run from 07:00; the later runs of the day read nothing and send nothing', () => {
    expect(MAX_SENDS_PER_RUN).toBe(180);
    expect(MAX_SENDS_PER_RUN * SEND_COST_MS).toBeLessThanOrEqual(SEND_BUDGET_MS);
    expect(sending.map((r) => [r.hour, r.unitMails.length, r.outcome])).toEqual([[7, UNITS, 'done']]);
    expect(runs.filter((r) => r.hour < 7).every((r) => r.outcome === 'before-hour')).toBe(true);
    expect(runs.filter((r) => r.hour > 7).every((r) => r.outcome === 'done-today')).toBe(true);
  });

  it('"Xem trước" shows the whole day, in one run', () => {
    expect(preview.sent).toHaveLength(UNITS);
    expect(preview.message).toBe('Xem trước ngày 11/05/2021: sẽ gửi 120 thư. Chưa thư nào được gửi.');
  });

  it('reach every unit exactly once, and the coordinators get one digest listing all of them', () => {
    expect(allUnitMails).toHaveLength(UNITS);
    expect(new Set(allUnitMails)).toEqual(new Set(Array.from({ length: UNITS }, (_, i) => `dv${i + 1}@q3.gov.vn`)));
    const digests = runs.flatMap((r) => r.digests);
    expect(digests).toHaveLength(1);
    expect(sending[sending.length - 1].digests).toHaveLength(1);
    expect(digests[0]).toMatch(/Đã nhắc \(120\):/);
    // An early run's reminder, read back from the log, with its days left.
    expect(digests[0]).toContain(`- ${unitName(0)}: hạn đăng ký Đợt 1 (18/05/2021), còn 7 ngày – dv1@q3.gov.vn`);
    expect(digests[0]).toMatch(/Hoãn vì hết hạn mức[^\n]*\(0\)/);
  });

  it('log nothing as waiting for a later run nor as quota-postponed, and end with every key sent once', () => {
    const rows = logRows(emu).slice(1);
    expect(rows.filter((r) => r[8] === 'Chờ lần chạy sau')).toEqual([]);
    expect(rows.filter((r) => r[8] === 'Hoãn (hết hạn mức)')).toEqual([]);
    expect(rows.filter((r) => r[8] === 'Đang gửi')).toEqual([]);
    const sentKeys = rows.filter((r) => r[8] === 'Đã gửi').map((r) => r[1]);
    expect(sentKeys).toHaveLength(UNITS + 1);
    expect(new Set(sentKeys).size).toBe(sentKeys.length);
  });

  it('the sidebar shows, after the first run, every reminder sent and none waiting', () => {
    expect(statusAt7?.lastRun).toMatchObject({ dueLater: 0, message: expect.stringContaining('đã gửi 120 thư nhắc') });
    const last = (emu.bundle!.call('getReminderStatus') as { lastRun: { dueLater: number; today: string } }).lastRun;
    expect(last).toMatchObject({ today: vnDay(new Date(emu.clock.now())), dueLater: 0 });
  });
});

describe('when Google is slower than modelled (10 s a send)', () => {
  const emu = bigCampaign(30);
  // The emulator's clock does not move while the bundle runs; here each send takes 10 s of it.
  const push = emu.outbox.push.bind(emu.outbox);
  emu.outbox.push = (...mails) => {
    emu.clock.advance(10_000);
    return push(...mails);
  };
  const runs = oneDay(emu, '2021-05-11');
  const sending = runs.filter((r) => r.unitMails.length || r.digests.length);

  it(`a run stops sending at its ${RUN_BUDGET_MS / 1000} s wall-clock budget; the next runs finish the day, none twice`, () => {
    // Sends start at 0, 10, … 90 s: the 11th (at 100 s) would end past 100 s.
    expect(sending.map((r) => [r.hour, r.unitMails.length, r.outcome])).toEqual([
      [7, 10, 'partial'], [8, 10, 'partial'], [9, 10, 'done'],
    ]);
    const all = runs.flatMap((r) => r.unitMails);
    expect(new Set(all).size).toBe(30);
    expect(all).toHaveLength(30);
    expect(runs.flatMap((r) => r.digests)).toHaveLength(1);
    expect(logRows(emu).filter((r) => r[8] === 'Đang gửi')).toEqual([]);
  });
});
