/**
 * The e-mails, in Vietnamese: subject, HTML (every sheet value escaped) and a plain-text
 * alternative with the same content for clients that show no HTML.
 */
import type { Campaign } from '../campaign/schema';
import { formatVnDate } from '../dates';
import { escapeHtml, safeSheetUrl } from './escape';
import { KIND_LABEL, type Deadline, type DueStep } from './schedule';

export interface Mail {
  subject: string;
  html: string;
  text: string;
}

export const SENDER_NAME = 'Dân vận khéo';

export function tabUrl(spreadsheetUrl: string, sheetId: number | undefined): string {
  const base = safeSheetUrl(spreadsheetUrl);
  if (!base) return '';
  return sheetId === undefined ? base : `${base.replace(/#.*$/, '')}#gid=${sheetId}`;
}

/** "còn 3 ngày", "hôm nay là hạn", "đã quá hạn 1 ngày". */
export function whenText(daysLeft: number): string {
  if (daysLeft > 0) return `còn ${daysLeft} ngày`;
  if (daysLeft === 0) return 'hôm nay là hạn';
  return `đã quá hạn ${-daysLeft} ngày`;
}

/** "hạn đăng ký Đợt 1 (18/05/2021)": how reminders, the digest and the late list name a deadline. */
export function deadlineName(d: Deadline): string {
  return `${KIND_LABEL[d.kind]} ${d.round.name} (${formatVnDate(d.date)})`;
}

export function deadlineText(due: DueStep): string {
  return deadlineName(due.deadline);
}

export interface UnitMailInput {
  campaign: Campaign;
  unitName: string;
  due: DueStep;
  missing: readonly string[];
  link: string;
}

export function composeUnitMail({ campaign, unitName, due, missing, link }: UnitMailInput): Mail {
  const when = whenText(due.daysLeft);
  const overdue = due.daysLeft < 0;
  const what = deadlineText(due);
  const subject = `[${SENDER_NAME}] ${overdue ? 'Quá hạn' : 'Nhắc hạn'}: ${unitName} – ${what}, ${when}`;
  const opening = overdue
    ? `Đơn vị ${unitName} đã quá ${what} (${when.replace('đã quá hạn ', '')}).`
    : `Đơn vị ${unitName} ${when} đến ${what}.`;
  const ask = due.deadline.kind === 'registration'
    ? 'Vui lòng hoàn thiện bảng đăng ký trên tab của đơn vị:'
    : 'Vui lòng báo cáo kết quả thực hiện của các mô hình đã đăng ký:';
  const sign = `${campaign.coordinatorBody} – ${campaign.place}`;
  const text = [
    'Kính gửi đơn vị,', '', opening, ask, '',
    ...missing.map((m) => `- ${m}`), '',
    link ? `Mở tab của đơn vị: ${link}` : 'Vui lòng mở bảng tính chung của chiến dịch.', '',
    `Trân trọng,`, sign, '',
    '(Thư tự động, gửi một lần cho mỗi mốc nhắc hạn.)',
  ].join('\n');
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">',
    '<p>Kính gửi đơn vị,</p>',
    `<p><b>${escapeHtml(opening)}</b></p>`,
    `<p>${escapeHtml(ask)}</p>`,
    missing.length ? `<ul>${missing.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` : '',
    link ? `<p><a href="${escapeHtml(link)}">Mở tab của đơn vị ${escapeHtml(unitName)}</a></p>` : '<p>Vui lòng mở bảng tính chung của chiến dịch.</p>',
    `<p>Trân trọng,<br>${escapeHtml(sign)}</p>`,
    '<p style="color:#666;font-size:12px">Thư tự động, gửi một lần cho mỗi mốc nhắc hạn.</p>',
    '</div>',
  ].join('');
  return { subject, html, text };
}

export interface DigestLine {
  unit: string;
  what: string;
  detail?: string;
}

export interface DigestInput {
  campaign: Campaign;
  todayVn: string;
  reminded: DigestLine[];
  late: DigestLine[];
  failed: DigestLine[];
  postponed: DigestLine[];
  /** Recipients left today before sending (MailApp.getRemainingDailyQuota()). */
  quota: number;
  link: string;
}

/** The coordinators' one daily digest: who was reminded, who is late, what failed or waits for quota. */
export function composeDigest(d: DigestInput): Mail {
  const subject = `[${SENDER_NAME}] Tổng hợp nhắc hạn ngày ${d.todayVn}: ${d.reminded.length} thư đã gửi, ${d.late.length} lượt trễ hạn${d.failed.length ? `, ${d.failed.length} lỗi` : ''}${d.postponed.length ? `, ${d.postponed.length} hoãn` : ''}`;
  const sections: [string, DigestLine[]][] = [
    ['Đã nhắc', d.reminded],
    ['Đơn vị trễ hạn', d.late],
    ['Không gửi được (cần kiểm tra e-mail trong Cấu hình)', d.failed],
    ['Hoãn vì hết hạn mức gửi thư trong ngày (sẽ gửi lần chạy sau)', d.postponed],
  ];
  const line = (l: DigestLine) => `${l.unit}: ${l.what}${l.detail ? ` – ${l.detail}` : ''}`;
  const text = [
    `Tổng hợp nhắc hạn ngày ${d.todayVn} (${d.campaign.coordinatorBody}).`, '',
    ...sections.flatMap(([title, lines]) => [`${title} (${lines.length}):`, ...(lines.length ? lines.map((l) => `- ${line(l)}`) : ['- không có']), '']),
    `Hạn mức gửi thư còn lại trước lần chạy: ${d.quota} người nhận.`,
    d.link ? `Bảng tính: ${d.link}` : '',
  ].join('\n');
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">',
    `<p>Tổng hợp nhắc hạn ngày <b>${escapeHtml(d.todayVn)}</b>.</p>`,
    ...sections.map(([title, lines]) => `<h3 style="font-size:15px">${escapeHtml(title)} (${lines.length})</h3>`
      + (lines.length ? `<ul>${lines.map((l) => `<li>${escapeHtml(line(l))}</li>`).join('')}</ul>` : '<p>Không có.</p>')),
    `<p>Hạn mức gửi thư còn lại trước lần chạy: ${d.quota} người nhận.</p>`,
    d.link ? `<p><a href="${escapeHtml(d.link)}">Mở bảng tính</a></p>` : '',
    '</div>',
  ].join('');
  return { subject, html, text };
}
