/** Locks, properties, cache, triggers, mail quota, Utilities, Session and HtmlService outputs. */
import { errorOf, throws, type Scenario } from '../scenario';

const LOCK = 'https://developers.google.com/apps-script/reference/lock/lock';
const PROPS = 'https://developers.google.com/apps-script/guides/services/quotas (Properties value size 9 KB)';
const CACHE = 'https://developers.google.com/apps-script/reference/cache/cache';
const SCRIPT_APP = 'https://developers.google.com/apps-script/reference/script/script-app';
const ADDON_TRIGGERS = 'https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions';
const ADDON_ONLY = 'a bound test script is not an add-on: these rules apply only to an installed editor add-on';
const FORMAT_DATE = 'https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)';

/** Deletes every trigger this run made, even when the scenario failed half-way. */
function dropTriggers(ids: string[]): void {
  for (const t of ScriptApp.getProjectTriggers()) if (ids.includes(t.getUniqueId())) ScriptApp.deleteTrigger(t);
}

export const SERVICE_SCENARIOS: Scenario[] = [
  {
    id: 'lock.document-lock',
    behaviour: 'a bound script has a document lock; tryLock takes it, hasLock follows, releaseLock frees it',
    source: `${LOCK}#tryLock(Integer)`,
    expected: [true, true, true, false],
    observe: () => {
      const lock = LockService.getDocumentLock();
      if (!lock) return [false, false, false, false];
      const got = lock.tryLock(1000);
      const has = lock.hasLock();
      lock.releaseLock();
      return [true, got, has, lock.hasLock()];
    },
  },
  {
    id: 'lock.kinds-independent',
    behaviour: 'holding the document lock does not hold the script or user lock: each is taken on its own',
    source: 'https://developers.google.com/apps-script/reference/lock/lock-service',
    expected: [true, true, true],
    observe: () => {
      const doc = LockService.getDocumentLock()!;
      const script = LockService.getScriptLock();
      const user = LockService.getUserLock();
      try {
        return [doc.tryLock(1000), script.tryLock(1000), user.tryLock(1000)];
      } finally {
        [doc, script, user].forEach((l) => l.hasLock() && l.releaseLock());
      }
    },
  },
  {
    id: 'lock.scope-across-users',
    behaviour: 'the script and document locks are one for every user (another user waits); a user lock is per user',
    source: 'https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock()',
    expected: [false, true, false],
    emulatorOnly: 'needs a second user running at the same moment',
    observe: ({ asOther }) => {
      const script = LockService.getScriptLock();
      const doc = LockService.getDocumentLock()!;
      script.tryLock(1000);
      doc.tryLock(1000);
      try {
        return asOther!(() => [LockService.getScriptLock().tryLock(0), LockService.getUserLock().tryLock(0), LockService.getDocumentLock()!.tryLock(0)]);
      } finally {
        script.releaseLock();
        doc.releaseLock();
      }
    },
  },
  {
    id: 'properties.round-trip',
    behaviour: 'properties are stored as strings; a missing key is null; deleteProperty removes it',
    source: 'https://developers.google.com/apps-script/reference/properties/properties',
    expected: ['42', null, true],
    observe: ({ defer }) => {
      const p = PropertiesService.getScriptProperties();
      const key = `conformance.round-trip.${Date.now()}`;
      defer(() => p.deleteProperty(key));
      p.setProperty(key, 42 as unknown as string);
      const v = p.getProperty(key);
      p.deleteProperty(key);
      return [v, p.getProperty(`${key}.missing`), p.getProperty(key) === null];
    },
  },
  {
    id: 'properties.value-limit',
    behaviour: 'a property value over 9 KB is refused and not stored',
    source: PROPS,
    expected: ['error: Argument too large: value', null, 'no error'],
    observe: ({ defer }) => {
      const p = PropertiesService.getDocumentProperties()!;
      const key = `conformance.big.${Date.now()}`;
      defer(() => p.deleteProperty(key));
      const refused = errorOf(() => p.setProperty(key, 'x'.repeat(9 * 1024 + 1)));
      const stored = p.getProperty(key);
      return [refused, stored, errorOf(() => p.setProperty(key, 'x'.repeat(8 * 1024)))];
    },
  },
  {
    id: 'cache.round-trip-and-limits',
    behaviour: 'cache put/get/remove; a missing key is null; a key over 250 characters or a value over 100 KB is refused',
    source: `${CACHE}#put(String,String,Integer)`,
    expected: ['v', null, null, true, true],
    observe: () => {
      const c = CacheService.getScriptCache();
      const key = `conformance.cache.${Date.now()}`;
      c.put(key, 'v', 60);
      const v = c.get(key);
      c.remove(key);
      return [v, c.get(key), c.get(`${key}.missing`), throws(() => c.put('k'.repeat(251), 'v')), throws(() => c.put(key, 'x'.repeat(100 * 1024 + 1)))];
    },
  },
  {
    id: 'cache.document-cache',
    behaviour: 'a bound script has a document cache, separate from the script cache',
    source: 'https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()',
    expected: [true, null],
    observe: () => {
      const doc = CacheService.getDocumentCache();
      if (!doc) return [false, null];
      const key = `conformance.doc.${Date.now()}`;
      doc.put(key, 'd', 60);
      const inScript = CacheService.getScriptCache().get(key);
      doc.remove(key);
      return [true, inScript];
    },
  },
  {
    id: 'mail.quota',
    behaviour: 'MailApp.getRemainingDailyQuota is a whole number ≥ 0 (read only: the kit sends no mail)',
    source: 'https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()',
    expected: true,
    observe: () => {
      const q = MailApp.getRemainingDailyQuota();
      return typeof q === 'number' && Number.isInteger(q) && q >= 0;
    },
  },
  {
    id: 'trigger.edit-trigger-listed',
    behaviour: 'an installable edit trigger for the spreadsheet is listed with its handler and source, and can be deleted',
    source: `${SCRIPT_APP}#newTrigger(String)`,
    expected: ['runConformance', 'ON_EDIT', 'SPREADSHEETS', true, false],
    observe: ({ ss, defer }) => {
      const t = ScriptApp.newTrigger('runConformance').forSpreadsheet(ss).onEdit().create();
      const id = t.getUniqueId();
      defer(() => dropTriggers([id]));
      const listed = ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id);
      const out = [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource()), listed];
      ScriptApp.deleteTrigger(t);
      return [...out, ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id)];
    },
  },
  {
    id: 'trigger.hourly-clock',
    behaviour: 'an hourly time-driven trigger is created as CLOCK and deleted again',
    source: `${SCRIPT_APP}#newTrigger(String)`,
    expected: ['CLOCK', 'CLOCK'],
    observe: ({ defer }) => {
      const t = ScriptApp.newTrigger('runConformance').timeBased().everyHours(1).create();
      const id = t.getUniqueId();
      defer(() => dropTriggers([id]));
      return [String(t.getEventType()), String(t.getTriggerSource())];
    },
  },
  {
    id: 'trigger.one-off-after',
    behaviour: 'a one-off after(ms) trigger is created as CLOCK, listed with its handler, and deleted again (setup continues by one)',
    source: 'https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)',
    expected: ['CLOCK', true, false],
    observe: ({ defer }) => {
      const t = ScriptApp.newTrigger('runConformance').timeBased().after(10 * 60_000).create();
      const id = t.getUniqueId();
      defer(() => dropTriggers([id]));
      const listed = ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id && x.getHandlerFunction() === 'runConformance');
      ScriptApp.deleteTrigger(t);
      return [String(t.getEventType()), listed, ScriptApp.getProjectTriggers().some((x) => x.getUniqueId() === id)];
    },
  },
  {
    id: 'addon.trigger-hourly-minimum',
    behaviour: 'an add-on\'s time-driven trigger cannot run more often than hourly (everyMinutes is refused)',
    source: ADDON_TRIGGERS,
    expected: true,
    emulatorOnly: ADDON_ONLY,
    addon: true,
    observe: () => throws(() => ScriptApp.newTrigger('runConformance').timeBased().everyMinutes(30).create()),
  },
  {
    id: 'addon.trigger-one-per-type',
    behaviour: 'an add-on has one trigger of each type per user per document: a second edit trigger is refused',
    source: ADDON_TRIGGERS,
    expected: [false, true],
    emulatorOnly: ADDON_ONLY,
    addon: true,
    observe: ({ ss, defer }) => {
      const made: string[] = [];
      defer(() => dropTriggers(made));
      const first = () => made.push(ScriptApp.newTrigger('runConformance').forSpreadsheet(ss).onEdit().create().getUniqueId());
      return [throws(first), throws(first)];
    },
  },
  {
    id: 'utilities.format-date',
    behaviour: 'Utilities.formatDate formats in the zone given with Java SimpleDateFormat letters',
    source: FORMAT_DATE,
    expected: ['18/05/2021 00:00', '17/05/2021', true],
    observe: () => {
      const d = new Date(Date.UTC(2021, 4, 17, 17));
      return [Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm'), Utilities.formatDate(d, 'UTC', 'dd/MM/yyyy'),
        throws(() => Utilities.formatDate(d, 'UTC', 'dd/MM/yyyy qq'))];
    },
  },
  {
    id: 'session.script-time-zone',
    behaviour: "Session.getScriptTimeZone is the manifest's zone (Asia/Ho_Chi_Minh in the kit's appsscript.json)",
    source: 'https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()',
    expected: 'Asia/Ho_Chi_Minh',
    observe: () => Session.getScriptTimeZone(),
  },
  {
    id: 'session.effective-user',
    behaviour: 'the effective user of a run from the editor has an e-mail address',
    source: 'https://developers.google.com/apps-script/reference/base/session#getEffectiveUser()',
    expected: true,
    observe: () => /@/.test(Session.getEffectiveUser().getEmail()),
  },
  {
    id: 'html.output-content',
    behaviour: 'createHtmlOutput keeps the markup as given; setTitle is read back',
    source: 'https://developers.google.com/apps-script/reference/html/html-output#getContent()',
    expected: ['<b>Dân vận &amp; khéo</b>', 'Dân vận khéo'],
    observe: () => {
      const out = HtmlService.createHtmlOutput('<b>Dân vận &amp; khéo</b>').setTitle('Dân vận khéo');
      return [out.getContent(), out.getTitle()];
    },
  },
  {
    id: 'html.template-escaping',
    behaviour: 'a template\'s <?= ?> escapes a value for HTML text, <?!= ?> prints it as is (a sheet value never becomes markup)',
    source: 'https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets',
    expected: ['<p>Phường &lt;1&gt; &amp; &#34;Đa Kao&#34; &#39;A&#39;</p>', '<b>đậm</b>'],
    observe: () => {
      const t = HtmlService.createTemplate('<p><?= unit ?></p>');
      t.unit = 'Phường <1> & "Đa Kao" \'A\'';
      const raw = HtmlService.createTemplate('<?!= raw ?>');
      raw.raw = '<b>đậm</b>';
      return [t.evaluate().getContent(), raw.evaluate().getContent()];
    },
  },
];
