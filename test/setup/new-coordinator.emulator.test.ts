/**
 * A coordinator added to Cấu hình after the tabs were made, through the built bundle.
 * Only a protection's editors may read or change its editors: "This field is only visible to users
 * with edit access to the protected range and the document"
 * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange, editors).
 * So the newcomer cannot bring the protections in step; the owner or a coordinator already in must
 * run "Tạo/cập nhật tab đơn vị" once, which lets the newcomer into every protection.
 */
import { asUser, coordinator, COORDINATOR, emulator, OWNER, setupUntilFinished, unitsFirstRow, UNIT_USER } from './helpers';
import type { Emulator } from '../../src/local/emulator/emulator';

const NEWCOMER = 'tonghop2@q3.gov.vn';
const SHEET = () => 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

/** Tabs made by the owner with COORDINATOR in; then NEWCOMER, already sharing the file, is added as coordinator. */
function campaignWithNewcomer(opts: { sheetsApi?: boolean; summary?: boolean } = {}): Emulator {
  const emu = emulator([COORDINATOR, UNIT_USER, NEWCOMER], opts);
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 3).setValue(UNIT_USER));
  coordinator(emu, COORDINATOR, true);
  setupUntilFinished(emu);
  // Tổng hợp built before the newcomer is added, so that their rebuild has a Cấu hình change to write.
  if (opts.summary) emu.bundle!.call('refreshSummary');
  coordinator(emu, NEWCOMER, true);
  return emu;
}

const protectedSheets = (emu: Emulator) => asUser(emu, OWNER, (ss) => ss.getSheets().filter((s) => s.getProtections(SHEET()).length > 0));
const without = (emu: Emulator, user: string) => asUser(emu, OWNER, (ss) => ss.getSheets()
  .filter((s) => s.getProtections(SHEET()).some((p) => !p.getEditors().some((u) => u.getEmail() === user)))
  .map((s) => s.getName()));

describe('a coordinator added later', () => {
  it('running setup first is stopped in Vietnamese, naming the owner and the coordinators already in, and nothing changes', () => {
    const emu = campaignWithNewcomer();
    const before = JSON.stringify(emu.ctx.data);
    const triggers = emu.triggers.all.length;
    emu.user = NEWCOMER;
    let message = '';
    try { emu.bundle!.call('setupUnitTabs'); } catch (e) { message = String((e as Error).message); }
    expect(message).toMatch(/^Tài khoản của đồng chí \(tonghop2@q3\.gov\.vn\) chưa được quyền quản lý các trang tính/);
    expect(message).toContain(`chủ tệp (${OWNER})`);
    expect(message).toContain(`(${COORDINATOR})`);
    expect(message).toContain('“Tạo/cập nhật trang tính đơn vị” một lần');
    expect(message).not.toMatch(/protected|permission/i);
    expect(JSON.stringify(emu.ctx.data)).toBe(before);
    expect(emu.triggers.all).toHaveLength(triggers);
  });

  it('is let into every protection by a run of a coordinator already in, and can then run setup', () => {
    const emu = campaignWithNewcomer();
    const all = protectedSheets(emu).length;
    expect(all).toBeGreaterThan(30);
    expect(without(emu, NEWCOMER)).toHaveLength(all);
    emu.user = COORDINATOR;
    setupUntilFinished(emu);
    expect(without(emu, NEWCOMER)).toEqual([]);
    emu.user = NEWCOMER;
    expect(setupUntilFinished(emu).runs.at(-1)).toMatchObject({ finished: true });
  });

  it('is let in by the owner\'s run too', () => {
    const emu = campaignWithNewcomer();
    emu.user = OWNER;
    setupUntilFinished(emu);
    expect(without(emu, NEWCOMER)).toEqual([]);
  });
});

/** The file as a user would notice it (the id counter aside: a claim tagged and untagged moves it on). */
const contents = (emu: Emulator) => JSON.stringify(emu.ctx.data).replace(/"nextId":\d+/, '');

describe('a coordinator added later, running the jobs that write past the protections', () => {
  it.each([
    ['checkUnits', true], ['refreshSummary', true], ['generateReport', true], ['addResultsColumns', true],
    ['checkUnits', false], ['refreshSummary', false],
  ] as const)('%s (Sheets API on: %s) is refused in Vietnamese, saying who must run setup once, not with Google\'s English, and changes nothing', (job, sheetsApi) => {
    const emu = campaignWithNewcomer({ sheetsApi, summary: true });
    const before = contents(emu);
    emu.user = NEWCOMER;
    let message = '';
    try { emu.bundle!.call(job); } catch (e) { message = String((e as Error).message); }
    expect(message).toMatch(/^Tài khoản của đồng chí \(tonghop2@q3\.gov\.vn\) chưa được quyền quản lý các trang tính/);
    expect(message).toContain(`chủ tệp (${OWNER})`);
    expect(message).toContain(`(${COORDINATOR})`);
    expect(message).not.toMatch(/protected|permission/i);
    expect(contents(emu)).toBe(before);
    // Once a coordinator already in has run setup, the same job goes through.
    emu.user = COORDINATOR;
    setupUntilFinished(emu);
    emu.user = NEWCOMER;
    expect(() => emu.bundle!.call(job)).not.toThrow();
  });
});
