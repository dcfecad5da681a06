/**
 * A sent e-mail as an .eml file (RFC 5322 with MIME, RFC 2045–2047): UTF-8, a plain-text and an
 * HTML part in multipart/alternative (plain first: clients show the last part they understand),
 * bodies in base64 so any Vietnamese text and line length survive, headers as encoded-words.
 */
import type { SentMail } from '../../emulator/services/mail';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
/** Base64 wrapped at 76 characters, as RFC 2045 asks. */
const wrapped = (s: string) => b64(s).replace(/.{76}/g, '$&\r\n');
/** An RFC 2047 encoded-word when the header is not plain ASCII. */
const word = (s: string) => (/^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${b64(s)}?=`);

/** RFC 5322 date-time, e.g. "Tue, 11 May 2021 07:00:00 +0700" (in Asia/Ho_Chi_Minh, UTC+7 all year). */
export function rfc5322Date(d: Date): string {
  const local = new Date(d.getTime() + 7 * 3600_000);
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][local.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${day}, ${p(local.getUTCDate())} ${mon} ${local.getUTCFullYear()} ${p(local.getUTCHours())}:${p(local.getUTCMinutes())}:${p(local.getUTCSeconds())} +0700`;
}

export function toEml(m: SentMail, seq: number): string {
  const boundary = `dvk-alt-${m.sentAt.getTime()}-${seq}`;
  const id = `<dvk.${m.sentAt.getTime()}.${seq}@dan-van-kheo.local>`;
  const headers = [
    `From: ${m.name ? `${word(m.name)} ` : ''}<${m.from}>`,
    `To: ${m.to.split(',').map((s) => s.trim()).filter(Boolean).join(', ')}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    ...(m.replyTo ? [`Reply-To: ${m.replyTo}`] : []),
    `Subject: ${word(m.subject)}`,
    `Date: ${rfc5322Date(m.sentAt)}`,
    `Message-ID: ${id}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
  ];
  const part = (type: string, body: string) => [
    `--${boundary}`, `Content-Type: ${type}; charset=UTF-8`, 'Content-Transfer-Encoding: base64', '', wrapped(body),
  ].join('\r\n');
  return [...headers, '', part('text/plain', m.body), part('text/html', m.htmlBody || m.body), `--${boundary}--`, ''].join('\r\n');
}
