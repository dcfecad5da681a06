/**
 * One unit's summary from its tab's rows: what a coordinator would count by hand. A registered
 * model is a row with a Tên mô hình; quotas count only rows validation lets count. Whether the
 * unit is done (registration, each round's report) is core/progress's rule, as for reminders.
 */
import type { Campaign, Unit } from '../campaign/schema';
import type { RawEntry, SheetValue } from '../unit-tab/entry';
import { formatVnDate, toLocalDate } from '../dates';
import { currentRegistrationDeadline } from '../validation';
import type { CheckedEntry } from '../validation';
import type { ModelResult } from '../results/read';
import type { UnitSeen } from '../results/report-status';
import { registrationProgress, reportProgress } from '../progress';
import type { ModelRow, UnitStatus, UnitSummary } from './types';

/** All derived from the one grid read of the tab (core/unit-tab readUnitTab, core/results readUnitResults). */
export interface UnitTabFacts {
  sheetId: number;
  sheetName: string;
  entries: readonly RawEntry[];
  /** Structure problems (a section heading deleted): the registration is not done. */
  structure: readonly string[];
  models: readonly ModelResult[];
  /** The member workbook holding the tab (absent: the hub): links then open that file. */
  fileUrl?: string;
}

/** `seen` is what refreshes recorded (results' lateness record); without it a late report reads as reported. */
export function summarizeUnit(c: Campaign, unit: Unit, tab: UnitTabFacts | null, today: string, lastChange = '', seen?: UnitSeen): UnitSummary {
  const p = registrationProgress(c, unit, tab?.entries ?? [], tab?.structure ?? [], today);
  const v = p.validation;
  const named = v.entries.filter((e) => e.name !== '');
  const raw = new Map((tab?.entries ?? []).map((e) => [e.row, e]));
  const byKind = { 'tiep-tuc': 0, 'nhan-rong': 0, moi: 0, unknown: 0 };
  for (const e of named) byKind[e.kind?.kind ?? 'unknown']++;
  const shortfalls = v.quotas.map((q) => ({ quotaId: q.quota.id, label: q.quota.label, min: q.quota.min, missing: q.missing }));
  const missing = shortfalls.reduce((n, s) => n + s.missing, 0);
  const rowErrors = p.rowErrors.length;
  const late = today > currentRegistrationDeadline(c, today);
  const resultOf = new Map((tab?.models ?? []).map((m) => [m.row, m.status]));
  return {
    unit: unit.name,
    typeId: unit.type,
    typeName: c.unitTypes.find((t) => t.id === unit.type)?.name ?? unit.type,
    contact: unit.emails.join(', '),
    sheetId: tab?.sheetId ?? null,
    sheetName: tab?.sheetName ?? null,
    ...(tab?.fileUrl ? { fileUrl: tab.fileUrl } : {}),
    byContent: c.contents.map((x) => named.filter((e) => e.content === x.id).length),
    total: named.length,
    byKind,
    byRound: c.rounds.map((r) => named.filter((e) => e.rounds.includes(r.id)).length),
    shortfalls,
    missing,
    errors: v.errors,
    warnings: v.warnings,
    status: statusOf(p.done, late, rowErrors, named.length),
    reports: reportProgress(c, tab?.models ?? [], seen, today),
    lastChange,
    models: named.map((e) => modelRow(c, unit.name, e, raw.get(e.row)?.cells, resultOf.get(e.row) ?? null)),
  };
}

/** Done wins; then lateness (past the current registration deadline), then errors, then progress. */
export function statusOf(done: boolean, late: boolean, rowErrors: number, registered: number): UnitStatus {
  if (done) return 'Đủ chỉ tiêu';
  if (late) return 'Quá hạn';
  if (rowErrors > 0) return 'Có lỗi';
  return registered === 0 ? 'Chưa đăng ký' : 'Đang đăng ký';
}

/** A date typed in a cell reads as the day it shows in the campaign's zone, written dd/MM/yyyy. */
const textIn = (tz: string) => (v: SheetValue | undefined): string =>
  (v instanceof Date ? formatVnDate(toLocalDate(v, tz)) : String(v ?? '').trim());

function modelRow(c: Campaign, unit: string, e: CheckedEntry, cells: Record<string, SheetValue> | undefined, status: ModelRow['status']): ModelRow {
  const text = textIn(c.timeZone);
  const kindLabel = e.kind ? c.noteKinds.find((k) => k.key === e.kind!.kind)?.label ?? '' : '';
  return {
    unit,
    content: e.content,
    name: e.rewrites.name ?? e.name,
    form: e.rewrites.form ?? text(cells?.form),
    time: e.rewrites.time ?? text(cells?.time),
    rounds: c.rounds.filter((r) => e.rounds.includes(r.id)).map((r) => r.name).join(', '),
    expected: e.rewrites.expected ?? text(cells?.expected),
    kind: kindLabel || (e.rewrites.kind ?? text(cells?.kind)),
    catalogue: typeof e.catalogue?.model === 'number' ? c.catalogue[e.catalogue.model].name : '',
    status,
  };
}
