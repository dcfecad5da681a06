/**
 * The e-mails, in Vietnamese: subject, HTML (every sheet value escaped) and a plain-text
 * alternative with the same content for clients that show no HTML.
 */
import { compareNames } from '../names';
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

/** Who a unit's mail comes from and who signs it: the coordinating office of Cấu hình ("Ban Dân vận Quận ủy – Quận 3"). */
export const senderName = (c: Campaign): string => `${c.coordinatorBody} – ${c.place}`;

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
  /** The unit's formal name, as an official letter addresses it ("Đảng ủy Phường 9"); the name when absent. */
  addressee?: string;
  due: DueStep;
  missing: readonly string[];
  link: string;
}

/**
 * In the register of an official letter: "Kính gửi:" the unit's formal name, the deadline stated
 * once in the opening, "Đề nghị đơn vị…" for the ask, then only what is still open.
 */
export function composeUnitMail({ campaign, unitName, addressee, due, missing, link }: UnitMailInput): Mail {
  const when = whenText(due.daysLeft);
  const overdue = due.daysLeft < 0;
  const what = deadlineText(due);
  const subject = `[${SENDER_NAME}] ${overdue ? 'Quá hạn' : 'Nhắc hạn'}: ${unitName} – ${what}, ${when}`;
  const registration = due.deadline.kind === 'registration';
  const opening = `${registration ? 'Hạn đăng ký mô hình' : 'Hạn báo cáo kết quả'} “${SENDER_NAME}” ${due.deadline.round.name} là ngày ${formatVnDate(due.deadline.date)} (${overdue ? `đơn vị ${when}` : when}).`;
  const ask = registration
    ? `Đề nghị đơn vị hoàn thiện bảng đăng ký trên trang tính của đơn vị${missing.length ? ', cụ thể:' : '.'}`
    : `Đề nghị đơn vị báo cáo kết quả thực hiện các mô hình đã đăng ký${missing.length ? ', cụ thể:' : '.'}`;
  const sign = senderName(campaign);
  const greeting = `Kính gửi: ${addressee || unitName}`;
  const text = [
    greeting, '', opening, ask, '',
    ...missing.map((m) => `- ${m}`), ...(missing.length ? [''] : []),
    link ? `Mở trang tính của đơn vị: ${link}` : 'Đề nghị đơn vị mở bảng tính chung của chiến dịch.', '',
    'Trân trọng.', sign, '',
    '(Thư tự động, gửi một lần cho mỗi mốc nhắc hạn.)',
  ].join('\n');
  const html = [
    '<div style="font-family:Arial,sans-serif;font-size:14px;line-height:1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p><b>${escapeHtml(opening)}</b></p>`,
    `<p>${escapeHtml(ask)}</p>`,
    missing.length ? `<ul>${missing.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` : '',
    link ? `<p><a href="${escapeHtml(link)}">Mở trang tính của đơn vị ${escapeHtml(unitName)}</a></p>` : '<p>Đề nghị đơn vị mở bảng tính chung của chiến dịch.</p>',
    `<p>Trân trọng.<br>${escapeHtml(sign)}</p>`,
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
  /** Member workbooks that could not be opened (their units were not reminded); shown only when any. */
  lostFiles?: DigestLine[];
  /** Recipients left today before sending (MailApp.getRemainingDailyQuota()). */
  quota: number;
  link: string;
}

/** The coordinators' one daily digest: who was reminded, who is late, what failed or waits for quota. */
export function composeDigest(d: DigestInput): Mail {
  const subject = `[${SENDER_NAME}] Tổng hợp nhắc hạn ngày ${d.todayVn}: ${d.reminded.length} thư đã gửi, ${d.late.length} lượt trễ hạn${d.failed.length ? `, ${d.failed.length} lỗi` : ''}${d.postponed.length ? `, ${d.postponed.length} hoãn` : ''}`;
  const sections = ([
    ['Đã nhắc', d.reminded],
    ['Đơn vị trễ hạn', d.late],
    ['Không gửi được (cần kiểm tra e-mail trong Cấu hình)', d.failed],
    ['Hoãn vì hết hạn mức gửi thư trong ngày (sẽ gửi lần chạy sau)', d.postponed],
    ...(d.lostFiles?.length ? [['Sổ đăng ký không mở được (đơn vị trong sổ không được nhắc)', d.lostFiles] as [string, DigestLine[]]] : []),
  ] as [string, DigestLine[]][]).map(([title, lines]) => [title, [...lines].sort((a, b) => compareNames(a.unit, b.unit))] as const);
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
