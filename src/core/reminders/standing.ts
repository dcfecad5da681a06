/**
 * Where a unit stands against each kind of deadline, and what is still missing, in Vietnamese.
 * Built from the validation core so the reminder says exactly what the Kiểm tra view would.
 */
import type { Campaign, LocalDate, Unit } from '../campaign/schema';
import { isReported, type ModelResult } from '../results/read';
import { RESULT_HEADERS } from '../results/columns';
import { quotaWhat } from '../validation/quotas';
import { isReportStatusDone, registrationProgress, reportProgress } from '../progress';
import type { Deadline } from './schedule';
import type { UnitTabFacts } from '../summary/unit-summary';

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
  /** The member workbook holding the tab (absent: the hub). */
  fileUrl?: string;
  registration: Needs;
  /** By round id: each round's results are reported separately. */
  report: Record<number, Needs>;
}

export function needsFor(s: UnitStanding, d: Deadline): Needs {
  return d.kind === 'registration' ? s.registration : s.report[d.round.id] ?? { done: false, missing: [] };
}

/** Lines listed per e-mail before "… và N lỗi khác": a unit with 80 errors gets a readable mail. */
export const MAX_LISTED = 8;

/** The same facts of one tab grid the summary derives its row from. */
export type TabInput = UnitTabFacts;

export function standingOf(campaign: Campaign, unit: Unit, tab: TabInput | undefined, today: LocalDate): UnitStanding {
  if (!tab) {
    const missing = ['Đơn vị chưa có trang tính đăng ký trong bảng tính: vui lòng liên hệ người tổng hợp.'];
    return { unit, registration: { done: false, missing }, report: Object.fromEntries(campaign.rounds.map((r) => [r.id, { done: false, missing }])) };
  }
  return {
    unit, sheetId: tab.sheetId, sheetName: tab.sheetName, ...(tab.fileUrl ? { fileUrl: tab.fileUrl } : {}),
    registration: registrationNeeds(campaign, unit, tab, today),
    report: reportsNeeds(campaign, tab.models, today),
  };
}

function registrationNeeds(campaign: Campaign, unit: Unit, tab: TabInput, today: LocalDate): Needs {
  const p = registrationProgress(campaign, unit, tab.entries, tab.structure, today);
  const missing: string[] = [...tab.structure];
  // The mail states the deadline once; these lines say only what is open, and an empty table is one line, not one per quota.
  const quotas = p.validation.quotas;
  if (p.validation.entries.length === 0) {
    missing.push(`Chưa đăng ký mô hình nào${quotas.length ? `; cần đăng ký tối thiểu ${quotas.map((q) => `${q.quota.min} ${quotaWhat(q.quota)}`).join(', ')}` : ''}.`);
  } else {
    missing.push(...quotas.map((q) => `Còn thiếu ${q.missing}/${q.quota.min} ${quotaWhat(q.quota)}${q.uncounted ? `; ${q.uncounted} dòng còn lỗi hoặc bị trùng nên chưa được tính` : ''}.`));
  }
  const noKind = p.rowErrors.filter((e) => e.column === 'kind' && e.code === 'missing');
  if (noKind.length) missing.push(`${noKind.length} dòng chưa ghi Ghi chú (tiếp tục thực hiện / nhân rộng / mô hình mới): dòng ${noKind.map((e) => e.row).join(', ')}.`);
  const others = p.rowErrors.filter((e) => !noKind.includes(e));
  missing.push(...others.slice(0, MAX_LISTED).map((e) => e.message));
  if (others.length > MAX_LISTED) missing.push(`… và ${others.length - MAX_LISTED} lỗi khác cần sửa.`);
  return { done: p.done, missing };
}

/** Done per round as core/progress decides (results' roundStatuses); the lines say what is open. */
function reportsNeeds(campaign: Campaign, models: readonly ModelResult[], today: LocalDate): Record<number, Needs> {
  const statuses = reportProgress(campaign, models, undefined, today);
  return Object.fromEntries(campaign.rounds.map((r, i) => {
    if (isReportStatusDone(statuses[i].status)) return [r.id, { done: true, missing: [] }];
    const due = models.filter((m) => m.dueRounds.includes(r.id));
    if (due.length === 0) return [r.id, { done: false, missing: [`Đơn vị chưa có mô hình nào thuộc ${r.name} để báo cáo kết quả; vui lòng đăng ký mô hình và báo cáo kết quả thực hiện.`] }];
    const open = due.filter((m) => !isReported(m));
    return [r.id, { done: false, missing: [
      `Chưa báo cáo kết quả ${open.length}/${due.length} mô hình ${r.name} (cần ghi cột “${RESULT_HEADERS.result}” và “${RESULT_HEADERS.status}”): dòng ${open.map((m) => m.row).join(', ')}.`,
    ] }];
  }));
}
