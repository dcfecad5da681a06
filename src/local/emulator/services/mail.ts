/**
 * MailApp: sends into an outbox the tests read, with the daily recipient quota and the
 * authorization rule of the real service.
 * https://developers.google.com/apps-script/reference/mail/mail-app
 * https://developers.google.com/apps-script/guides/services/quotas (recipients per day: To+Cc+Bcc)
 */
import type { EmulatorContext } from '../context';
import { requireFullAuth, SCOPES } from './auth';

export interface SentMail {
  /** The effective user: mail goes out from the account the script runs as. */
  from: string;
  to: string;
  cc: string;
  bcc: string;
  subject: string;
  body: string;
  htmlBody: string;
  name: string;
  replyTo: string;
  noReply: boolean;
  sentAt: Date;
}

type Options = GoogleAppsScript.Mail.MailAdvancedParameters;

/** Recipients a user may still reach today; the day is taken in the script's time zone. */
export class MailQuota {
  private readonly used = new Map<string, { day: string; n: number }>();

  constructor(readonly daily: number, private readonly timeZone: string) {}

  remaining(user: string, now: number): number {
    const u = this.used.get(user);
    return this.daily - (u && u.day === this.day(now) ? u.n : 0);
  }

  spend(user: string, now: number, n: number): void {
    this.used.set(user, { day: this.day(now), n: this.daily - this.remaining(user, now) + n });
  }

  private day(now: number): string {
    return new Date(now).toLocaleDateString('en-CA', { timeZone: this.timeZone });
  }
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** Splits "a@x.vn, Tên <b@y.vn>" into bare addresses; throws as MailApp does on a malformed one. */
export function parseRecipients(list: string | undefined): string[] {
  if (!list) return [];
  return list.split(',').map((s) => s.trim()).filter((s) => s !== '').map((entry) => {
    const bracketed = /<([^<>]+)>\s*$/.exec(entry);
    const address = (bracketed ? bracketed[1] : entry).trim();
    if (!ADDRESS.test(address)) throw new Error(`Invalid email: ${entry}`);
    return address;
  });
}

export function createMailApp(ctx: EmulatorContext, outbox: SentMail[], quota: MailQuota): GoogleAppsScript.Mail.MailApp {
  function send(message: Options): void {
    const to = parseRecipients(message.to);
    const cc = parseRecipients(message.cc);
    const bcc = parseRecipients(message.bcc);
    if (message.replyTo) parseRecipients(message.replyTo);
    const count = to.length + cc.length + bcc.length;
    if (count === 0) throw new Error('Failed to send email: no recipient');
    if (count > quota.remaining(ctx.effectiveUser, ctx.now())) {
      throw new Error('Service invoked too many times for one day: email.');
    }
    quota.spend(ctx.effectiveUser, ctx.now(), count);
    outbox.push({
      from: ctx.effectiveUser, to: message.to ?? '', cc: message.cc ?? '', bcc: message.bcc ?? '',
      subject: message.subject ?? '', body: message.body ?? '', htmlBody: message.htmlBody ?? '',
      name: message.name ?? '', replyTo: message.replyTo ?? '', noReply: message.noReply === true,
      sentAt: new Date(ctx.now()),
    });
  }

  const mailApp = {
    getRemainingDailyQuota(): number {
      ctx.calls.record('MailApp.getRemainingDailyQuota');
      requireFullAuth(ctx, 'MailApp.getRemainingDailyQuota', SCOPES.sendMail);
      return quota.remaining(ctx.effectiveUser, ctx.now());
    },
    sendEmail(...args: unknown[]): void {
      ctx.calls.record('MailApp.sendEmail');
      requireFullAuth(ctx, 'MailApp.sendEmail', SCOPES.sendMail);
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return send(args[0] as Options);
      if (args.length === 4 && typeof args[3] === 'string') {
        const [to, replyTo, subject, body] = args as string[];
        return send({ to, replyTo, subject, body });
      }
      const [to, subject, body, options] = args as [string, string, string, Options | undefined];
      return send({ ...options, to, subject, body });
    },
  } satisfies Pick<GoogleAppsScript.Mail.MailApp, 'sendEmail' | 'getRemainingDailyQuota'>;
  return mailApp;
}

