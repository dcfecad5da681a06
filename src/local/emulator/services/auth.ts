/**
 * Authorization as Apps Script enforces it: a service that needs a scope throws when the execution
 * runs without full authorization (simple triggers run LIMITED; an add-on's onOpen may run NONE).
 * https://developers.google.com/apps-script/guides/triggers#restrictions
 */
import type { EmulatorContext } from '../context';

export const SCOPES = {
  sendMail: 'https://www.googleapis.com/auth/script.send_mail',
  scriptApp: 'https://www.googleapis.com/auth/script.scriptapp',
} as const;

export function requireFullAuth(ctx: EmulatorContext, method: string, scope: string): void {
  if (ctx.authMode !== 'FULL') {
    throw new Error(`You do not have permission to call ${method}. Required permissions: ${scope}`);
  }
}
