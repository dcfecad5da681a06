/**
 * Next year's campaign from this one: Cấu hình carried over (units, e-mails, types, quotas,
 * coordinators, reminders), every date moved to the new year (to be reviewed: a plan's dates are
 * never the same twice), the year in the campaign's id and title lines replaced, and the catalogue
 * this year's (now "đã nhân rộng năm trước") plus the new models the coordinator ticked in Báo cáo.
 */
import type { Campaign, CampaignInput, CatalogueModel, LocalDate } from './schema';
import { sameName } from '../names';

export interface NextYearCandidate {
  unit: string;
  content: number;
  name: string;
}

export interface NextYearPlan {
  campaign: CampaignInput;
  /** What the coordinator must review, in Vietnamese. */
  review: string[];
}

/** The same day and month `years` later; 29/02 becomes 28/02 outside leap years. */
export function shiftYear(d: LocalDate, years: number): LocalDate {
  const [y, m, day] = d.split('-').map(Number);
  const ny = y + years;
  const leap = (ny % 4 === 0 && ny % 100 !== 0) || ny % 400 === 0;
  const dd = m === 2 && day === 29 && !leap ? 28 : day;
  return `${ny}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

export function nextYearCampaign(c: Campaign, year: number, candidates: readonly NextYearCandidate[]): NextYearPlan {
  const years = year - c.year;
  const swap = (s: string) => s.split(String(c.year)).join(String(year));
  const catalogue: CatalogueModel[] = c.catalogue.map((m) => ({ ...m, continued: true }));
  const added: string[] = [];
  for (const x of candidates) {
    if (catalogue.some((m) => sameName(m.name, x.name))) continue;
    catalogue.push({ name: x.name, content: x.content, origin: x.unit, continued: false, description: '', aliases: [] });
    added.push(`“${x.name}” (${x.unit})`);
  }
  const campaign: CampaignInput = {
    ...c,
    id: c.id.includes(String(c.year)) ? swap(c.id) : `${c.id}-${year}`,
    year,
    titleLines: c.titleLines.map(swap),
    rounds: c.rounds.map((r) => ({ ...r, start: shiftYear(r.start, years), end: shiftYear(r.end, years),
      registrationDeadline: shiftYear(r.registrationDeadline, years), reportDeadline: shiftYear(r.reportDeadline, years) })),
    catalogue,
  };
  const review = [
    `Các ngày của ${c.rounds.map((r) => r.name).join(', ')} đã được dời sang năm ${year} (cùng ngày, tháng): hãy rà soát theo kế hoạch năm ${year}.`,
    'Danh sách đơn vị, e-mail, loại đơn vị và chỉ tiêu được giữ như năm trước: hãy rà soát.',
    added.length ? `Danh mục mô hình thêm ${added.length} mô hình mới: ${added.join('; ')}.` : 'Danh mục mô hình giữ như năm trước (chưa có mô hình mới được đánh dấu đưa vào danh mục).',
  ];
  return { campaign, review };
}
