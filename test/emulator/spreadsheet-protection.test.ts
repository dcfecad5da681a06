/**
 * Protections and their enforcement on script edits.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/protection
 * (Sheet.protect: https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect)
 */
import { as, EDITOR, OTHER, OWNER, setup } from './spreadsheet-fixture';

const PROTECTED = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
const emails = (p: GoogleAppsScript.Spreadsheet.Protection) => p.getEditors().map((u) => u.getEmail()).sort();

/** The unit-tab pattern: the owner protects a tab and lets one unit's editor in. */
function protectedUnitTab() {
  const env = setup();
  const tab = env.ss.insertSheet('Phường 1');
  const p = tab.protect().setDescription('Đơn vị Phường 1');
  p.removeEditors(p.getEditors());
  p.addEditor(EDITOR);
  return { ...env, tab, p };
}

describe('Protection editors', () => {
  it('mirrors the spreadsheet until editors are first changed: every file editor can edit meanwhile', () => {
    const { ss, ctx } = setup();
    const p = ss.getSheets()[0].protect();
    expect(emails(p)).toEqual([OWNER, EDITOR, OTHER].sort());
    as(ctx, OTHER).getSheets()[0].getRange('A1').setValue('ok while mirrored');
    p.removeEditors([OTHER]);
    expect(() => as(ctx, OTHER).getSheets()[0].getRange('A1').setValue('no')).toThrow(PROTECTED);
    expect(ss.getSheets()[0].getRange('A1').getValue()).toBe('ok while mirrored');
  });

  it('never removes the owner or the current user (the docs\' "ensure the current user is an editor" sample)', () => {
    const { p } = protectedUnitTab();
    expect(emails(p)).toEqual([OWNER, EDITOR].sort());
    p.removeEditor(OWNER);
    expect(emails(p)).toContain(OWNER);
    expect(p.getDescription()).toBe('Đơn vị Phường 1');
  });

  it('keeps the current user when an editor protects a range and removes everyone else', () => {
    const { ctx } = setup();
    const ss = as(ctx, EDITOR);
    const p = ss.getSheets()[0].getRange('A1:B2').protect();
    p.addEditor(EDITOR);
    p.removeEditors(p.getEditors());
    expect(emails(p)).toEqual([OWNER, EDITOR].sort());
    expect(p.canEdit()).toBe(true);
    expect(String(p.getProtectionType())).toBe('RANGE');
  });
});

describe('Enforcement of protections on script edits', () => {
  it('lets the owner and the protection\'s editor write, and stops another editor of the file', () => {
    const { tab, ctx } = protectedUnitTab();
    tab.getRange('A1').setValue('owner');
    as(ctx, EDITOR).getSheetByName('Phường 1')!.getRange('A2').setValue('editor');
    const other = as(ctx, OTHER).getSheetByName('Phường 1')!;
    expect(() => other.getRange('A3').setValue('x')).toThrow(PROTECTED);
    expect(() => other.getRange('A3').setBackground('#ff0000')).toThrow(PROTECTED);
    expect(() => other.getRange('A3').setNote('x')).toThrow(PROTECTED);
    expect(() => other.insertRowsAfter(1, 1)).toThrow(PROTECTED);
    expect(() => other.setName('hijack')).toThrow(PROTECTED);
    expect(() => as(ctx, OTHER).deleteSheet(other)).toThrow(PROTECTED);
    expect(other.getRange('A1:A2').getValues()).toEqual([['owner'], ['editor']]);
    expect(as(ctx, OTHER).getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0].canEdit()).toBe(false);
  });

  it('lets anyone who may edit the file write in the unprotected ranges of a protected sheet', () => {
    const { tab, ctx, p } = protectedUnitTab();
    p.setUnprotectedRanges([tab.getRange('B2:C10')]);
    const other = as(ctx, OTHER).getSheetByName('Phường 1')!;
    other.getRange('B2:C3').setValues([[1, 2], [3, 4]]);
    expect(() => other.getRange('C10:D10').setValues([[1, 2]])).toThrow(PROTECTED);
    expect(p.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['B2:C10']);
  });

  it('guards only the range of a range protection; warning-only protections do not stop scripts', () => {
    const { ss, ctx } = setup();
    const p = ss.getSheets()[0].getRange('A1:D1').protect();
    p.removeEditors([EDITOR, OTHER]);
    const other = as(ctx, OTHER).getSheets()[0];
    other.getRange('A2').setValue('below the header');
    expect(() => other.getRange('D1:E1').setValues([[1, 2]])).toThrow(PROTECTED);
    p.setWarningOnly(true);
    other.getRange('D1').setValue('after warning');
    expect(other.getRange('D1').getValue()).toBe('after warning');
  });

  it('does not let a protection editor in unless the file is shared with them too (Protection.addEditor does not share)', () => {
    const { tab, ctx, p, ss } = protectedUnitTab();
    p.addEditor('newcomer@quan3.example.vn');
    expect(() => as(ctx, 'newcomer@quan3.example.vn').getSheetByName('Phường 1')!.getRange('A1').setValue('x')).toThrow();
    ss.addEditor('newcomer@quan3.example.vn');
    as(ctx, 'newcomer@quan3.example.vn').getSheetByName('Phường 1')!.getRange('A1').setValue('now shared');
    expect(tab.getRange('A1').getValue()).toBe('now shared');
  });

  it('refuses all writes from someone the file is not shared with, but lets them read', () => {
    const { ss, ctx } = setup();
    ss.getSheets()[0].getRange('A1').setValue('public');
    const stranger = as(ctx, 'stranger@example.com');
    expect(stranger.getSheets()[0].getRange('A1').getValue()).toBe('public');
    expect(() => stranger.getSheets()[0].getRange('A1').setValue('x')).toThrow();
    expect(() => stranger.insertSheet('x')).toThrow();
  });

  it('lets only the owner or an editor of a protection change or remove it', () => {
    const { ctx, p } = protectedUnitTab();
    const theirs = as(ctx, OTHER).getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0];
    expect(() => theirs.addEditor(OTHER)).toThrow(PROTECTED);
    expect(() => theirs.remove()).toThrow(PROTECTED);
    const editors = as(ctx, EDITOR).getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0];
    editors.setDescription('sửa bởi đơn vị');
    expect(p.getDescription()).toBe('sửa bởi đơn vị');
    p.remove();
    as(ctx, OTHER).getSheetByName('Phường 1')!.getRange('A1').setValue('free now');
  });

  it('refuses domain edit on a spreadsheet owned by a gmail.com account', () => {
    const { ss, data, ctx } = setup();
    data.owner = ctx.effectiveUser = 'someone@gmail.com';
    const p = ss.getSheets()[0].protect();
    expect(p.canDomainEdit()).toBe(false);
    expect(() => p.setDomainEdit(true)).toThrow();
  });
});

/**
 * "This field is only visible to users with edit access to the protected range and the document"
 * (developers.google.com/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange, editors;
 * the same text in Google's generated client docs, googleapis.dev Google.Apis.Sheets.v4.Data.ProtectedRange).
 * Apps Script's wording for Protection.getEditors by a non-editor is not published: we emulate the
 * stricter case, a throw rather than an empty list, and assert no exact text for it.
 */
describe('Editors of a protection are visible only to its editors', () => {
  it('refuses getEditors, addEditor(s) and removeEditor(s) to a file editor outside the protection, changing nothing', () => {
    const { ctx } = protectedUnitTab();
    const p = as(ctx, OTHER).getSheetByName('Phường 1')!.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0];
    expect(p.canEdit()).toBe(false);
    expect(() => p.getEditors()).toThrow();
    expect(() => p.addEditor(OTHER)).toThrow(PROTECTED);
    expect(() => p.addEditors([OTHER])).toThrow(PROTECTED);
    expect(() => p.removeEditor(EDITOR)).toThrow(PROTECTED);
    expect(() => p.removeEditors([EDITOR])).toThrow(PROTECTED);
    expect(() => p.setDescription('x')).toThrow(PROTECTED);
    expect(p.getDescription()).toBe('Đơn vị Phường 1');
  });

  it('shows them to the owner and to an editor of the protection', () => {
    const { p, ctx } = protectedUnitTab();
    expect(emails(p)).toEqual([OWNER, EDITOR].sort());
    const mine = as(ctx, EDITOR).getSheetByName('Phường 1')!.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType)[0];
    expect(emails(mine)).toEqual([OWNER, EDITOR].sort());
  });
});

/**
 * "Editors are not supported with warning_only protection" (ProtectedRange.editors,
 * developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange; the same
 * text in Google's generated client docs, googleapis.dev Google.Apis.Sheets.v4.Data.ProtectedRange), and
 * ProtectedRange.warningOnly: changed from true to false with no editors given, "the editors will be set to
 * all the editors in the document". Apps Script's Protection.getEditors on a warning-only protection is not
 * described on its reference page; third-party evidence that it returns an empty list on live Apps Script:
 * the gas-fakes test suite, which its author runs on real Apps Script as well as on Node
 * (github.com/tanaikech/gas-fakes, test/testsheetsbasic.js, section "Protection").
 */
describe('A warning-only protection has no editors', () => {
  it('lists nobody, not even the owner, while the owner can still edit; back to a full protection, every editor of the file is in', () => {
    const { ss } = setup();
    const p = ss.getSheets()[0].protect().setDescription('Cảnh báo khi sửa');
    p.removeEditors([EDITOR, OTHER]);
    p.setWarningOnly(true);
    expect(p.getEditors()).toEqual([]);
    expect(p.canEdit()).toBe(true);
    p.setWarningOnly(false);
    expect(emails(p)).toEqual([OWNER, EDITOR, OTHER].sort());
  });
});
