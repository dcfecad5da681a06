/**
 * Session: who is acting (active user) and whom the script runs as (effective user).
 * https://developers.google.com/apps-script/reference/base/session
 * https://developers.google.com/apps-script/reference/base/user#getEmail()
 */
import { createHash } from 'node:crypto';
import type { EmulatorContext } from '../context';

export interface SessionOptions {
  timeZone: string;
  locale: string;
  scriptId: string;
  /** The script's owner (its developer). */
  owner: string;
  /**
   * Google's docs: the active user's e-mail is '' in contexts that run without that user's
   * authorization (simple triggers), unless they are the developer or in the developer's Workspace
   * domain. Off by default (the e-mail is shown); on, a user of another domain sees ''.
   */
  hideActiveUserOutsideDomain: boolean;
}

const domain = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export function createUser(email: string): GoogleAppsScript.Base.User {
  return { getEmail: () => email, getUserLoginId: () => email } satisfies GoogleAppsScript.Base.User;
}

export function activeUserEmail(ctx: EmulatorContext, opts: SessionOptions): string {
  const user = ctx.activeUser;
  const hidden = opts.hideActiveUserOutsideDomain && ctx.authMode !== 'FULL' && user !== opts.owner
    && domain(user) !== domain(opts.owner);
  return hidden ? '' : user;
}

export function createSession(ctx: EmulatorContext, opts: SessionOptions): GoogleAppsScript.Base.Session {
  const rec = (m: string): void => ctx.calls.record(`Session.${m}`);
  return {
    getActiveUser() { rec('getActiveUser'); return createUser(activeUserEmail(ctx, opts)); },
    getEffectiveUser() { rec('getEffectiveUser'); return createUser(ctx.effectiveUser); },
    getScriptTimeZone() { rec('getScriptTimeZone'); return opts.timeZone; },
    getActiveUserLocale() { rec('getActiveUserLocale'); return opts.locale; },
    /** Stable per user and script, reveals nothing of the user (30 days in Google; here forever). */
    getTemporaryActiveUserKey() {
      rec('getTemporaryActiveUserKey');
      return createHash('sha256').update(`${opts.scriptId}\n${ctx.activeUser}`).digest('base64').slice(0, 43);
    },
    getTimeZone() { rec('getTimeZone'); return opts.timeZone; },
    getUser() { rec('getUser'); return createUser(activeUserEmail(ctx, opts)); },
  } satisfies GoogleAppsScript.Base.Session;
}
