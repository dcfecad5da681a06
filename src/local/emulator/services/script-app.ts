/**
 * ScriptApp: installable triggers (who owns them, when clock ones are due), the enums, and the
 * authorization rule that simple triggers cannot create triggers.
 * https://developers.google.com/apps-script/reference/script/script-app
 * https://developers.google.com/apps-script/guides/triggers/installable
 * https://developers.google.com/apps-script/guides/services/quotas (20 triggers per user per script)
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer)
 *   (a one-off trigger runs no sooner than the duration given; "the actual duration might vary")
 */
import type { EmulatorContext } from '../context';
import { requireFullAuth, SCOPES } from './auth';
import { fromWallTime, wallTime } from './tz';

export const MAX_TRIGGERS_PER_USER = 20;

/**
 * Editor add-on restrictions (developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * one trigger of each type per user per document, time-driven ones at most once an hour. A
 * time-driven add-on trigger belongs to the script and user, not a document, so the emulator
 * allows one per user. Google documents no error text for either refusal: these are our wording.
 */
export const ADDON_CLOCK_LIMIT_ERROR = 'This add-on already has a time-driven trigger for this user: an add-on can only have one trigger of each type, per user, per document.';
export const ADDON_SAME_TYPE_ERROR = 'This add-on already has a trigger of this type for this user and document: an add-on can only have one trigger of each type, per user, per document.';
/**
 * "Add-ons can only create triggers for the file in which the add-on is used" (same page,
 * Restrictions): an add-on opened in the hub cannot install a member file's edit trigger. The
 * wording of the refusal is ours (Google documents none).
 */
export const ADDON_OTHER_FILE_ERROR = 'An add-on can only create triggers for the file in which the add-on is used.';
export const ADDON_FREQUENCY_ERROR = 'Time-driven triggers of an add-on cannot run more frequently than once per hour.';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const EventType = {
  CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT',
  ON_CHANGE: 'ON_CHANGE', ON_EVENT_UPDATED: 'ON_EVENT_UPDATED',
} as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const WeekDay = {
  SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY',
} as const;

export type TriggerEventType = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE';

export interface ClockSchedule {
  timeZone: string;
  everyMinutes?: number;
  everyHours?: number;
  everyDays?: number;
  atHour?: number;
  nearMinute?: number;
  /** One-shot: at(date) or after(ms). */
  once?: number;
}

export interface TriggerRecord {
  uid: string;
  handler: string;
  eventType: TriggerEventType;
  source: 'CLOCK' | 'SPREADSHEETS';
  /** The spreadsheet id for SPREADSHEETS triggers. */
  sourceId: string | null;
  /** The user who created it: it runs as them. */
  owner: string;
  schedule?: ClockSchedule;
  /** When a CLOCK trigger fires next (ms since epoch). */
  nextRun?: number;
  /**
   * A one-off trigger that has fired. No Google page says it then goes away, so the emulator keeps
   * it listed (counted against the 20 a user may have, and against an add-on's one time-driven
   * trigger) until the script deletes it: the stricter reading, which makes a chain of one-off
   * triggers delete its predecessor.
   */
  spent?: boolean;
}

/** Every installable trigger of the script, across users. */
export class TriggerStore {
  readonly all: TriggerRecord[] = [];
  private nextUid = 1000001;

  newUid(): string {
    return String(this.nextUid++);
  }

  ownedBy(user: string): TriggerRecord[] {
    return this.all.filter((t) => t.owner === user);
  }

  remove(uid: string): void {
    const i = this.all.findIndex((t) => t.uid === uid);
    if (i >= 0) this.all.splice(i, 1);
  }

  /** CLOCK triggers due at `now`, oldest first. */
  due(now: number): TriggerRecord[] {
    return this.all.filter((t) => t.eventType === 'CLOCK' && t.nextRun !== undefined && t.nextRun <= now)
      .sort((a, b) => (a.nextRun ?? 0) - (b.nextRun ?? 0));
  }

  /** After a run: schedule the next one; a one-shot trigger never fires again but stays until deleted. */
  advance(t: TriggerRecord, now: number): void {
    if (!t.schedule || t.schedule.once !== undefined) {
      t.spent = true;
      delete t.nextRun;
      return;
    }
    while ((t.nextRun ?? now) <= now) t.nextRun = nextAfter(t.schedule, t.nextRun ?? now);
  }
}

const HOUR = 3600_000;

/**
 * Deterministic: the platform picks a random minute inside the hour asked for (a 9 o'clock trigger
 * runs between 9 and 10); the emulator fires at nearMinute (default :00) so tests can aim at it.
 */
function nextAfter(s: ClockSchedule, from: number): number {
  if (s.once !== undefined) return s.once;
  if (s.everyMinutes) return from + s.everyMinutes * 60_000;
  if (s.everyHours) return from + s.everyHours * HOUR;
  const days = s.everyDays ?? 1;
  const w = wallTime(from, s.timeZone);
  const hour = s.atHour ?? w.hour;
  const minute = s.atHour === undefined ? w.minute : s.nearMinute ?? 0;
  let at = fromWallTime(s.timeZone, w.year, w.month, w.day, hour, minute);
  if (at <= from) at = fromWallTime(s.timeZone, w.year, w.month, w.day + days, hour, minute);
  return at;
}

function firstRun(s: ClockSchedule, created: number): number {
  if (s.once !== undefined) return s.once;
  if (s.everyDays !== undefined && s.atHour !== undefined) return nextAfter({ ...s, everyDays: 1 }, created);
  return nextAfter(s, created);
}

function triggerObject(t: TriggerRecord): GoogleAppsScript.Script.Trigger {
  return {
    getHandlerFunction: () => t.handler,
    getUniqueId: () => t.uid,
    getEventType: () => t.eventType as unknown as GoogleAppsScript.Script.EventType,
    getTriggerSource: () => t.source as unknown as GoogleAppsScript.Script.TriggerSource,
    getTriggerSourceId: () => t.sourceId as string,
  } satisfies GoogleAppsScript.Script.Trigger;
}

export interface ScriptAppDeps {
  ctx: EmulatorContext;
  store: TriggerStore;
  scriptId: string;
  timeZone: string;
}

export function createScriptApp(deps: ScriptAppDeps): GoogleAppsScript.Script.ScriptApp {
  const { ctx, store } = deps;
  const guarded = (method: string): void => {
    ctx.calls.record(`ScriptApp.${method}`);
    requireFullAuth(ctx, `ScriptApp.${method}`, SCOPES.scriptApp);
  };

  const install = (t: Omit<TriggerRecord, 'uid' | 'owner'>): GoogleAppsScript.Script.Trigger => {
    ctx.calls.record('TriggerBuilder.create');
    requireFullAuth(ctx, 'TriggerBuilder.create', SCOPES.scriptApp);
    if (store.ownedBy(ctx.effectiveUser).length >= MAX_TRIGGERS_PER_USER) {
      throw new Error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    if (ctx.addon !== false) {
      const mine = store.ownedBy(ctx.effectiveUser);
      if (t.eventType === 'CLOCK' && mine.some((x) => x.eventType === 'CLOCK')) throw new Error(ADDON_CLOCK_LIMIT_ERROR);
      if (t.eventType !== 'CLOCK' && mine.some((x) => x.eventType === t.eventType && x.sourceId === t.sourceId)) throw new Error(ADDON_SAME_TYPE_ERROR);
    }
    const rec: TriggerRecord = { ...t, uid: store.newUid(), owner: ctx.effectiveUser };
    store.all.push(rec);
    return triggerObject(rec);
  };

  const clockBuilder = (handler: string): GoogleAppsScript.Script.ClockTriggerBuilder => {
    const s: ClockSchedule = { timeZone: deps.timeZone };
    const b: GoogleAppsScript.Script.ClockTriggerBuilder = {
      after(ms: number) {
        // An Integer duration (the reference's parameter type); the emulator refuses what is not one.
        if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0) throw new Error(`Invalid argument: durationMilliseconds (${String(ms)})`);
        s.once = ctx.now() + ms;
        return b;
      },
      at(date: Date) { s.once = date.getTime(); return b; },
      atDate(year: number, month: number, day: number) { s.once = fromWallTime(s.timeZone, year, month, day); return b; },
      atHour(hour: number) {
        if (!(hour >= 0 && hour <= 23)) throw new Error(`Invalid argument: hour (${hour})`);
        s.atHour = hour;
        return b;
      },
      nearMinute(minute: number) { s.nearMinute = minute; return b; },
      everyMinutes(n: number) {
        if (![1, 5, 10, 15, 30].includes(n)) throw new Error('The value you passed to everyMinutes is not allowed. Valid values are 1, 5, 10, 15 and 30.');
        if (ctx.addon !== false) throw new Error(ADDON_FREQUENCY_ERROR);
        s.everyMinutes = n;
        return b;
      },
      everyHours(n: number) {
        if (ctx.addon !== false && !(n >= 1)) throw new Error(ADDON_FREQUENCY_ERROR);
        s.everyHours = n;
        return b;
      },
      everyDays(n: number) { s.everyDays = n; return b; },
      everyWeeks(n: number) { s.everyDays = 7 * n; return b; },
      inTimezone(tz: string) { s.timeZone = tz; return b; },
      onMonthDay() { throw new Error('onMonthDay is not emulated'); },
      onWeekDay() { throw new Error('onWeekDay is not emulated'); },
      create() {
        if (s.once === undefined && !s.everyMinutes && !s.everyHours && !s.everyDays) {
          throw new Error('Trigger has no schedule: call everyDays/everyHours/everyMinutes/at/after first.');
        }
        // An add-on's time-driven trigger runs with no document (see ADDON_CLOCK_LIMIT_ERROR); the
        // id of the file it was created from is kept only so getUserTriggers(ss) still lists it there.
        const created = install({ handler, eventType: 'CLOCK', source: 'CLOCK', sourceId: ctx.activeDocument === false ? null : ctx.data.id, schedule: { ...s } });
        const rec = store.all.find((t) => t.uid === created.getUniqueId());
        if (rec) rec.nextRun = firstRun(s, ctx.now());
        return created;
      },
    };
    return b;
  };

  const sheetBuilder = (handler: string, sourceId: string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder => {
    let eventType: TriggerEventType | undefined;
    const b: GoogleAppsScript.Script.SpreadsheetTriggerBuilder = {
      onOpen() { eventType = 'ON_OPEN'; return b; },
      onEdit() { eventType = 'ON_EDIT'; return b; },
      onChange() { eventType = 'ON_CHANGE'; return b; },
      onFormSubmit() { throw new Error('onFormSubmit is not emulated'); },
      create() {
        if (!eventType) throw new Error('Trigger has no event: call onOpen/onEdit/onChange first.');
        if (ctx.addon !== false && (ctx.activeDocument === false || sourceId !== ctx.data.id)) throw new Error(ADDON_OTHER_FILE_ERROR);
        return install({ handler, eventType, source: 'SPREADSHEETS', sourceId });
      },
    };
    return b;
  };

  const methods = {
    newTrigger(functionName: string) {
      guarded('newTrigger');
      const tb = {
        timeBased: () => clockBuilder(functionName),
        forSpreadsheet: (key: GoogleAppsScript.Spreadsheet.Spreadsheet | string) =>
          sheetBuilder(functionName, typeof key === 'string' ? key : key.getId()),
        forDocument: () => { throw new Error('forDocument is not emulated'); },
        forForm: () => { throw new Error('forForm is not emulated'); },
        forUserCalendar: () => { throw new Error('forUserCalendar is not emulated'); },
      };
      return tb as unknown as GoogleAppsScript.Script.TriggerBuilder;
    },
    /** The current user's triggers of this project (another user's are invisible). */
    getProjectTriggers() {
      guarded('getProjectTriggers');
      return store.ownedBy(ctx.effectiveUser).map(triggerObject);
    },
    getUserTriggers(doc: { getId(): string }) {
      guarded('getUserTriggers');
      const id = doc.getId();
      return store.ownedBy(ctx.effectiveUser).filter((t) => t.sourceId === id).map(triggerObject);
    },
    deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
      guarded('deleteTrigger');
      const uid = trigger.getUniqueId();
      if (store.ownedBy(ctx.effectiveUser).some((t) => t.uid === uid)) store.remove(uid);
    },
    getOAuthToken() {
      ctx.calls.record('ScriptApp.getOAuthToken');
      return `emulated-oauth-token-for-${ctx.effectiveUser}`;
    },
    getScriptId() {
      ctx.calls.record('ScriptApp.getScriptId');
      return deps.scriptId;
    },
  } satisfies Pick<GoogleAppsScript.Script.ScriptApp,
    'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getOAuthToken' | 'getScriptId'>;
  // Enums are string-valued here: `e.authMode === ScriptApp.AuthMode.FULL` still compares as in Apps Script.
  return { AuthMode, EventType, TriggerSource, WeekDay, ...methods } as unknown as GoogleAppsScript.Script.ScriptApp;
}

