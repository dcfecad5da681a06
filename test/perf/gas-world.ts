/**
 * An emulator whose services a test can call adapter code (src/gas) with directly: `withGlobals`
 * runs `fn` with the emulator's Sheets and Utilities as this realm's globals, as the bundle sees them.
 */
import { Emulator } from '../../src/local/emulator/emulator';
import type { SheetsAdvancedService } from '../../src/local/emulator/services/sheets-api';

export const OWNER = 'owner@example.org';
type SS = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function gasWorld(opts: { sheetsApi?: boolean } = {}) {
  const emu = new Emulator({ owner: OWNER, ...opts });
  const g = emu.globals();
  const app = g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = () => app.getActiveSpreadsheet();
  const withGlobals = <T>(fn: (s: SS) => T): T => emu.run(OWNER, () => {
    const saved = { Sheets: (globalThis as Record<string, unknown>).Sheets, Utilities: (globalThis as Record<string, unknown>).Utilities };
    Object.assign(globalThis, { Sheets: g.Sheets, Utilities: g.Utilities });
    try {
      return fn(ss());
    } finally {
      Object.assign(globalThis, saved);
    }
  });
  return { emu, g, app, ss, withGlobals, api: g.Sheets as SheetsAdvancedService };
}
