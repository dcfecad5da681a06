/**
 * setupUnitTabs(): one resumable run of "Tạo/cập nhật tab đơn vị". Creates the missing unit tabs
 * from Mẫu đăng ký, brings protections in step with Cấu hình, marks tabs of removed units, and
 * stops before the time budget; the rest goes on by itself in one-off trigger runs
 * (../schedule/setup-continuation), and a sidebar still open may call again meanwhile: the setup
 * claim lets one part run at a time. Never clears, overwrites or reorders a unit's rows, never
 * deletes a tab.
 */
import type { Campaign } from '../../core/campaign';
import type { UnitIssue } from '../../core/config-sheet';
import { assertCoordinator, callerEmail, coordinatorsOf, ownerEmail } from '../auth';
import { CONFIG_PROTECTION, TEMPLATE_PROTECTION } from './init-campaign';
import { COST_MS, RunBudget } from './budget';
import { campaignOrThrow, loadCampaignSource, NOT_INITIALIZED } from './config-source';
import { SETUP_CLAIM_KEY, withDocumentClaim } from '../schedule/lock';
import { continueLater, pendingSetups, readSetupProgress, settled, writeSetupProgress } from '../schedule/setup-continuation';
import { ensureEditTrigger } from '../validation/edit-trigger';
import { planSetup, type Action } from './plan';
import { assertManages, editorsRequest, managesSheet, normEmails, protectRoleSheets, protectSheet, syncCoordinatorSheets } from './protect';
import { markConfigProblems } from './config-marks';
import { migrateOldConfig } from './config-migrate';
import { fitConfigLook } from './config-look';
import { memberFullMessage, sheetRoom, tooManyUnitsMessage } from './sheet-room';
import { campaignFiles, type MemberSummary } from './campaign-files';
import { assertNotMember } from './hub-of';
import { KEY, type Tracking } from './tracking';
import { applyPrefill, readPrefill } from './carry-over';
import { readUnitTab } from '../../core/unit-tab/read';
import type { Prefill } from '../../core/unit-tab/carry-over';
import type { SheetValue } from '../../core/unit-tab/entry';
import { findUnitTabs, type FoundUnitTabs, type UnitTab } from './recognise-tabs';
import { adoptRecognisedTab, adoptUnitTab, createUnitTab, finishUnitTab, isBareTemplateCopy, markRemoved, updateUnitTab, type Who } from './unit-tab';
import { freshSheetIds, removeCarriedProtections, retagRequests, sendTabBatch, TABS_PER_BATCH } from './tab-batch';
import { batchUpdateService } from '../sheets-write';
import { unitMarkerName } from '../../core/unit-tab/marker';
import type { FileLayout, LaidProtection } from './file-layout';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type UnitTabStatus = 'created' | 'adopted' | 'present' | 'renamed' | 'removed' | 'problem';

export interface UnitTabItem {
  unit: string;
  sheetName: string;
  sheetId?: number;
  status: UnitTabStatus;
  message: string;
  /** What keeps the unit from editing its tab: no contact e-mail, or the file not shared with its e-mails. */
  blocked?: ('no-email' | 'not-shared')[];
  /** The sentence of `message` saying the file is not shared with the unit's e-mails: the sidebar drops it once shared. */
  shareNote?: string;
  /** The member workbook holding the tab (absent: the hub) and its address. */
  file?: string;
  url?: string;
}

/** One batch; the sidebar calls again while !finished. */
export interface SetupUnitTabsResult {
  finished: boolean;
  done: number;
  total: number;
  items: UnitTabItem[];
  /** A note about the whole run (e.g. why it stopped early). */
  message?: string;
  /** The member workbooks, when the campaign spans several files. */
  members?: MemberSummary[];
  /** Not finished, and the rest goes on by itself (a one-off trigger), sidebar open or not. */
  continuing?: boolean;
  /** Another part of this setup is running now: nothing was done in this call; done/total are the last recorded. */
  busy?: boolean;
}

/** How long a sidebar call waits for a part in progress before reporting it (the sidebar calls again). */
const SIDEBAR_WAIT_MS = 10_000;
const BUSY = 'Một người tổng hợp khác đang khởi tạo hoặc tạo trang tính đơn vị. Vui lòng thử lại sau ít phút.';

export function setupUnitTabs(): SetupUnitTabsResult {
  const startedAt = Date.now();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  assertNotMember(ss);
  const r = setupPart(ss, new RunBudget(startedAt), SIDEBAR_WAIT_MS);
  if (r) return r;
  const p = readSetupProgress(ss);
  if (!p || p.finished) throw new Error(BUSY);
  return { finished: false, done: p.done, total: p.total, items: [], busy: true, continuing: true,
    message: 'Việc tạo trang tính đang tự động chạy tiếp; có thể đóng thanh bên, khi mở lại sẽ thấy tiến độ và kết quả.' };
}

/**
 * One part of the setup, holding the setup claim; its progress recorded where the sidebar reads it
 * and, when the budget stopped it, the rest left to a continuation trigger. undefined: another
 * part holds the claim.
 */
export function setupPart(ss: Spreadsheet, budget: RunBudget, waitMs: number): SetupUnitTabsResult | undefined {
  // Who may run it is settled first: a refused caller leaves no trace, not even the claim's tag.
  const allowed = authorise(ss);
  const claimed = withDocumentClaim(ss, waitMs, (claim) => runSetup(ss, budget, allowed, claim.layout), SETUP_CLAIM_KEY, true);
  if (!claimed.ok) return undefined;
  const result = claimed.value;
  const continued = pendingSetups().includes(ss.getId());
  // A setup done in one part leaves no record (the sidebar showed it); one that went on records each part.
  if (!result.finished || continued) writeSetupProgress(ss, { done: result.done, total: result.total, finished: result.finished, at: new Date().toISOString() }, allowed.src.config);
  const lead = (r: SetupUnitTabsResult) => { if (allowed.migration) r.message = [allowed.migration, r.message].filter(Boolean).join(' '); return r; };
  if (result.finished) {
    if (continued) settled(ss.getId());
    return lead(result);
  }
  try {
    continueLater(ss);
    result.continuing = true;
    result.message = `Đã xong ${result.done}/${result.total} trang tính; phần còn lại tự động chạy tiếp sau ít phút, có thể đóng thanh bên.`;
  } catch (e) {
    result.message = `${result.message ?? ''} Không đặt được lượt chạy tiếp tự động (${e instanceof Error ? e.message : String(e)}): hãy giữ thanh bên mở cho đến khi xong.`.trim();
  }
  return lead(result);
}

interface Allowed {
  src: ReturnType<typeof loadCampaignSource> & { config: Sheet; template: Sheet }; who: Who; campaign: Campaign;
  /** What became of an older Cấu hình (brought to the current layout, or why not): said first in the result. */
  migration?: string;
}

/**
 * The caller is a coordinator able to change the add-on's protections, and the campaign is sound. Changes
 * nothing but Cấu hình's notes: its problems are written at their cells (a fixed one's note goes).
 */
function authorise(ss: Spreadsheet): Allowed {
  let src = loadCampaignSource(ss);
  const who: Who = { me: callerEmail(), owner: ownerEmail(ss) };
  assertCoordinator(who.me, who.owner, coordinatorsOf(src.config, src.grid), 'tạo/cập nhật trang tính đơn vị');
  if (!src.config || !src.template) throw new Error(src.lost ?? NOT_INITIALIZED);
  const config = src.config;
  const manages = managesSheet(config);
  // An older Cấu hình is brought to the current layout first, so its problems are then written where they now are.
  const migration = manages && src.read?.campaign && !src.recognised ? migrateOldConfig(config, src.grid, ss.getSpreadsheetTimeZone()) : null;
  if (migration?.migrated) src = src.layout === undefined ? loadCampaignSource(ss) : loadCampaignSource(ss, src.layout);
  if (manages && src.read) markConfigProblems(config, src.grid, src.read);
  const campaign = campaignOrThrow(src, 'chưa tạo trang tính nào');
  // A coordinator added since the last run is not yet an editor of the protections: stop before any change.
  if (!manages) assertManages(config, who, campaign.coordinators);
  return { src: src as Allowed['src'], who, campaign, ...(migration ? { migration: migration.message } : {}) };
}

/** `layout`: the hub's, as the claim read it (null without the Sheets API): the run's tracking and member registry come from it. */
function runSetup(ss: Spreadsheet, budget: RunBudget, { src, who, campaign }: Allowed, layout: FileLayout | null): SetupUnitTabsResult {
  budget.charge(COST_MS.start);
  const files = campaignFiles(ss, src.template, campaign, who, layout);
  const reserved = new Set([src.config.getSheetId(), src.template.getSheetId()]);
  const hub = planFile(ss, files.hub.campaign, files.hub.tracking, reserved);
  const room = sheetRoom(hub.tracking.sheets.length, hub.tracking.roleKeys, hub.actions, files.hub.campaign.units.length);
  if (room.fit < room.units) throw new Error(tooManyUnitsMessage(room));
  // Unit tabs exist only from here on: the coordinator's edit trigger, which marks problems as units type, comes with them.
  ensureEditTrigger(ss);
  const coordinatorsChanged = { changed: false };
  protectSheet(src.config, campaign.coordinators, CONFIG_PROTECTION, who, coordinatorsChanged);
  protectSheet(src.template, campaign.coordinators, TEMPLATE_PROTECTION, who, coordinatorsChanged);
  fitConfigLook(src.config, src.grid);
  if (coordinatorsChanged.changed) {
    const own = new Set([src.config.getSheetId(), src.template.getSheetId()]);
    protectRoleSheets(ss, [...files.hub.tracking.roles.values()].filter((id) => !own.has(id)), campaign.coordinators, who);
  }

  const issues = src.read?.unitIssues ?? [];
  // Last year's models to pre-fill new tabs with (a file made by "Tạo chiến dịch năm sau"): read once a run.
  const prefill = readPrefill(ss, files.hub.tracking, src.template, campaign);
  const result = runFile(ss, src.template, files.hub.campaign, who, budget, hub, issues, prefill);
  result.items.unshift(...adoptRoleSheets(ss, src));
  result.total = campaign.units.length;
  for (const m of files.members(budget, () => result.finished = false)) {
    // Its Mẫu đăng ký lists the coordinators Cấu hình names now, as the hub's does.
    const refused = m.tracking.protections === undefined ? null
      : syncCoordinatorSheets(m.ss, [m.template.getSheetId(), ...m.tracking.roles.values()], m.tracking.protections, m.campaign.coordinators, m.who);
    if (refused) result.items.push({ unit: '', sheetName: m.template.getName(), status: 'problem', message: refused, file: m.record.name, url: m.record.url });
    const plan = planFile(m.ss, m.campaign, m.tracking, new Set([m.template.getSheetId()]));
    const memberRoom = sheetRoom(m.tracking.sheets.length, m.tracking.roleKeys, plan.actions, m.campaign.units.length, []);
    if (memberRoom.fit < memberRoom.units) {
      const full = memberFullMessage(m.record.name, memberRoom);
      for (const a of plan.actions) if (a.kind === 'create') result.items.push({ unit: a.unit.name, sheetName: a.sheetName, status: 'problem', message: full, file: m.record.name, url: m.record.url });
      plan.actions = plan.actions.filter((a) => a.kind !== 'create');
    }
    const r = runFile(m.ss, m.template, m.campaign, m.who, budget, plan, issues, prefill);
    result.done += r.done;
    result.finished &&= r.finished;
    result.items.push(...r.items.map((i) => ({ ...i, file: m.record.name, url: m.record.url })));
  }
  result.items.push(...files.problems);
  if (files.list.length) result.members = files.list;
  if (!result.finished) result.message = `Đã xong ${result.done}/${result.total} trang tính; đang tiếp tục…`;
  return result;
}

/** Cấu hình / Mẫu đăng ký recognised by their content (the file lost its tracking) are tracked again; the list says so. */
function adoptRoleSheets(ss: Spreadsheet, src: ReturnType<typeof loadCampaignSource>): UnitTabItem[] {
  const r = src.recognised;
  if (!r) return [];
  for (const [key, sheet] of [[KEY.config, r.config], [KEY.template, r.template]] as const) if (sheet) ss.addDeveloperMetadata(key, String(sheet.getSheetId()));
  return r.notes.map(({ sheet, message }) => (sheet
    ? { unit: '', sheetName: sheet.getName(), sheetId: sheet.getSheetId(), status: 'adopted', message }
    : { unit: '', sheetName: '', status: 'problem', message }));
}

interface FilePlan { tracking: Tracking; found: FoundUnitTabs; actions: Action[] }

/** One file's plan: untracked tabs recognisably a unit's form are adopted; unclear ones hold their units back from a new tab. */
function planFile(ss: Spreadsheet, c: Campaign, tracking: Tracking, reserved: Set<number>): FilePlan {
  const found = findUnitTabs(ss, c, [...reserved], tracking);
  const held = new Map<string, string>();
  for (const u of found.unclear) for (const unit of u.units) held.set(unit, u.message);
  const tabs = found.tabs.map(({ sheetId, name, unit, sync, recognised }) => ({ sheetId, name, unit, ...(sync ? { sync } : {}), ...(recognised ? { recognised: recognised.how, placeholder: recognised.placeholder } : {}) }));
  return { tracking, found, actions: planSetup(c, tracking.sheets, tabs, reserved, held) };
}

function runFile(ss: Spreadsheet, template: Sheet, c: Campaign, who: Who, budget: RunBudget, plan: FilePlan, issues: UnitIssue[],
  prefill: ((unit: string) => Prefill | null) | null): SetupUnitTabsResult {
  const run = new Run(ss, template, c, who, budget, plan.tracking.sheets, plan.found.tabs, issues, prefill, plan.tracking.protections ?? null);
  for (const a of plan.actions) run.perform(a);
  run.flush();
  for (const u of plan.found.unclear) if (u.units.length === 0) run.unclear(u.names, u.sheetIds, u.message);
  return run.result();
}

type Create = Extract<Action, { kind: 'create' }>;
type Update = Extract<Action, { kind: 'update' }>;

class Run {
  /** In action order; a tab queued for a batch holds its place (undefined) until the batch is sent. */
  readonly items: (UnitTabItem | undefined)[] = [];
  private done = 0;
  /** New tabs waiting for their Sheets API batch (tab-batch.ts), with their place in `items`. */
  private queue: { a: Create; slot: number }[] = [];
  /** Present tabs whose editors change, waiting for their Sheets API batch (flushUpdates), each with its protection as the run's read listed it. */
  private updates: { a: Update; p: LaidProtection; slot: number }[] = [];
  /** Updates go in Sheets API batches until one is refused (then SpreadsheetApp for the rest of the run). */
  private updatesApi: boolean;
  /** The advanced service, until a batch of this run is refused (then SpreadsheetApp for the rest). */
  private api = batchUpdateService();
  /** Names of the file's named ranges, lower case, read once when a batch is first planned (a marker already there would fail the batch). */
  private names: Set<string> | null = null;
  /** A batch's copies came without Mẫu đăng ký's protection: later batches of this run are not read back. */
  private copiesClean = false;
  private readonly takenIds: Set<number>;
  private stopped = false;
  private nextIndex: number;
  private readonly bySheetId: Map<number, UnitTab>;
  private readonly sheetById: Map<number, Sheet>;
  private readonly fileEditors: Set<string>;
  private readonly issues: Map<string, string[]>;

  constructor(
    private readonly ss: Spreadsheet, private readonly template: Sheet, private readonly c: Campaign,
    private readonly who: Who, private readonly budget: RunBudget, sheets: Tracking['sheets'], tabs: UnitTab[], unitIssues: UnitIssue[],
    private readonly prefill: ((unit: string) => Prefill | null) | null,
    /** The file's protections as setup's layout read listed them (null: read with SpreadsheetApp). */
    private readonly protections: readonly LaidProtection[] | null,
  ) {
    this.updatesApi = Boolean(protections && this.api);
    this.nextIndex = sheets.length;
    this.bySheetId = new Map(tabs.map((t) => [t.sheetId, t]));
    this.sheetById = new Map(sheets.map((s) => [s.sheetId, s.sheet]));
    this.takenIds = new Set(sheets.map((s) => s.sheetId));
    this.fileEditors = new Set([who.owner, ...ss.getEditors().map((u) => u.getEmail().toLowerCase())]);
    this.issues = new Map();
    for (const i of unitIssues) this.issues.set(i.unit, [...(this.issues.get(i.unit) ?? []), i.message]);
  }

  result(): SetupUnitTabsResult {
    const total = this.c.units.length;
    const r: SetupUnitTabsResult = { finished: !this.stopped, done: this.done, total, items: this.items.filter((i) => i !== undefined) };
    if (this.stopped) r.message = `Đã xong ${this.done}/${total} trang tính; đang tiếp tục…`;
    return r;
  }

  /**
   * Last year's models into a tab not yet handed to its unit (setup/carry-over.ts). A tab a run
   * that died left unfinished gets them only while it has no entry: it may hold them already.
   */
  private prefillTab(sheet: Sheet, unit: string, fresh: boolean): void {
    const p = this.prefill?.(unit);
    if (!p) return;
    if (!fresh && readUnitTab(sheet.getDataRange().getValues() as SheetValue[][], this.c).entries.length > 0) return;
    applyPrefill(sheet, p);
  }

  /**
   * Whether a new tab goes in a Sheets API batch: the service is there, no untagged copy of a dead
   * run may be its (SpreadsheetApp looks at it), no pre-fill (written with SpreadsheetApp), and its
   * marker's name is free (addNamedRange refuses a name in use; markUnitTab moves it).
   */
  private batchable(a: Create): boolean {
    if (!this.api || a.orphan || this.prefill?.(a.unit.name)) return false;
    this.names ??= new Set(this.ss.getNamedRanges().map((n) => n.getName().toLowerCase()));
    return !this.names.has(unitMarkerName(a.unit.name).toLowerCase());
  }

  /**
   * A present tab's new editors go in a Sheets API batch when its whole-sheet protection was listed
   * with its editors (the caller is among them), it is not coming back from removal (its colour is a
   * SpreadsheetApp write) and its marker is there, as its sync state says (trusted as for a tab with
   * nothing to do). Otherwise protectSheet, with SpreadsheetApp.
   */
  private listedProtection(a: Action): LaidProtection | undefined {
    if (a.kind !== 'update' || a.markOnly || !this.updatesApi || this.stopped) return undefined;
    const tab = this.bySheetId.get(a.tab.sheetId);
    if (!tab || tab.metaId === undefined || !tab.sync?.marked || tab.sync.removed) return undefined;
    const mine = this.protections!.filter((p) => p.whole && p.sheetId === a.tab.sheetId);
    return mine.length === 1 && mine[0].canEdit && mine[0].users ? mine[0] : undefined;
  }

  perform(a: Action): void {
    const listed = this.listedProtection(a);
    if (listed) {
      const cost = COST_MS.updateInBatch + (this.updates.length === 0 ? COST_MS.tabBatch : 0);
      if (!this.budget.canAfford(cost)) { this.stopped = true; return; }
      this.budget.charge(cost);
      this.updates.push({ a: a as Update, p: listed, slot: this.items.push(undefined) - 1 });
      if (this.updates.length >= TABS_PER_BATCH) this.flushUpdates();
      return;
    }
    const batched = a.kind === 'create' && !this.stopped && this.batchable(a);
    const filled = (a.kind === 'create' || a.kind === 'finish' || a.kind === 'adopt') && this.prefill?.(a.unit.name) ? COST_MS.prefill : 0;
    const cost = batched ? COST_MS.createInBatch + (this.queue.length === 0 ? COST_MS.tabBatch : 0)
      : filled + (a.kind === 'create' ? COST_MS.create : a.kind === 'finish' || a.kind === 'adopt' ? COST_MS.finish : a.kind === 'update' ? COST_MS.update
        : a.kind === 'markRemoved' ? COST_MS.markRemoved : 0);
    // Work already done (cost 0) is still reported after the budget ran out, so done counts every complete tab.
    if (cost > 0 && (this.stopped || !this.budget.canAfford(cost))) { this.stopped = true; return; }
    this.budget.charge(cost);
    if (batched) {
      this.queue.push({ a: a as Create, slot: this.items.push(undefined) - 1 });
      if (this.queue.length >= TABS_PER_BATCH) this.flush();
      return;
    }
    this.attempt(a);
  }

  /** Does `a`, reporting a failure as the unit's problem. */
  private attempt(a: Action): void {
    try {
      this.apply(a);
    } catch (e) {
      const unit = a.kind === 'markRemoved' || a.kind === 'removed' ? a.tab.unit : a.unit;
      const name = a.kind === 'create' ? a.sheetName : a.kind === 'held' ? '' : a.tab.name;
      const msg = e instanceof Error ? e.message : String(e);
      this.items.push({ unit: typeof unit === 'string' ? unit : unit.name, sheetName: name, status: 'problem', message: `Không xử lý được trang tính “${name}”: ${msg}` });
    }
  }

  /**
   * Sends the queued tabs as one batchUpdate; each is then reported in its place. Refused (nothing
   * was made), they are made one by one with SpreadsheetApp while the budget allows, the rest left
   * for the next part, and the run makes no more batches.
   */
  flush(): void {
    this.flushUpdates();
    const queue = this.queue;
    this.queue = [];
    if (!queue.length) return;
    const ids = freshSheetIds(this.takenIds, queue.length);
    const tabs = queue.map(({ a }, i) => ({ unit: a.unit, sheetName: a.sheetName, sheetId: ids[i], index: this.nextIndex + i, editors: a.editors }));
    try {
      sendTabBatch(this.api!, this.ss, this.template.getSheetId(), tabs, this.who.me);
    } catch (e) {
      console.warn(`Sheets API batchUpdate không dùng được, tạo trang tính bằng SpreadsheetApp: ${e instanceof Error ? e.message : String(e)}`);
      this.api = null;
      this.oneByOne(queue, COST_MS.create - COST_MS.createInBatch);
      return;
    }
    this.nextIndex += tabs.length;
    if (!this.copiesClean) this.copiesClean = removeCarriedProtections(this.api!, this.ss, tabs);
    queue.forEach(({ a, slot }, i) => this.inPlace(slot, () => this.unitDone(a.unit.name, a.sheetName, ids[i], a.clash ? 'problem' : 'created',
      a.clash ? `Đã tạo trang tính “${a.sheetName}”: trùng tên, ${a.clash}.` : `Đã tạo trang tính “${a.sheetName}”.`, a.unit.emails)));
  }

  /**
   * Sends the queued editor changes as one batchUpdate: per tab, editorsRequest (protect.ts, the one
   * rule) where its protection differs, and its sync state retagged, all or nothing. Refused, they are
   * done one by one with SpreadsheetApp while the budget allows, and the run batches no more updates.
   */
  private flushUpdates(): void {
    const updates = this.updates;
    this.updates = [];
    if (!updates.length) return;
    const requests = updates.flatMap(({ a, p }) => {
      const tab = this.bySheetId.get(a.tab.sheetId)!;
      const wanted = normEmails(a.editors);
      const editors = editorsRequest(p, wanted, this.who);
      return [...(editors ? [editors] : []),
        ...retagRequests(tab.metaId!, tab.sheetId, a.unit.name, { editors: wanted, name: tab.sync?.name ?? tab.name, marked: true })];
    });
    try {
      SpreadsheetApp.flush();
      batchUpdateService()!.Spreadsheets.batchUpdate({ requests }, this.ss.getId());
    } catch (e) {
      console.warn(`Sheets API batchUpdate không dùng được, cập nhật quyền bằng SpreadsheetApp: ${e instanceof Error ? e.message : String(e)}`);
      this.updatesApi = false;
      this.oneByOne(updates, COST_MS.update - COST_MS.updateInBatch);
      return;
    }
    for (const { a, slot } of updates) this.inPlace(slot, () => this.updated(a, this.bySheetId.get(a.tab.sheetId)!));
  }

  private updated(a: Update, tab: UnitTab): void {
    this.unitDone(a.unit.name, tab.name, tab.sheetId, renamedOr(tab, 'present'),
      a.markOnly ? presentMessage(tab) : `${presentMessage(tab)} Đã cập nhật quyền chỉnh sửa theo Cấu hình.`, a.unit.emails);
  }

  /** A refused batch's actions done with SpreadsheetApp, each paying `more` than it was budgeted in the batch, while the budget allows. */
  private oneByOne(actions: readonly { a: Action; slot: number }[], more: number): void {
    for (const { a, slot } of actions) {
      if (this.stopped || !this.budget.canAfford(more)) { this.stopped = true; continue; }
      this.budget.charge(more);
      this.inPlace(slot, () => this.attempt(a));
    }
  }

  /** Runs `report`, which adds one item, and moves that item to `slot`. */
  private inPlace(slot: number, report: () => void): void {
    const at = this.items.length;
    report();
    const [item] = this.items.splice(at);
    this.items[slot] = item;
  }

  private apply(a: Action): void {
    switch (a.kind) {
      case 'none': return this.unitDone(a.unit.name, a.tab.name, a.tab.sheetId, renamedOr(a.tab, 'present'), presentMessage(a.tab), a.unit.emails);
      case 'update': {
        const tab = this.bySheetId.get(a.tab.sheetId)!;
        updateUnitTab(tab.sheet, a.unit, a.editors, this.who, tab.meta, Boolean(tab.sync?.removed), tab.sync?.name ?? tab.name, a.markOnly);
        return this.updated(a, tab);
      }
      case 'finish': {
        const tab = this.bySheetId.get(a.tab.sheetId)!;
        this.prefillTab(tab.sheet, a.unit.name, false);
        finishUnitTab(tab.sheet, a.unit, a.editors, this.who, tab.meta);
        return this.unitDone(a.unit.name, tab.name, tab.sheetId, 'created', `Đã tạo trang tính “${tab.name}” (hoàn tất lần chạy trước).`, a.unit.emails);
      }
      case 'adopt': {
        const tab = this.bySheetId.get(a.tab.sheetId)!;
        if (a.tab.placeholder) {
          this.prefillTab(tab.sheet, a.unit.name, false);
          finishUnitTab(tab.sheet, a.unit, a.editors, this.who);
          return this.unitDone(a.unit.name, tab.name, tab.sheetId, 'created', `Đã tạo trang tính “${tab.name}” (hoàn tất lần chạy trước).`, a.unit.emails);
        }
        adoptRecognisedTab(tab.sheet, a.unit, a.editors, this.who);
        return this.unitDone(a.unit.name, tab.name, tab.sheetId, 'adopted', `Đã nhận lại trang tính “${tab.name}” (${a.tab.recognised}); giữ nguyên dữ liệu.`, a.unit.emails);
      }
      case 'held':
        this.items.push({ unit: a.unit.name, sheetName: '', status: 'problem', message: `${a.message} Chưa tạo trang tính mới cho đơn vị này.` });
        return;
      case 'create': {
        const orphan = a.orphan && this.sheetById.get(a.orphan.sheetId);
        let sheet: Sheet;
        let created = `Đã tạo trang tính “${a.sheetName}”.`;
        let clash = a.clash;
        if (orphan && isBareTemplateCopy(orphan)) {
          sheet = orphan;
          adoptUnitTab(sheet, a.unit);
          created = `Đã tạo trang tính “${a.orphan!.name}” (hoàn tất lần chạy trước).`;
          clash = undefined;
        } else {
          sheet = createUnitTab(this.ss, this.template, a.unit, a.sheetName, this.nextIndex++);
        }
        this.prefillTab(sheet, a.unit.name, true);
        finishUnitTab(sheet, a.unit, a.editors, this.who);
        const name = sheet.getName();
        if (clash) {
          return this.unitDone(a.unit.name, name, sheet.getSheetId(), 'problem', `Đã tạo trang tính “${name}”: trùng tên, ${clash}.`, a.unit.emails);
        }
        return this.unitDone(a.unit.name, name, sheet.getSheetId(), 'created', created, a.unit.emails);
      }
      case 'markRemoved': {
        const tab = this.bySheetId.get(a.tab.sheetId)!;
        markRemoved(tab.sheet, tab.unit, tab.meta, tab.sync?.editors ?? [], tab.sync?.name ?? tab.name);
        return this.removed(tab);
      }
      case 'removed': return this.removed(a.tab);
      case 'duplicate':
        this.items.push({ unit: a.unit, sheetName: a.tab.name, sheetId: a.tab.sheetId, status: 'problem',
          message: `Trang tính “${a.tab.name}” cũng gắn với đơn vị này (có lẽ là bản sao của “${a.of.name}”); add-on chỉ theo dõi “${a.of.name}”.` });
    }
  }

  /** A look-alike tab not taken (no unit of its own, or a unit already tracked elsewhere). */
  unclear(names: string[], sheetIds: number[], message: string): void {
    this.items.push({ unit: '', sheetName: names.join(', '), ...(sheetIds.length === 1 ? { sheetId: sheetIds[0] } : {}), status: 'problem', message });
  }

  private removed(tab: { unit: string; name: string; sheetId: number }): void {
    this.items.push({ unit: tab.unit, sheetName: tab.name, sheetId: tab.sheetId, status: 'removed',
      message: `Đơn vị không còn trong Cấu hình: trang tính “${tab.name}” được giữ nguyên cùng dữ liệu (tô màu xám), không bị xoá.` });
  }

  private unitDone(unit: string, sheetName: string, sheetId: number, status: UnitTabItem['status'], message: string, emails: string[]): void {
    this.done++;
    const w = [...(this.issues.get(unit) ?? [])];
    if (emails.length === 0) w.push('Chưa có e-mail liên hệ: chỉ người tổng hợp sửa được trang tính này.');
    const unshared = emails.filter((e) => !this.fileEditors.has(e.toLowerCase()));
    const shareNote = unshared.length ? `Chưa được chia sẻ quyền chỉnh sửa tệp: ${unshared.join(', ')} (đề nghị bấm “Chia sẻ tệp cho các đơn vị”).` : '';
    const bad = this.issues.get(unit);
    const blocked = emails.length === 0 ? ['no-email' as const] : unshared.length ? ['not-shared' as const] : [];
    this.items.push({ unit, sheetName, sheetId, status: bad && status !== 'problem' ? 'problem' : status, message: [message, ...w, shareNote].filter(Boolean).join(' '),
      ...(blocked.length ? { blocked } : {}), ...(shareNote ? { shareNote } : {}) });
  }
}

function renamedOr(tab: { name: string; sync?: { name?: string } }, status: 'present'): 'present' | 'renamed' {
  return tab.sync?.name && tab.sync.name !== tab.name ? 'renamed' : status;
}

function presentMessage(tab: { name: string; sync?: { name?: string } }): string {
  return tab.sync?.name && tab.sync.name !== tab.name
    ? `Trang tính đã được đổi tên thành “${tab.name}” (trước là “${tab.sync.name}”); vẫn được theo dõi, giữ nguyên dữ liệu.`
    : `Trang tính “${tab.name}” đã có, giữ nguyên dữ liệu.`;
}
