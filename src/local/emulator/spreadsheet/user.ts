/** Base.User as the Spreadsheet service returns it (editors, owner). */
import type { EmulatorContext } from '../context';
import { counted } from './counted';

class UserImpl {
  constructor(ctx: EmulatorContext, private readonly email: string) {
    return counted(ctx, 'User', this);
  }
  getEmail(): string { return this.email; }
  getUserLoginId(): string { return this.email; }
  toString(): string { return this.email; }
}

export function makeUser(ctx: EmulatorContext, email: string): GoogleAppsScript.Base.User {
  return new UserImpl(ctx, email);
}

/** Accepts an e-mail or a User (as Apps Script's overloads do). */
export function emailOf(user: string | { getEmail(): string }): string {
  return (typeof user === 'string' ? user : user.getEmail()).trim().toLowerCase();
}

type _UserCheck = AssertAssignable<UserImpl, Pick<GoogleAppsScript.Base.User, 'getEmail' | 'getUserLoginId'>>;
export type AssertAssignable<T extends U, U> = T extends U ? true : never;
