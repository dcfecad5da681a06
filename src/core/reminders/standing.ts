/**
 * Where a unit stands against each kind of deadline, and what is still missing, in Vietnamese.
 * Built from the validation core so the reminder says exactly what the Kiểm tra view would.
 */
import type { Campaign, LocalDate, Unit } from '../campaign/schema';
import type { RawEntry } from '../unit-tab/entry';
import { validateEntries } from '../validation';
import type { DeadlineKind } from './schedule';

export interface Needs {
  done: boolean;
  /** One line per thing to do, already worded for the unit. */
  missing: string[];
}

export interface UnitStanding {
  unit: Unit;
  /** The unit's tab, for the link in the e-mail; absent when it has no tab yet. */
  sheetId?: number;
  sheetName?: string;
  needs: Record<DeadlineKind, Needs>;
}

/** Lines listed per e-mail before "… và N lỗi khác": a unit with 80 errors gets a readable mail. */
export const MAX_LISTED = 8;

export interface TabInput {
  sheetId: number;
  sheetName: string;
  entries: readonly RawEntry[];
  /** Problems with the tab's structure (a section heading deleted). */
  structure: readonly string[];
}

export function standingOf(campaign: Campaign, unit: Unit, tab: TabInput | undefined, today: LocalDate): UnitStanding {
  if (!tab) {
    const missing = ['Đơn vị chưa có tab đăng ký trong bảng tính: vui lòng liên hệ người tổng hợp.'];
    return { unit, needs: { registration: { done: false, missing }, report: { done: false, missing } } };
  }
  return {
    unit, sheetId: tab.sheetId, sheetName: tab.sheetName,
    needs: { registration: registrationNeeds(campaign, unit, tab, today), report: reportNeeds(tab.entries) },
  };
}

function registrationNeeds(campaign: Campaign, unit: Unit, tab: TabInput, today: LocalDate): Needs {
  const v = validateEntries(campaign, unit, tab.entries, today);
  const missing: string[] = [...tab.structure];
  if (v.entries.length === 0) missing.push('Chưa đăng ký mô hình nào.');
  missing.push(...v.quotas.map((q) => q.message));
  const errors = v.problems.filter((p) => p.severity === 'error');
  const noKind = errors.filter((p) => p.column === 'kind' && p.code === 'missing');
  if (noKind.length) missing.push(`${noKind.length} dòng chưa ghi Ghi chú (tiếp tục thực hiện / nhân rộng / mô hình mới): dòng ${noKind.map((p) => p.row).join(', ')}.`);
  const others = errors.filter((p) => !noKind.includes(p));
  missing.push(...others.slice(0, MAX_LISTED).map((p) => p.message));
  if (others.length > MAX_LISTED) missing.push(`… và ${others.length - MAX_LISTED} lỗi khác cần sửa.`);
  const done = v.entries.length > 0 && errors.length === 0 && v.quotas.length === 0 && tab.structure.length === 0;
  return { done, missing };
}

/**
 * Report-deadline "done". Results reporting (Kết quả thực hiện) is a later issue, so no result can
 * be recorded yet. A coordinator expects every unit to report by the deadline: a unit counts as
 * done only when it registered at least one model and every model has a result. Until results
 * land this is false for everyone. The results issue replaces this one function.
 */
export function isReportDone(entries: readonly RawEntry[], resultsByRow: ReadonlyMap<number, unknown> = new Map()): boolean {
  return entries.length > 0 && entries.every((e) => resultsByRow.has(e.row));
}

function reportNeeds(entries: readonly RawEntry[]): Needs {
  const done = isReportDone(entries);
  const missing = entries.length === 0
    ? ['Đơn vị chưa đăng ký mô hình nào; vui lòng đăng ký và báo cáo kết quả thực hiện.']
    : [`Chưa báo cáo kết quả thực hiện của ${entries.length} mô hình đã đăng ký.`];
  return { done, missing: done ? [] : missing };
}
