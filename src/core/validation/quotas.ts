/**
 * Quotas: how many rows each unit type must register under a content (a ward registers 10
 * "Việc có ý nghĩa giúp dân" works). A shortfall is a warning until the registration deadline
 * and an error after it.
 */
import type { Campaign, LocalDate, Quota, Unit } from '../campaign/schema';
import type { RawEntry } from '../unit-tab/entry';
import { formatVnDate } from '../dates';
import type { Severity } from './problem';
import { checkRows, type CheckedEntry } from './row-rules';

export interface QuotaStatus {
  quota: Quota;
  have: number;
  missing: number;
}

export interface QuotaCheck extends QuotaStatus {
  severity: Severity;
  /** The registration deadline the shortfall is measured against. */
  deadline: LocalDate;
  /** Rows under the quota's content with a name that do not count yet (errors or repeats). */
  uncounted: number;
  message: string;
}

export function quotasOf(campaign: Campaign, unit: Unit): Quota[] {
  return campaign.unitTypes.find((t) => t.id === unit.type)?.quotas ?? [];
}

const under = (q: Quota, e: CheckedEntry) => q.content === null || e.content === q.content;

/** Every quota of the unit's type, counting rows that have a name, no error and are not repeats. */
export function quotaStatus(campaign: Campaign, unit: Unit, entries: readonly RawEntry[]): QuotaStatus[] {
  return quotaStatusOf(campaign, unit, checkRows(campaign, entries).entries);
}

export function quotaStatusOf(campaign: Campaign, unit: Unit, checked: readonly CheckedEntry[]): QuotaStatus[] {
  return quotasOf(campaign, unit).map((quota) => {
    const have = checked.filter((e) => e.counts && under(quota, e)).length;
    return { quota, have, missing: Math.max(0, quota.min - have) };
  });
}

/**
 * The registration deadline that applies today: the earliest one not yet passed, else the last.
 * Đợt 2's registration (10/06) closes before Đợt 2 starts, so rounds' start dates do not decide.
 */
export function currentRegistrationDeadline(campaign: Campaign, today: LocalDate): LocalDate {
  const deadlines = campaign.rounds.map((r) => r.registrationDeadline).sort();
  return deadlines.find((d) => d >= today) ?? deadlines[deadlines.length - 1];
}

/** “công trình “Việc có ý nghĩa giúp dân” (nội dung 1)”: how every message names a quota. */
export const quotaWhat = (q: Quota): string => `công trình “${q.label}” (${q.content === null ? 'mọi nội dung' : `nội dung ${q.content}`})`;

/** Only the shortfalls, worded for the unit. */
export function quotaShortfalls(campaign: Campaign, unit: Unit, checked: readonly CheckedEntry[], today: LocalDate): QuotaCheck[] {
  const deadline = currentRegistrationDeadline(campaign, today);
  const late = today > deadline;
  return quotaStatusOf(campaign, unit, checked)
    .filter((s) => s.missing > 0)
    .map((s) => {
      const uncounted = checked.filter((e) => !e.counts && e.name !== '' && under(s.quota, e)).length;
      const where = s.quota.content === null ? 'ở các nội dung' : `ở nội dung ${s.quota.content}`;
      const parts = [
        `Còn thiếu ${s.missing}/${s.quota.min} ${quotaWhat(s.quota)}`,
        late ? `đã quá hạn đăng ký ${formatVnDate(deadline)}` : `hạn đăng ký ${formatVnDate(deadline)}`,
      ];
      if (uncounted > 0) parts.push(`${uncounted} dòng có tên mô hình nhưng còn lỗi hoặc bị trùng nên chưa được tính`);
      const message = `${parts.join('; ')}. Hãy đăng ký thêm ${where}${uncounted > 0 ? ' hoặc sửa các dòng đó' : ''}.`;
      return { ...s, severity: late ? 'error' : 'warning', deadline, uncounted, message } satisfies QuotaCheck;
    });
}
