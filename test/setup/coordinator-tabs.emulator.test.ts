/**
 * A coordinator added to (or removed from) Cấu hình reaches every unit tab's protection at the next
 * setup, through the built bundle. With the Sheets API the protections come with the layout read the
 * setup claim makes anyway, and every tab's change goes in batchUpdates of updateProtectedRange (and
 * its tag rewritten with it), no Protection call per tab; without it, protectSheet with SpreadsheetApp.
 * Behaviours relied on (Google's reference):
 * - ProtectedRange.editors and requestingUserCanEdit, listed only to someone allowed past the range
 *   (test/emulator/sheets-api-protected-range-editors.test.ts)
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * - UpdateProtectedRangeRequest with fields "editors"
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest
 * - a batchUpdate is all or nothing: https://developers.google.com/workspace/sheets/api/guides/batch
 */
import { asUser, campaignWithUnits, coordinator, OWNER, protectionWritesOfRerun, setupUntilFinished } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

const NEWCOMER = 'tonghop2@q3.gov.vn';
const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Each unit tab's protection editors (every sheet but Cấu hình and Mẫu đăng ký), as the owner sees them, by tab name. */
function unitEditors(emu: Emulator): Map<string, string[]> {
  return asUser(emu, OWNER, (ss) => new Map(ss.getSheets().filter((s) => !['Cấu hình', 'Mẫu đăng ký'].includes(s.getName()))
    .map((s) => [s.getName(), s.getProtections(SHEET())[0].getEditors().map((u) => u.getEmail().toLowerCase()).sort()])));
}

const protectionCalls = (counts: Record<string, number>) => Object.entries(counts).filter(([k]) => k.startsWith('Protection.')).reduce((n, [, v]) => n + v, 0);

/** Setup run, a coordinator added, the re-run's call counts. */
function rerunWithNewcomer(units: number, sheetsApi: boolean): { emu: Emulator; before: Map<string, string[]>; calls: Record<string, number> } {
  const emu = campaignWithUnits(units, undefined, { sheetsApi });
  // The newcomer shares the file, so a protection they are let into lets them edit.
  asUser(emu, OWNER, (ss) => ss.addEditor(NEWCOMER));
  setupUntilFinished(emu);
  const before = unitEditors(emu);
  coordinator(emu, NEWCOMER, true);
  emu.calls.reset();
  setupUntilFinished(emu);
  return { emu, before, calls: emu.calls.snapshot() };
}

describe.each([true, false])('unit tabs when the coordinators change (Sheets API on: %s)', (sheetsApi) => {
  it('let a coordinator added in Cấu hình into every unit tab, unit editors unchanged, and out again once removed', () => {
    const { emu, before, calls } = rerunWithNewcomer(36, sheetsApi);
    expect(before.size).toBe(36);
    const after = unitEditors(emu);
    for (const [name, editors] of before) {
      expect(editors).not.toContain(NEWCOMER);
      expect(editors).toContain(`donvi${name.replace('Chi bộ Khu phố ', '')}@q3.gov.vn`);
      expect(after.get(name)).toEqual([...editors, NEWCOMER].sort());
    }
    expect(calls['SheetsApi.request.updateProtectedRange'] ?? 0).toBe(sheetsApi ? 36 : 0);
    // The newcomer may now edit every unit tab.
    emu.run(NEWCOMER, () => {
      const ss = (emu.globals().SpreadsheetApp as App).getActiveSpreadsheet();
      for (const name of before.keys()) expect(ss.getSheetByName(name)!.getProtections(SHEET())[0].canEdit()).toBe(true);
    });

    // The tabs' sync state was written with the change: a re-run has nothing to do.
    expect(protectionWritesOfRerun(emu)).toEqual([0, 0, 0]);

    coordinator(emu, NEWCOMER, false);
    setupUntilFinished(emu);
    expect(unitEditors(emu)).toEqual(before);
  });
});

describe('the re-run after a coordinator is added, with the Sheets API', () => {
  it('should the batch be refused (it changed nothing), brings the tabs in step with SpreadsheetApp, asking once', () => {
    const emu = campaignWithUnits(36, undefined, { sheetsApi: true });
    setupUntilFinished(emu);
    const before = unitEditors(emu);
    const api = emu.globals().Sheets as { Spreadsheets: { batchUpdate: (r: { requests: object[] }, id: string) => unknown } };
    const real = api.Spreadsheets.batchUpdate.bind(api.Spreadsheets);
    let refusals = 0;
    api.Spreadsheets.batchUpdate = (r, id) => {
      if (r.requests.some((q) => 'updateProtectedRange' in q)) {
        refusals++;
        throw new Error('GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered. (HTTP 500)');
      }
      return real(r, id);
    };
    coordinator(emu, NEWCOMER, true);
    const run = setupUntilFinished(emu);
    expect(refusals).toBe(1);
    expect(run.runs.at(-1)!.items.filter((i) => i.status === 'problem')).toEqual([]);
    for (const [name, editors] of unitEditors(emu)) expect(editors).toEqual([...before.get(name)!, NEWCOMER].sort());
  });

  it('makes no Protection call per unit tab: the same Protection calls at 36 and 60 units', () => {
    const small = rerunWithNewcomer(36, true).calls;
    const large = rerunWithNewcomer(60, true).calls;
    expect(large['SheetsApi.request.updateProtectedRange']).toBe(60);
    expect(protectionCalls(large)).toBe(protectionCalls(small));
    expect(large['Protection.getEditors'] ?? 0).toBe(small['Protection.getEditors'] ?? 0);
  });
});
