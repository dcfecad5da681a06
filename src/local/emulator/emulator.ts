/**
 * The Emulator facade: one workbook, its clock, the services as Apps Script globals, and the
 * execution model (who runs, with what authorization, with or without a UI) that triggers and
 * google.script.run calls follow. The built bundle is attached with `load()` (see ../sandbox.ts);
 * triggers are then dispatched to its top-level functions by name.
 */
import path from 'node:path';
import { FakeClock, clockDate } from './clock';
import { CallCounter, type AuthMode, type EmulatorContext } from './context';
import { newSpreadsheetData, type SpreadsheetData } from './model';
import { createSpreadsheetApp, UiLog } from './spreadsheet';
import { CacheStores, createCacheService } from './services/cache';
import { createHtmlService } from './services/html';
import { LockTable, createLockService, type LockKind } from './services/lock';
import { createConsole, createLogger, type LogLine } from './services/logger';
import { MailQuota, createMailApp, type SentMail } from './services/mail';
import { PropertyStores, createPropertiesService } from './services/properties';
import { TriggerStore, createScriptApp, type TriggerRecord } from './services/script-app';
import { activeUserEmail, createSession, createUser, type SessionOptions } from './services/session';
import { createUtilities } from './services/utilities';
import { createSheetsApi } from './services/sheets-api';
import { wallTime } from './services/tz';
import { loadBundle, type Bundle } from '../sandbox';

export interface EmulatorOptions {
  owner: string;
  /** People the file is shared with as editors (besides the owner). */
  editors?: string[];
  data?: SpreadsheetData;
  now?: Date | string;
  /** Where createHtmlOutputFromFile finds NAME.html; default dist/. */
  htmlDir?: string;
  /** Recipients a day per user; default 100 (consumer account). */
  mailQuota?: number;
  /** The script's time zone; default Asia/Ho_Chi_Minh. */
  timeZone?: string;
  scriptId?: string;
  /** The title Sheets gives the add-on menu. */
  addonName?: string;
  /** See SessionOptions.hideActiveUserOutsideDomain; default false. */
  hideActiveUserOutsideDomain?: boolean;
  /** An editor add-on (default true): ScriptApp applies the add-on trigger restrictions. */
  addon?: boolean;
  /** The Sheets advanced service (`Sheets`), enabled in appsscript.json; false leaves it undefined. */
  sheetsApi?: boolean;
}

export interface RunOptions {
  authMode?: AuthMode;
  hasUi?: boolean;
  /** Whom the script runs as; default the user (an installable trigger: its installer). */
  effectiveUser?: string;
  /** False for an add-on's time-driven execution: no active spreadsheet; default true. */
  activeDocument?: boolean;
  /** The id of the file the add-on runs in for this execution (default: the emulator's first file). */
  spreadsheetId?: string;
}

/** One trigger execution: which function ran, as whom, and how it ended. */
export interface TriggerRun {
  handler: string;
  kind: 'simple' | 'installable';
  /** The effective user. */
  user: string;
  authMode: AuthMode;
  triggerUid?: string;
  result?: unknown;
  error?: Error;
}

export interface EditEvent {
  user: string;
  /** The file edited (default: the emulator's first file). */
  spreadsheetId?: string;
  sheet: string;
  a1: string;
  value?: unknown;
  oldValue?: unknown;
}

export class Emulator {
  readonly ctx: EmulatorContext;
  readonly clock: FakeClock;
  readonly calls = new CallCounter();
  readonly outbox: SentMail[] = [];
  readonly logs: LogLine[] = [];
  readonly ui: UiLog;
  readonly triggers = new TriggerStore();
  readonly properties = new PropertyStores();
  readonly caches = new CacheStores();
  readonly locks = new LockTable();
  readonly timeZone: string;
  /** The emulated Drive: every spreadsheet by id, the first file among them. */
  readonly files = new Map<string, SpreadsheetData>();
  /** The person at the keyboard: whom bundle.call() runs as. */
  user: string;
  bundle?: Bundle;

  private readonly services: Record<string, unknown>;
  private execution = 0;
  /**
   * The platform's own view of the workbook, for building event objects: its calls are not the
   * script's, so they are not counted while the event is built (the script's later calls on
   * e.range are).
   */
  private readonly platformSheets: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  private platformBuilding = false;

  constructor(readonly opts: EmulatorOptions) {
    this.clock = new FakeClock(opts.now ?? '2021-05-07T08:00:00+07:00');
    this.timeZone = opts.timeZone ?? 'Asia/Ho_Chi_Minh';
    const data = opts.data ?? newSpreadsheetData({ owner: opts.owner, timeZone: this.timeZone });
    for (const e of opts.editors ?? []) if (!data.editors.includes(e)) data.editors.push(e);
    this.user = opts.owner;
    this.files.set(data.id, data);
    this.ctx = {
      data, files: this.files, now: () => this.clock.now(), activeUser: opts.owner, effectiveUser: opts.owner,
      authMode: 'FULL', calls: this.calls, hasUi: true, activeDocument: true, addon: opts.addon ?? true,
    };
    this.ui = new UiLog(opts.addonName ?? 'Dân vận khéo');
    this.services = this.makeServices();
    const uncounted = new CallCounter();
    const platformCtx = new Proxy(this.ctx, {
      get: (target, prop, receiver) => (prop === 'calls' && this.platformBuilding ? uncounted : Reflect.get(target, prop, receiver)),
    });
    this.platformSheets = createSpreadsheetApp(platformCtx, this.ui);
  }

  private uncounted<T>(fn: () => T): T {
    this.platformBuilding = true;
    try {
      return fn();
    } finally {
      this.platformBuilding = false;
    }
  }

  private makeServices(): Record<string, unknown> {
    const ctx = this.ctx;
    const scriptId = this.opts.scriptId ?? 'local-script';
    const session: SessionOptions = {
      timeZone: this.timeZone, locale: 'vi', scriptId, owner: this.opts.owner,
      hideActiveUserOutsideDomain: this.opts.hideActiveUserOutsideDomain ?? false,
    };
    return {
      SpreadsheetApp: createSpreadsheetApp(ctx, this.ui),
      MailApp: createMailApp(ctx, this.outbox, new MailQuota(this.opts.mailQuota ?? 100, this.timeZone)),
      PropertiesService: createPropertiesService(ctx, this.properties),
      CacheService: createCacheService(ctx, this.caches),
      LockService: createLockService({ ctx, clock: this.clock, table: this.locks, execution: () => this.execution }),
      ScriptApp: createScriptApp({ ctx, store: this.triggers, scriptId, timeZone: this.timeZone }),
      HtmlService: createHtmlService(ctx, path.resolve(this.opts.htmlDir ?? 'dist')),
      Session: createSession(ctx, session),
      Utilities: createUtilities(ctx, this.clock),
      Logger: createLogger(ctx, this.logs),
      console: createConsole(ctx, this.logs),
      Date: clockDate(this.clock),
      ...(this.opts.sheetsApi === false ? {} : { Sheets: createSheetsApi(ctx) }),
    };
  }

  /** Every Apps Script global the emulator provides, for a vm context or a test's own code. */
  globals(): Record<string, unknown> {
    return { ...this.services };
  }

  /**
   * One execution as `user`: sets who acts and with what authorization, and releases the
   * execution's locks when it ends (as Apps Script does), even if it throws.
   */
  run<T>(user: string, fn: () => T, opts: RunOptions = {}): T {
    const saved = { ...this.ctx, execution: this.execution };
    const id = ++this.executionSeq;
    this.execution = id;
    this.ctx.activeUser = user;
    this.ctx.effectiveUser = opts.effectiveUser ?? user;
    this.ctx.authMode = opts.authMode ?? 'FULL';
    this.ctx.hasUi = opts.hasUi ?? true;
    this.ctx.activeDocument = opts.activeDocument ?? true;
    if (opts.spreadsheetId !== undefined) this.ctx.data = this.requireFile(opts.spreadsheetId);
    try {
      return fn();
    } finally {
      this.ctx.data = saved.data;
      this.locks.releaseExecution(id);
      this.execution = saved.execution;
      this.ctx.activeUser = saved.activeUser;
      this.ctx.effectiveUser = saved.effectiveUser;
      this.ctx.authMode = saved.authMode;
      this.ctx.hasUi = saved.hasUi;
      this.ctx.activeDocument = saved.activeDocument;
    }
  }
  private executionSeq = 0;

  /** The first file: the one the emulator was made with (the hub, in a multi-file campaign). */
  get data(): SpreadsheetData { return this.files.values().next().value as SpreadsheetData; }

  /** A file of the emulated Drive (another user's, a member workbook…), as given. */
  addFile(data: SpreadsheetData): SpreadsheetData {
    if (this.files.has(data.id)) throw new Error(`addFile: a file with id ${data.id} exists`);
    this.files.set(data.id, data);
    return data;
  }

  /** The file deleted for good (emptied from the trash): openById fails from now on. */
  deleteFile(id: string): void {
    if (id === this.data.id) throw new Error('deleteFile: the first file is the emulator\'s own');
    this.files.delete(id);
  }

  /** The file with this id; throws when there is none. */
  requireFile(id: string): SpreadsheetData {
    const f = this.files.get(id);
    if (!f) throw new Error(`No file with id ${id} in the emulated Drive`);
    return f;
  }

  /** "Another execution holds the `kind` lock until `untilMs`" (a user lock: that user's). */
  holdLock(kind: LockKind, untilMs: number | Date, user = this.opts.owner): void {
    this.locks.hold(LockTable.key(kind, user, this.ctx.data.id), untilMs instanceof Date ? untilMs.getTime() : untilMs);
  }

  /** Loads the built bundle into a fresh vm context; triggers then run its functions. */
  load(codePath = 'dist/Code.js'): Bundle {
    this.bundle = loadBundle(this, codePath);
    return this.bundle;
  }

  /** Attaches any bundle-like object (tests may pass handlers without building). */
  attach(bundle: Bundle): void {
    this.bundle = bundle;
  }

  /** The file is opened by `user`: the simple onOpen, then each installable open trigger. */
  fireOpen(user: string, opts: { authMode?: 'NONE' | 'LIMITED'; spreadsheetId?: string } = {}): TriggerRun[] {
    return this.inFile(opts.spreadsheetId, () => {
      const source = this.activeSpreadsheet();
      const authMode = opts.authMode ?? 'LIMITED';
      return this.fire('onOpen', 'ON_OPEN', user, authMode, (t, mode) => ({
        authMode: mode, source, user: this.userObject(user, mode), ...(t ? { triggerUid: t.uid } : {}),
      }));
    });
  }

  /** Runs `fn` with `id` as the file the add-on is used in (events, triggers and runs inside see it). */
  private inFile<T>(id: string | undefined, fn: () => T): T {
    if (id === undefined) return fn();
    const saved = this.ctx.data;
    this.ctx.data = this.requireFile(id);
    try {
      return fn();
    } finally {
      this.ctx.data = saved;
    }
  }

  /**
   * `user` edited a cell (the caller has already written it as that user). Runs the simple onEdit
   * as the editor with LIMITED auth, then each installable edit trigger as its installer with FULL.
   * https://developers.google.com/apps-script/guides/triggers/events#edit
   */
  fireEdit(edit: EditEvent): TriggerRun[] {
    return this.inFile(edit.spreadsheetId, () => this.fireEditHere(edit));
  }

  private fireEditHere(edit: EditEvent): TriggerRun[] {
    const { ss, range } = this.uncounted(() => {
      const book = this.platformSheets.getActiveSpreadsheet();
      const sheet = book.getSheetByName(edit.sheet);
      if (!sheet) throw new Error(`fireEdit: no sheet named ${edit.sheet}`);
      return { ss: book, range: sheet.getRange(edit.a1) };
    });
    return this.fire('onEdit', 'ON_EDIT', edit.user, 'LIMITED', (t, mode) => ({
      authMode: mode, range, source: ss, user: this.userObject(edit.user, mode),
      ...(edit.value !== undefined ? { value: edit.value } : {}),
      ...(edit.oldValue !== undefined ? { oldValue: edit.oldValue } : {}),
      ...(t ? { triggerUid: t.uid } : {}),
    }));
  }

  /**
   * Runs each time-driven trigger due at the clock's time, as its installer, FULL auth, no UI and
   * (an add-on's) no active document: the handler opens files by id.
   */
  runDueTimeTriggers(): TriggerRun[] {
    const runs: TriggerRun[] = [];
    for (const t of this.triggers.due(this.clock.now())) {
      const w = wallTime(this.clock.now(), 'UTC');
      const event = {
        authMode: 'FULL', triggerUid: t.uid, year: w.year, month: w.month, 'day-of-month': w.day,
        'day-of-week': w.weekday === 0 ? 7 : w.weekday, hour: w.hour, minute: w.minute, second: w.second, timezone: 'UTC',
      };
      runs.push(this.invoke(t.handler, 'installable', t.owner, t.owner, 'FULL', false, event, t.uid, this.ctx.addon === false));
      this.triggers.advance(t, this.clock.now());
    }
    return runs;
  }

  private fire(simple: string, type: TriggerRecord['eventType'], user: string, simpleMode: AuthMode,
    event: (t: TriggerRecord | undefined, mode: AuthMode) => object): TriggerRun[] {
    const runs: TriggerRun[] = [];
    if (this.requireBundle().functionNames().includes(simple)) {
      runs.push(this.invoke(simple, 'simple', user, user, simpleMode, true, event(undefined, simpleMode)));
    }
    for (const t of this.triggers.all.filter((x) => x.eventType === type && x.sourceId === this.ctx.data.id)) {
      runs.push(this.invoke(t.handler, 'installable', user, t.owner, 'FULL', true, event(t, 'FULL'), t.uid));
    }
    return runs;
  }

  private invoke(handler: string, kind: TriggerRun['kind'], active: string, effective: string, authMode: AuthMode,
    hasUi: boolean, event: object, triggerUid?: string, activeDocument = true): TriggerRun {
    const run: TriggerRun = { handler, kind, user: effective, authMode, ...(triggerUid ? { triggerUid } : {}) };
    const bundle = this.requireBundle();
    try {
      run.result = this.run(active, () => bundle.invoke(handler, [event]), { authMode, hasUi, effectiveUser: effective, activeDocument });
    } catch (e) {
      run.error = e instanceof Error ? e : new Error(String(e));
    }
    return run;
  }

  private userObject(user: string, mode: AuthMode): GoogleAppsScript.Base.User {
    const shown = activeUserEmail({ ...this.ctx, activeUser: user, authMode: mode }, {
      timeZone: this.timeZone, locale: 'vi', scriptId: '', owner: this.opts.owner,
      hideActiveUserOutsideDomain: this.opts.hideActiveUserOutsideDomain ?? false,
    });
    return createUser(shown);
  }

  private activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this.uncounted(() => this.platformSheets.getActiveSpreadsheet());
  }

  private requireBundle(): Bundle {
    if (!this.bundle) throw new Error('No bundle loaded: call emulator.load() (or attach()) first.');
    return this.bundle;
  }
}

export function createEmulator(opts: EmulatorOptions): Emulator {
  return new Emulator(opts);
}
