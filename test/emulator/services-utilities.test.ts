/**
 * Utilities, Session, HtmlService, Logger and the fake clock.
 * https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
 * https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
 * https://developers.google.com/apps-script/reference/base/session
 * https://developers.google.com/apps-script/reference/base/user#getEmail()
 * https://developers.google.com/apps-script/reference/html/html-output
 * https://developers.google.com/apps-script/reference/base/logger
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { FakeClock, clockDate } from '../../src/local/emulator/clock';
import { CallCounter, type EmulatorContext } from '../../src/local/emulator/context';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { createUtilities, formatDate } from '../../src/local/emulator/services/utilities';
import { createSession } from '../../src/local/emulator/services/session';
import { createHtmlService, htmlOutputState } from '../../src/local/emulator/services/html';
import { createConsole, createLogger, type LogLine } from '../../src/local/emulator/services/logger';

function setup() {
  const clock = new FakeClock('2021-05-18T23:30:05+07:00');
  const ctx: EmulatorContext = {
    data: newSpreadsheetData({ owner: 'bdv@quan3.vn' }), now: () => clock.now(), activeUser: 'bdv@quan3.vn',
    effectiveUser: 'bdv@quan3.vn', authMode: 'FULL', calls: new CallCounter(),
  };
  return { clock, ctx };
}

describe('Utilities.formatDate', () => {
  // 18/05/2021 23:30:05 in Hồ Chí Minh is still 18/05 there but 16:30 UTC.
  const d = new Date('2021-05-18T16:30:05Z');

  test.each([
    ['dd/MM/yyyy', 'Asia/Ho_Chi_Minh', '18/05/2021'],
    ['d/M/yy', 'Asia/Ho_Chi_Minh', '18/5/21'],
    ['HH:mm:ss', 'Asia/Ho_Chi_Minh', '23:30:05'],
    ['H:mm', 'UTC', '16:30'],
    ['EEE dd/MM', 'Asia/Ho_Chi_Minh', 'Tue 18/05'],
    ["'ngày' dd 'tháng' MM 'năm' yyyy", 'Asia/Ho_Chi_Minh', 'ngày 18 tháng 05 năm 2021'],
    ["HH'h'mm", 'GMT+7', '23h30'],
    ["yyyy-MM-dd'T'HH:mm:ssZ", 'Asia/Ho_Chi_Minh', '2021-05-18T23:30:05+0700'],
    ["'It''s' yyyy", 'UTC', "It's 2021"],
  ])('%s in %s → %s', (pattern, tz, expected) => {
    expect(formatDate(d, tz, pattern)).toBe(expected);
  });

  test('the day changes with the time zone: midnight in Hồ Chí Minh is the previous day in UTC', () => {
    const midnight = new Date('2021-05-18T00:00:00+07:00');
    expect(formatDate(midnight, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('18/05/2021');
    expect(formatDate(midnight, 'UTC', 'dd/MM/yyyy')).toBe('17/05/2021');
  });

  test('an unknown pattern letter throws as Java does', () => {
    expect(() => formatDate(d, 'UTC', 'yyyy qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('Utilities', () => {
  test('sleep advances the fake clock instead of waiting', () => {
    const { ctx, clock } = setup();
    const u = createUtilities(ctx, clock);
    const before = clock.now();
    u.sleep(5000);
    expect(clock.now() - before).toBe(5000);
    // One call, and how long it waited (one entry per 100 ms begun) for the benchmark to price.
    expect(ctx.calls.snapshot()).toEqual({ 'Utilities.sleep': 1, 'Utilities.sleep100ms': 50 });
  });

  test('getUuid gives distinct RFC 4122 ids; base64 round-trips Vietnamese text as signed bytes', () => {
    const { ctx, clock } = setup();
    const u = createUtilities(ctx, clock);
    const a = u.getUuid();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(u.getUuid()).not.toBe(a);
    const encoded = u.base64Encode('Dân vận khéo');
    expect(encoded).toBe(Buffer.from('Dân vận khéo').toString('base64'));
    const bytes = u.base64Decode(encoded);
    expect(Math.min(...bytes)).toBeLessThan(0);
    expect(u.base64Encode(bytes)).toBe(encoded);
  });
});

describe('fake clock and its Date for the vm', () => {
  test('new Date(), Date() and Date.now() read the clock; other forms behave normally', () => {
    const clock = new FakeClock('2021-05-07T08:00:00+07:00');
    const context = vm.createContext({ Date: clockDate(clock) });
    const run = (src: string): unknown => vm.runInContext(src, context);
    expect(run('new Date().toISOString()')).toBe('2021-05-07T01:00:00.000Z');
    expect(run('Date.now()')).toBe(clock.now());
    expect(run('typeof Date()')).toBe('string');
    expect(run('new Date(2021, 4, 18).getDate()')).toBe(18);
    expect(run('new Date("2021-06-10T00:00:00Z").getTime()')).toBe(Date.parse('2021-06-10T00:00:00Z'));
    expect(run('Date.UTC(2021, 0, 1)')).toBe(Date.UTC(2021, 0, 1));
    clock.advance(60_000);
    expect(run('new Date().toISOString()')).toBe('2021-05-07T01:01:00.000Z');
    clock.set('2021-10-05T00:00:00Z');
    expect(run('Date.now()')).toBe(Date.parse('2021-10-05T00:00:00Z'));
  });

  test('Dates made in the vm and Dates the services hand back are both `instanceof Date` there', () => {
    const clock = new FakeClock();
    const context = vm.createContext({ Date: clockDate(clock), fromService: new Date(0) });
    expect(vm.runInContext('new Date() instanceof Date && fromService instanceof Date', context)).toBe(true);
  });

  test('the clock refuses to go backwards through advance', () => {
    expect(() => new FakeClock().advance(-1)).toThrow();
  });
});

describe('Session', () => {
  const opts = { timeZone: 'Asia/Ho_Chi_Minh', locale: 'vi', scriptId: 's1', owner: 'bdv@quan3.vn', hideActiveUserOutsideDomain: false };

  test('active and effective users, time zone, locale', () => {
    const { ctx } = setup();
    ctx.activeUser = 'p1@quan3.vn';
    ctx.effectiveUser = 'bdv@quan3.vn';
    const s = createSession(ctx, opts);
    expect(s.getActiveUser().getEmail()).toBe('p1@quan3.vn');
    expect(s.getEffectiveUser().getEmail()).toBe('bdv@quan3.vn');
    expect(s.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(s.getActiveUserLocale()).toBe('vi');
  });

  test('the temporary key is stable for a user, differs between users, and does not reveal the e-mail', () => {
    const { ctx } = setup();
    const s = createSession(ctx, opts);
    ctx.activeUser = 'p1@quan3.vn';
    const k1 = s.getTemporaryActiveUserKey();
    expect(s.getTemporaryActiveUserKey()).toBe(k1);
    expect(k1).not.toContain('p1');
    ctx.activeUser = 'p2@quan3.vn';
    expect(s.getTemporaryActiveUserKey()).not.toBe(k1);
  });

  test('with the option on, a user of another domain has a blank e-mail in a simple trigger only', () => {
    const { ctx } = setup();
    const s = createSession(ctx, { ...opts, hideActiveUserOutsideDomain: true });
    ctx.activeUser = 'phuong1@gmail.com';
    ctx.effectiveUser = 'phuong1@gmail.com';
    ctx.authMode = 'LIMITED';
    expect(s.getActiveUser().getEmail()).toBe('');
    ctx.activeUser = 'p2@quan3.vn';
    expect(s.getActiveUser().getEmail()).toBe('p2@quan3.vn');
    ctx.activeUser = 'phuong1@gmail.com';
    ctx.authMode = 'FULL';
    expect(s.getActiveUser().getEmail()).toBe('phuong1@gmail.com');
  });

  test('by default the e-mail is always shown', () => {
    const { ctx } = setup();
    ctx.activeUser = 'phuong1@gmail.com';
    ctx.authMode = 'LIMITED';
    expect(createSession(ctx, opts).getActiveUser().getEmail()).toBe('phuong1@gmail.com');
  });
});

describe('HtmlService', () => {
  test('createHtmlOutputFromFile reads NAME.html from the html directory; title, size and append chain', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dvk-html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<p>Xin chào</p>');
    const { ctx } = setup();
    const html = createHtmlService(ctx, dir);
    const out = html.createHtmlOutputFromFile('Sidebar').setTitle('Dân vận khéo').setWidth(300).append('<hr>');
    expect(out.getTitle()).toBe('Dân vận khéo');
    expect(out.getContent()).toBe('<p>Xin chào</p><hr>');
    expect(out.getWidth()).toBe(300);
    expect(htmlOutputState(out)).toMatchObject({ title: 'Dân vận khéo', width: 300 });
    expect(html.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>Xin chào</p>');
    expect(ctx.calls.snapshot()['HtmlService.createHtmlOutputFromFile']).toBe(2);
  });

  test('a missing file throws as Apps Script does', () => {
    const { ctx } = setup();
    const html = createHtmlService(ctx, mkdtempSync(path.join(tmpdir(), 'dvk-html-')));
    expect(() => html.createHtmlOutputFromFile('Sidebar')).toThrow('No HTML file named Sidebar was found.');
  });

  test('createHtmlOutput(html) holds the given markup', () => {
    const { ctx } = setup();
    const out = createHtmlService(ctx, '.').createHtmlOutput('<b>x</b>').setHeight(200);
    expect([out.getContent(), out.getHeight(), out.getTitle()]).toEqual(['<b>x</b>', 200, '']);
  });
});

describe('Logger and console', () => {
  test('Logger.log collects lines, with %s placeholders; getLog joins them; clear empties it', () => {
    const { ctx } = setup();
    const lines: LogLine[] = [];
    const logger = createLogger(ctx, lines);
    logger.log('Đã gửi %s thư cho %s', 3, 'Phường 1');
    logger.log({ units: 12 });
    createConsole(ctx, lines).warn('cảnh báo', 1);
    expect(logger.getLog()).toBe('Đã gửi 3 thư cho Phường 1\n{"units":12}');
    expect(lines.map((l) => [l.source, l.level, l.message])).toContainEqual(['console', 'warn', 'cảnh báo 1']);
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(lines).toHaveLength(1);
  });
});

describe('HtmlService templates (https://developers.google.com/apps-script/guides/html/templates)', () => {
  test('printing scriptlets escape for HTML text, force-printing ones print as is, standard ones run code; properties are variables', () => {
    const { ctx } = setup();
    const t = createHtmlService(ctx, '.').createTemplate('<p><?= unit ?></p><?!= raw ?><? for (var i = 0; i < 2; i++) { ?>·<? } ?>');
    t.unit = 'Phường <1> & "Đa Kao" \'A\'';
    t.raw = '<b>đậm</b>';
    expect(t.evaluate().getContent()).toBe('<p>Phường &lt;1&gt; &amp; &#34;Đa Kao&#34; &#39;A&#39;</p><b>đậm</b>··');
    expect(t.getRawContent()).toMatch(/^<p><\?= unit \?>/);
  });

  test('an undefined variable in a scriptlet throws, as a ReferenceError in Apps Script does', () => {
    const { ctx } = setup();
    expect(() => createHtmlService(ctx, '.').createTemplate('<?= missing ?>').evaluate()).toThrow('missing is not defined');
  });
});
