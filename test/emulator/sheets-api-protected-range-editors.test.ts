/**
 * A protected range's editors through the Sheets API, as the v4 reference defines them:
 * - ProtectedRange.editors: "The users and groups with edit access to the protected range. This field is
 *   only visible to users with edit access to the protected range and the document. Editors are not
 *   supported with warning_only protection." requestingUserCanEdit: "True if the user who requested this
 *   protected range can edit the protected area. This field is read-only."
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * - UpdateProtectedRangeRequest: "Updates an existing protected range with the specified protectedRangeId";
 *   fields: "At least one field must be specified. The root protectedRange is implied and should not be
 *   specified." (the same text in Google's generated client docs, googleapis.dev Google.Apis.Sheets.v4.Data).
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest
 * Where the reference is silent the emulator takes the stricter reading, as Apps Script's Protection does
 * (spreadsheet-protection.test.ts): only someone allowed past a protection may change it, and the requester
 * cannot drop themselves. Google's error texts are not documented: the tests pin the refusals (HTTP 400,
 * nothing applied), not the words.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { EDITOR, OTHER, OWNER, setup } from './spreadsheet-fixture';

const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const FIELDS = 'sheets(properties/sheetId,protectedRanges(protectedRangeId,requestingUserCanEdit,editors(users,domainUsersCanEdit)))';
type Got = { sheets: { properties: { sheetId?: number }; protectedRanges?: { protectedRangeId: number; requestingUserCanEdit?: boolean; editors?: { users: string[] } }[] }[] };

/** Sheet 1 protected for EDITOR (the owner always can); OTHER edits the file but not the sheet. */
function protectedSheet() {
  const t = setup();
  const sheet = t.ss.getSheets()[0];
  const p = sheet.protect().setDescription('Mẫu đăng ký');
  p.removeEditors(p.getEditors());
  p.addEditor(EDITOR);
  const id = t.data.protections[0].id;
  const ranges = (user: string) => {
    const ctx = { ...t.ctx, activeUser: user, effectiveUser: user };
    return (createSheetsApi(ctx).Spreadsheets.get(t.ss.getId(), { fields: FIELDS }) as Got).sheets.find((s) => (s.properties.sheetId ?? 0) === sheet.getSheetId())!.protectedRanges!;
  };
  const update = (user: string, requests: object[]) => createSheetsApi({ ...t.ctx, activeUser: user, effectiveUser: user }).Spreadsheets.batchUpdate({ requests }, t.ss.getId());
  return { ...t, sheet, id, ranges, update };
}

describe('Spreadsheets.get: protectedRanges.editors', () => {
  it('are shown, owner first, to the owner and to an editor of the range, with requestingUserCanEdit; to a file editor outside it, neither', () => {
    const { id, ranges } = protectedSheet();
    const editors = { users: [OWNER, EDITOR] };
    expect(ranges(OWNER)).toEqual([{ protectedRangeId: id, requestingUserCanEdit: true, editors }]);
    expect(ranges(EDITOR)).toEqual([{ protectedRangeId: id, requestingUserCanEdit: true, editors }]);
    expect(ranges(OTHER)).toEqual([{ protectedRangeId: id }]);
  });

  it('a warning-only range has none, and anyone may edit it', () => {
    const { sheet, id, ranges } = protectedSheet();
    sheet.getProtections(SHEET)[0].setWarningOnly(true);
    expect(ranges(OTHER)).toEqual([{ protectedRangeId: id, requestingUserCanEdit: true }]);
  });
});

describe('updateProtectedRange', () => {
  it("replaces a range's editors (the owner stays) and its description; SpreadsheetApp sees the same protection", () => {
    const { sheet, id, update } = protectedSheet();
    update(EDITOR, [{ updateProtectedRange: { protectedRange: { protectedRangeId: id, description: 'Mẫu', editors: { users: [EDITOR, OTHER] } }, fields: 'description,editors' } }]);
    const p = sheet.getProtections(SHEET)[0];
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([OWNER, EDITOR, OTHER].sort());
    expect([p.getDescription(), p.canDomainEdit()]).toEqual(['Mẫu', false]);
    // Only the fields listed change.
    update(OWNER, [{ updateProtectedRange: { protectedRange: { protectedRangeId: id, description: 'bỏ qua', editors: { users: [] } }, fields: 'editors' } }]);
    expect([p.getDescription(), p.getEditors().map((u) => u.getEmail())]).toEqual(['Mẫu', [OWNER]]);
  });

  it('refuses a missing or unknown id, no fields, the root named, a field not modelled, a requester outside the range or dropping themselves, editors on a warning-only range; the batch applies nothing', () => {
    const { sheet, id, update, data } = protectedSheet();
    const before = JSON.stringify(data.protections);
    const touch = { updateProtectedRange: { protectedRange: { protectedRangeId: id, description: 'đã đổi' }, fields: 'description' } };
    const bad: [string, object][] = [
      [OWNER, { protectedRange: { editors: { users: [EDITOR] } }, fields: 'editors' }],
      [OWNER, { protectedRange: { protectedRangeId: 999_999, editors: { users: [EDITOR] } }, fields: 'editors' }],
      [OWNER, { protectedRange: { protectedRangeId: id, editors: { users: [EDITOR] } } }],
      [OWNER, { protectedRange: { protectedRangeId: id, editors: { users: [EDITOR] } }, fields: 'protectedRange.editors' }],
      [OWNER, { protectedRange: { protectedRangeId: id, range: { sheetId: 0 } }, fields: '*' }],
      [OTHER, { protectedRange: { protectedRangeId: id, editors: { users: [OTHER] } }, fields: 'editors' }],
      [EDITOR, { protectedRange: { protectedRangeId: id, editors: { users: [OTHER] } }, fields: 'editors' }],
    ];
    // OTHER may not even touch the description: their request goes alone.
    for (const [user, req] of bad) expect(() => update(user, [...(user === OTHER ? [] : [touch]), { updateProtectedRange: req }])).toThrow(/HTTP 400/);
    expect(JSON.stringify(data.protections)).toBe(before);
    sheet.getProtections(SHEET)[0].setWarningOnly(true);
    expect(() => update(OWNER, [{ updateProtectedRange: { protectedRange: { protectedRangeId: id, editors: { users: [EDITOR] } }, fields: 'editors' } }])).toThrow(/HTTP 400/);
  });
});
