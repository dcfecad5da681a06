/**
 * One workbook file open in the emulator with the built bundle loaded: everything the playground
 * page does goes through here, and every rule it shows comes from dist/Code.js (no second
 * implementation). Mutations are saved back to the file so `dvk check` sees them.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createEmulator, type Emulator, type TriggerRun } from '../emulator/emulator';
import type { SpreadsheetData } from '../emulator/model';
import type { Bundle } from '../sandbox';
import { CONFIG_SHEET_NAME } from '../../core/config-sheet';
import { readWorkbook, writeWorkbook } from '../xlsx';
import { typedValue } from './typed-value';
import { LOCAL_TIME_ZONE, morningOf } from '../morning';
import { wallTime } from '../emulator/services/tz';
import { formatVnDate, toLocalDate } from '../../core/dates';
import { workbookView, type WorkbookView } from './view';
import { jobName } from './job-names';
import { openMembersBeside, saveMembersBeside } from '../cli/campaign-set';

/**
 * Who owns a file that came from elsewhere (no __dvk sheet): the CLI's owner, whose address the
 * campaign's e-mail rule accepts ('owner@localhost' made Khởi tạo fail on coordinators[0]).
 */
export { DEFAULT_OWNER } from '../cli/workbook';
import { DEFAULT_OWNER } from '../cli/workbook';
const TIME_ZONE = LOCAL_TIME_ZONE;
/** More setup runs than any workbook needs (each run resumes where the last stopped). */
const MAX_SETUP_RUNS = 50;

export interface EditRequest {
  sheetId: number;
  a1: string;
  /** The text typed, as in a Sheets cell ('' clears it). */
  value: string;
  /** The editor's e-mail; default the owner. */
  as?: string;
}

export interface TriggerOutcome {
  handler: string;
  /** What the status bar calls the job (jobName): people never see the handler's function name. */
  job: string;
  user: string;
  ok: boolean;
  error?: string;
}

export interface MailView {
  from: string;
  to: string;
  cc: string;
  subject: string;
  body: string;
  /** dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
  sentAt: string;
}

export interface PlaygroundState {
  file: string;
  owner: string;
  /** Who may edit the file (owner first): the page's "edit as" choices. */
  people: string[];
  /** yyyy-MM-dd in Asia/Ho_Chi_Minh. */
  today: string;
  functions: string[];
  /** The spreadsheets of the campaign (the hub, then member workbooks) and which one is shown. */
  files: { id: string; name: string; current: boolean }[];
}

function message(e: unknown): string {
  return typeof e === 'object' && e && 'message' in e ? String((e as Error).message) : String(e);
}

function outcome(run: TriggerRun): TriggerOutcome {
  return { handler: run.handler, job: jobName(run.handler), user: run.user, ok: !run.error, ...(run.error ? { error: message(run.error) } : {}) };
}

/** dd/MM/yyyy HH:mm in the campaign's zone. */
function vnDateTime(d: Date): string {
  const w = wallTime(d.getTime(), TIME_ZONE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatVnDate(toLocalDate(d, TIME_ZONE))} ${two(w.hour)}:${two(w.minute)}`;
}

/** The repository's dist/ (from source or tests), else dist/ beside the built CLI, else ./dist. */
export function findDist(): string {
  const candidates = [path.resolve(__dirname, '../../../dist'), path.resolve(__dirname, '..'), path.resolve('dist')];
  const found = candidates.find((d) => existsSync(path.join(d, 'Code.js')) && existsSync(path.join(d, 'Sidebar.html')));
  if (!found) throw new Error('chưa build — chạy npm run build');
  return found;
}

export class PlaygroundSession {
  readonly emu: Emulator;
  readonly bundle: Bundle;

  /** The spreadsheet shown, typed into and the sidebar runs in: the hub, or a member workbook picked. */
  private currentId: string;

  constructor(readonly file: string, readonly data: SpreadsheetData, opts: { now?: Date; dist?: string } = {}) {
    const dist = opts.dist ?? findDist();
    this.emu = createEmulator({ owner: data.owner, data, now: opts.now ?? new Date(), htmlDir: dist, timeZone: TIME_ZONE });
    this.bundle = this.emu.load(path.join(dist, 'Code.js'));
    this.currentId = data.id;
  }

  static async open(file: string, opts: { now?: Date; dist?: string } = {}): Promise<PlaygroundSession> {
    const data = await readWorkbook(file, { owner: DEFAULT_OWNER });
    const session = new PlaygroundSession(path.resolve(file), data, opts);
    // A campaign over several files: its member workbooks beside the hub, as dvk keeps them.
    await openMembersBeside(session, session.file);
    session.restoreTriggers();
    return session;
  }

  /** The spreadsheet on screen. */
  get book(): SpreadsheetData {
    return this.emu.files.get(this.currentId) ?? this.data;
  }

  /** The file picker: show (and run the sidebar in) another spreadsheet of the campaign. */
  selectFile(id: string): void {
    if (!this.emu.files.has(id)) throw new Error(`Không có tệp ${id}`);
    this.currentId = id;
  }

  /** Runs `fn` as `user` with the file on screen as the one the add-on is used in. */
  private here<T>(user: string, fn: () => T): T {
    return this.emu.run(user, fn, { spreadsheetId: this.currentId });
  }

  /**
   * Installable triggers live with the script project, not in the file, so a workbook read from
   * .xlsx has none. The coordinator's own setup run re-creates them (it installs the edit trigger
   * once and reports existing tabs as present), as pressing "Tạo/cập nhật tab đơn vị" would.
   */
  restoreTriggers(): void {
    if (!this.publicFunctions().includes('setupUnitTabs')) return;
    if (!this.data.sheets.some((s) => s.name === CONFIG_SHEET_NAME)) return;
    this.emu.user = this.owner;
    for (let run = 0; run < MAX_SETUP_RUNS; run++) {
      try {
        const r = this.bundle.call('setupUnitTabs') as { finished?: boolean } | null;
        if (!r || r.finished !== false) return;
      } catch {
        // A workbook the add-on cannot set up yet still opens; the sidebar says why.
        return;
      }
    }
  }

  get owner(): string {
    return this.data.owner;
  }

  /** The functions google.script.run may call: every top-level one not ending in "_". */
  publicFunctions(): string[] {
    return this.bundle.functionNames().filter((n) => !n.endsWith('_'));
  }

  state(): PlaygroundState {
    return {
      file: path.basename(this.file), owner: this.owner, people: [this.owner, ...this.data.editors.filter((e) => e !== this.owner)],
      today: this.today(), functions: this.publicFunctions(),
      files: [...this.emu.files.values()].map((f) => ({ id: f.id, name: f.id === this.data.id ? path.basename(this.file) : f.name, current: f.id === this.currentId })),
    };
  }

  /** A google.script.run call from the sidebar, as the coordinator (the file's owner). */
  run(fn: string, args: unknown[]): unknown {
    if (!this.publicFunctions().includes(fn)) throw new Error(`Script function not found: ${fn}`);
    this.emu.user = this.owner;
    return this.here(this.owner, () => this.bundle.invoke(fn, args));
  }

  /** The sidebar exactly as the add-on's menu item shows it (onOpen, then showSidebar). */
  sidebarHtml(): string {
    this.emu.user = this.owner;
    this.emu.fireOpen(this.owner, { spreadsheetId: this.currentId });
    this.here(this.owner, () => this.bundle.invoke('showSidebar', []));
    const shown = this.emu.ui.lastSidebar();
    if (!shown) throw new Error('showSidebar showed no sidebar');
    return shown.html;
  }

  /**
   * A person types into one cell: the text is stored as Sheets parses it (as that person, so
   * protections apply), then the add-on's onEdit triggers run as in Sheets.
   */
  edit(req: EditRequest): TriggerOutcome[] {
    const user = req.as || this.owner;
    const sheet = this.book.sheets.find((s) => s.id === req.sheetId);
    if (!sheet) throw new Error(`Không có trang tính id ${req.sheetId}`);
    const app = this.sheetsApp();
    const oldValue = this.here(user, () => {
      const range = app.getActiveSpreadsheet().getSheetByName(sheet.name)!.getRange(req.a1);
      if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) throw new Error(`${req.a1} không phải một ô`);
      const old = range.getValue();
      const value = typedValue(req.value, this.book.timeZone);
      if (value === '') range.clearContent();
      else range.setValue(value);
      return old;
    });
    return this.emu.fireEdit({
      user, sheet: sheet.name, a1: req.a1, spreadsheetId: this.currentId,
      ...(req.value !== '' ? { value: req.value } : {}),
      ...(oldValue !== '' ? { oldValue: String(oldValue) } : {}),
    }).map(outcome);
  }

  /** A tab click: the sheet becomes active, as the add-on's getActiveSheet() then sees it. */
  selectSheet(sheetId: number): void {
    const sheet = this.book.sheets.find((s) => s.id === sheetId);
    if (!sheet) throw new Error(`Không có trang tính id ${sheetId}`);
    const app = this.sheetsApp();
    this.here(this.owner, () => app.getActiveSpreadsheet().setActiveSheet(app.getActiveSpreadsheet().getSheetByName(sheet.name)!));
  }

  activeSheetId(): number {
    const app = this.sheetsApp();
    return this.here(this.owner, () => app.getActiveSpreadsheet().getActiveSheet().getSheetId());
  }

  view(): WorkbookView {
    return workbookView(this.book, this.activeSheetId());
  }

  today(): string {
    return toLocalDate(new Date(this.emu.clock.now()), TIME_ZONE);
  }

  /** "Today" becomes `yyyy-MM-dd` at 08:00 Asia/Ho_Chi_Minh, as `dvk --today` does. */
  setToday(isoDay: string): void {
    const at = morningOf(isoDay, TIME_ZONE);
    if (!at) throw new Error(`“${isoDay}” không phải ngày dạng YYYY-MM-DD`);
    this.emu.clock.set(at.getTime());
  }

  /**
   * "Chạy tác vụ định kỳ": the clock first moves on to the next time-driven run if it falls later
   * today, then every trigger due runs as its installer. "Today" holds the clock at 08:00, and an
   * hourly trigger installed then first fires at 09:00, so without this the button would find
   * nothing due on the day reminders were turned on. A run due only on a later day waits for
   * "Hôm nay" to move there.
   */
  runTimeTriggers(): TriggerOutcome[] {
    const now = this.emu.clock.now();
    const next = Math.min(...this.emu.triggers.all.map((t) => (t.eventType === 'CLOCK' && t.nextRun !== undefined ? t.nextRun : Infinity)));
    if (next > now && Number.isFinite(next) && toLocalDate(new Date(next), TIME_ZONE) === this.today()) this.emu.clock.set(next);
    return this.emu.runDueTimeTriggers().map(outcome);
  }

  /** dd/MM/yyyy HH:mm of the emulator's clock, in Asia/Ho_Chi_Minh. */
  clockText(): string {
    return vnDateTime(new Date(this.emu.clock.now()));
  }

  outbox(): MailView[] {
    return this.emu.outbox.map((m) => {
      return { from: m.from, to: m.to, cc: m.cc, subject: m.subject, body: m.body, sentAt: vnDateTime(m.sentAt) };
    });
  }

  /** Written beside the file and renamed over it: a crash never leaves half a workbook. */
  async save(): Promise<void> {
    await writeWorkbook(this.data, this.file);
    await saveMembersBeside(this, this.file);
  }

  private sheetsApp(): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
    return this.emu.globals().SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  }
}
