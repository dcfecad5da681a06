/**
 * State shared by every emulated service of one emulator: the workbook, the clock, who is acting
 * and with what authorization, and the count of service calls (how we measure performance).
 */
import type { SpreadsheetData } from './model';

/** Apps Script's ScriptApp.AuthMode values the add-on can meet. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Records one call such as 'Range.getValues' or 'MailApp.sendEmail'. */
  record(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  /** Calls by method, sorted by name. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}

export interface EmulatorContext {
  /** The file the add-on runs in (getActiveSpreadsheet); a Book pins its own file over this. */
  data: SpreadsheetData;
  /**
   * Every spreadsheet in the emulated Drive by id, ctx.data among them: what openById, create and
   * the Sheets API's spreadsheetId address. Absent means ctx.data alone.
   */
  files?: Map<string, SpreadsheetData>;
  /** Milliseconds since the epoch: the emulator's "now" (tests move it). */
  now(): number;
  /** Session.getActiveUser(): the person whose action started this execution. */
  activeUser: string;
  /** Session.getEffectiveUser(): whom the script runs as (an installable trigger: its installer). */
  effectiveUser: string;
  authMode: AuthMode;
  calls: CallCounter;
  /**
   * False when the execution has no user interface (a time-driven trigger): then
   * SpreadsheetApp.getUi() throws "Cannot call SpreadsheetApp.getUi() from this context."
   * Set by the Emulator for each execution; undefined means true.
   */
  hasUi?: boolean;
  /**
   * False when the execution has no active document: an editor add-on's time-driven trigger
   * belongs to the script and user, not a file, so getActiveSpreadsheet() and
   * getDocumentProperties() return null and getDocumentLock() too. Undefined means true.
   */
  activeDocument?: boolean;
  /** True for an editor add-on (the default): its trigger restrictions apply. */
  addon?: boolean;
}
