/**
 * Member workbooks' coordinator-only sheets (their Mẫu đăng ký) follow Cấu hình's coordinators as the
 * hub's do, through the built bundle: a coordinator added (or removed) is let into (or out of) every
 * member's Mẫu đăng ký by the next setup, by the same rule as the hub's. With the Sheets API the
 * member's protections come with the read setup makes of it anyway, and only those that differ are
 * changed, in one batchUpdate of updateProtectedRange per member; none when nothing changed.
 * Behaviours relied on (Google's reference):
 * - ProtectedRange.editors "is only visible to users with edit access to the protected range and the document";
 *   requestingUserCanEdit (test/emulator/sheets-api-protected-range-editors.test.ts)
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * - UpdateProtectedRangeRequest with fields "editors"
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest
 * - Protection.getEditors / addEditors / removeEditors (the path without the advanced service)
 *   https://developers.google.com/apps-script/reference/spreadsheet/protection
 */
import { campaignWithUnits, coordinator, OWNER, protectionWritesOfRerun, setupUntilFinished } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

const NEWCOMER = 'tonghop2@q3.gov.vn';
const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

const members = (emu: Emulator) => [...emu.files.values()].filter((f) => f.id !== emu.data.id);

/** Editors of each file's Mẫu đăng ký protection, as the owner sees them: the hub's first. */
function templateEditors(emu: Emulator): string[][] {
  return emu.run(OWNER, () => [emu.data, ...members(emu)].map((f) => (emu.globals().SpreadsheetApp as App).openById(f.id).getSheetByName('Mẫu đăng ký')!
    .getProtections(SHEET())[0].getEditors().map((u) => u.getEmail().toLowerCase()).sort()));
}

describe.each([true, false])('member workbooks when the coordinators change (Sheets API on: %s)', (sheetsApi) => {
  it("let a coordinator added in Cấu hình into every member's Mẫu đăng ký, as into the hub's, and out again once removed", () => {
    const emu = campaignWithUnits(15, 10, { sheetsApi });
    setupUntilFinished(emu);
    const books = members(emu).length;
    expect(books).toBeGreaterThan(2);
    expect(templateEditors(emu).every((e) => !e.includes(NEWCOMER))).toBe(true);

    coordinator(emu, NEWCOMER, true);
    emu.calls.reset();
    const tabs = setupUntilFinished(emu).runs.at(-1)!.done;
    const added = templateEditors(emu);
    expect(added[0]).toContain(NEWCOMER);
    for (const e of added.slice(1)) expect(e).toEqual(added[0]);
    // One a member's Mẫu đăng ký, and one every unit tab, wherever it lives (coordinator-tabs.emulator.test.ts).
    if (sheetsApi) expect(emu.calls.snapshot()['SheetsApi.request.updateProtectedRange']).toBe(books + tabs);
    // The newcomer may now edit every member's Mẫu đăng ký.
    emu.run(NEWCOMER, () => {
      for (const f of members(emu)) expect((emu.globals().SpreadsheetApp as App).openById(f.id).getSheetByName('Mẫu đăng ký')!.getProtections(SHEET())[0].canEdit()).toBe(true);
    });

    // Nothing changed since: no protection is written again.
    expect(protectionWritesOfRerun(emu)).toEqual([0, 0, 0]);

    coordinator(emu, NEWCOMER, false);
    setupUntilFinished(emu);
    const removed = templateEditors(emu);
    expect(removed[0]).not.toContain(NEWCOMER);
    for (const e of removed.slice(1)) expect(e).toEqual(removed[0]);
  });
});
