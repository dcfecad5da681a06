/** The shapes of the live summary (Tổng hợp): one record per unit, derived from its tab only. */
import type { NoteKindKey } from '../campaign/schema';
import type { UnitRoundStatus } from '../results/report-status';
import type { ResultStatus } from '../results/columns';

export type UnitStatus = 'Chưa đăng ký' | 'Đang đăng ký' | 'Đủ chỉ tiêu' | 'Có lỗi' | 'Quá hạn';
export const STATUSES: readonly UnitStatus[] = ['Chưa đăng ký', 'Đang đăng ký', 'Đủ chỉ tiêu', 'Có lỗi', 'Quá hạn'];

export interface Shortfall {
  quotaId: string;
  label: string;
  min: number;
  missing: number;
}

/** One registered model (a row with a Tên mô hình) as Danh sách mô hình lists it. */
export interface ModelRow {
  unit: string;
  content: number;
  name: string;
  form: string;
  time: string;
  /** Round names the time overlaps, e.g. "Đợt 1, Đợt 2" ('' when the time is unreadable). */
  rounds: string;
  expected: string;
  /** The kind's label from the campaign, or what was typed when it is not one of the three. */
  kind: string;
  /** A "nhân rộng" row's catalogue model (Danh mục mô hình) as linked by validation; '' when none. */
  catalogue: string;
  /** The results phase's Tình trạng (null: not reported or unreadable). */
  status: ResultStatus | null;
}

export interface UnitSummary {
  unit: string;
  typeId: string;
  typeName: string;
  contact: string;
  /** The unit's tab, null when no tab claims the unit (deleted or not created yet). */
  sheetId: number | null;
  sheetName: string | null;
  /** The member workbook holding the tab (absent: the hub). */
  fileUrl?: string;
  /** Registered models per content, in campaign.contents order. */
  byContent: number[];
  total: number;
  byKind: Record<NoteKindKey | 'unknown', number>;
  /** Registered models per round, in campaign.rounds order. */
  byRound: number[];
  shortfalls: Shortfall[];
  missing: number;
  /** From validateEntries: row problems plus quota shortfalls. */
  errors: number;
  warnings: number;
  /** 'Đủ chỉ tiêu' exactly when core/progress says the registration is done. */
  status: UnitStatus;
  /** Results report per round, in campaign.rounds order (core/progress reportProgress). */
  reports: UnitRoundStatus[];
  /** "HH:mm dd/MM/yyyy" of the last refresh caused by an edit of the tab ('' if none recorded). */
  lastChange: string;
  models: ModelRow[];
}

/** The facts about "now" the core needs; the adapter takes them from the clock and time zone. */
export interface Moment {
  today: string;
  /** "HH:mm dd/MM/yyyy" in the campaign's time zone. */
  stamp: string;
}
