/**
 * The batchUpdate requests that make a unit tab in one request, as the Sheets v4 reference defines them:
 * - DuplicateSheetRequest: newSheetId "If set, the ID must not conflict with any existing sheet ID. If
 *   set, it must be non-negative"; a new sheet's name must be free (as insertSheet); the 200-sheet cap
 *   (spreadsheet-sheet-cap.test.ts) undoes the whole batch.
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#duplicatesheetrequest
 * - AddProtectedRangeRequest / ProtectedRange: "The protectedRangeId field is optional … (It is an error
 *   to specify the ID of a range that already exists.)"; a fully unbounded range "is considered a
 *   protected sheet"; "Editors are not supported with warning_only protection"; "Unprotected ranges are
 *   only supported on protected sheets".
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange
 * - CreateDeveloperMetadataRequest / DeveloperMetadata: a key and a visibility "must always" be
 *   specified; metadataId "Must be positive"; one location; the 30,000 characters of a location
 *   ("Metadata storage limits", guides/metadata).
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata
 * - UpdateSheetPropertiesRequest: "At least one field must be specified. The root properties is
 *   implied"; SheetProperties.index moves in "before the move" indexes.
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest
 * - AddNamedRangeRequest: a named range on the new tab, with setNamedRange's name rules (a name in use refused).
 *   https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addnamedrangerequest
 * Google's error texts are not documented: the tests pin the refusals (HTTP 400, nothing applied), not the words.
 */
import { createSheetsApi } from '../../src/local/emulator/services/sheets-api';
import { MAX_METADATA_CHARS_PER_LOCATION } from '../../src/local/emulator/spreadsheet/limits';
import { as, EDITOR, OTHER, setup } from './spreadsheet-fixture';

function api() {
  const t = setup();
  const template = t.ss.getSheets()[0].setName('Mẫu đăng ký');
  template.getRange('B2').setValue('[Tên đơn vị]');
  return { ...t, template, sheets: createSheetsApi(t.ctx) };
}

/** One unit tab in one request: copy, tag, protect (the shape setup sends). */
const tabBatch = (sourceSheetId: number, newSheetId: number, title: string, users: string[]) => [
  { duplicateSheet: { sourceSheetId, newSheetId, newSheetName: title, insertSheetIndex: 1 } },
  { createDeveloperMetadata: { developerMetadata: { metadataKey: 'dvk.tab', metadataValue: JSON.stringify({ unit: title, sheetId: newSheetId }), visibility: 'DOCUMENT', location: { sheetId: newSheetId } } } },
  { addProtectedRange: { protectedRange: { range: { sheetId: newSheetId }, description: `tab của ${title}`, editors: { users } } } },
];

describe('duplicateSheet', () => {
  it('makes the copy with the asked id, name and place; refuses a name or an id in use, or a negative id, applying nothing', () => {
    const { ss, template, sheets } = api();
    const reply = sheets.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: template.getSheetId(), newSheetId: 5001, newSheetName: 'Phường 1', insertSheetIndex: 1 } }] }, ss.getId());
    expect(reply.replies[0]).toEqual({ duplicateSheet: { properties: expect.objectContaining({ sheetId: 5001, title: 'Phường 1', index: 1 }) } });
    expect(ss.getSheetByName('Phường 1')!.getRange('B2').getValue()).toBe('[Tên đơn vị]');
    const n = ss.getNumSheets();
    for (const bad of [{ newSheetId: 5002, newSheetName: 'Phường 1' }, { newSheetId: 5001, newSheetName: 'Phường 2' }, { newSheetId: -1, newSheetName: 'Phường 2' }]) {
      expect(() => sheets.Spreadsheets.batchUpdate({ requests: [
        { updateCells: { start: { sheetId: template.getSheetId(), rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }] } },
        { duplicateSheet: { sourceSheetId: template.getSheetId(), ...bad } },
      ] }, ss.getId())).toThrow(/HTTP 400/);
    }
    expect(ss.getNumSheets()).toBe(n);
    expect(template.getRange('A1').getValue()).toBe('');
  });
});

describe('addProtectedRange', () => {
  it('a fully unbounded range protects the sheet for exactly its editors (and the owner); SpreadsheetApp sees the same protection', () => {
    const { ss, ctx, template, sheets } = api();
    const reply = sheets.Spreadsheets.batchUpdate({ requests: tabBatch(template.getSheetId(), 7001, 'Phường 1', [EDITOR]) }, ss.getId());
    const echo = (reply.replies[2] as { addProtectedRange: { protectedRange: { protectedRangeId: number; range: unknown; editors: { users: string[] } } } }).addProtectedRange.protectedRange;
    expect(echo.range).toEqual({ sheetId: 7001 });
    expect(typeof echo.protectedRangeId).toBe('number');
    const tab = ss.getSheetByName('Phường 1')!;
    const [p] = tab.getProtections(SpreadsheetApp_SHEET);
    expect(p.getDescription()).toBe('tab của Phường 1');
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual(['bandanvan@quan3.example.vn', EDITOR].sort());
    // Spreadsheets.get lists it under the sheet (ProtectedRange: id, description, the sheet as range); its editors are not modelled, so not answered.
    const got = sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets(properties/sheetId,protectedRanges(protectedRangeId,description,range))' }) as { sheets: { properties: { sheetId?: number }; protectedRanges?: unknown[] }[] };
    expect(got.sheets.find((x) => x.properties.sheetId === 7001)!.protectedRanges).toEqual([{ protectedRangeId: echo.protectedRangeId, description: 'tab của Phường 1', range: { sheetId: 7001 } }]);
    // Its editors, to someone allowed past it (sheets-api-protected-range-editors.test.ts): the owner first.
    expect((sheets.Spreadsheets.get(ss.getId(), { fields: 'sheets(properties/sheetId,protectedRanges(editors))' }) as { sheets: { properties: { sheetId?: number }; protectedRanges?: unknown[] }[] })
      .sheets.find((x) => x.properties.sheetId === 7001)!.protectedRanges).toEqual([{ editors: { users: ['bandanvan@quan3.example.vn', EDITOR] } }]);
    as(ctx, EDITOR).getSheetByName('Phường 1')!.getRange('C5').setValue('mô hình');
    expect(() => as(ctx, OTHER).getSheetByName('Phường 1')!.getRange('C5').setValue('không')).toThrow(/protected/);
    expect(tab.getRange('C5').getValue()).toBe('mô hình');
  });

  it('refuses editors on a warning-only protection, an id in use, unprotected ranges on a range, and a second sheet protection; warning-only lets any editor write', () => {
    const { ss, ctx, template, sheets } = api();
    const id = template.getSheetId();
    const first = sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: { protectedRangeId: 42, range: { sheetId: id, startRowIndex: 0, endRowIndex: 1 }, warningOnly: true } } }] }, ss.getId());
    expect(first.replies[0]).toEqual({ addProtectedRange: { protectedRange: expect.objectContaining({ protectedRangeId: 42, warningOnly: true }) } });
    as(ctx, OTHER).getSheets()[0].getRange('A1').setValue('cảnh báo thôi');
    const bad = [
      { range: { sheetId: id }, warningOnly: true, editors: { users: [EDITOR] } },
      { protectedRangeId: 42, range: { sheetId: id, startRowIndex: 3, endRowIndex: 4 } },
      { range: { sheetId: id, startRowIndex: 3, endRowIndex: 4 }, unprotectedRanges: [{ sheetId: id, startRowIndex: 3, endRowIndex: 4 }] },
      { namedRangeId: 'abc', range: { sheetId: id } },
    ];
    for (const protectedRange of bad) expect(() => sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange } }] }, ss.getId())).toThrow(/HTTP 400/);
    sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: id }, editors: { users: [EDITOR] } } } }] }, ss.getId());
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: id }, editors: { users: [OTHER] } } } }] }, ss.getId())).toThrow(/HTTP 400/);
    expect(ss.getProtections(SpreadsheetApp_RANGE)).toHaveLength(1);
    expect(template.getProtections(SpreadsheetApp_SHEET)).toHaveLength(1);
  });

  it('without editors only the requesting user and the owner may edit, never the file editors at large', () => {
    const t = setup({ user: EDITOR });
    const sheets = createSheetsApi(t.ctx);
    const sheet = t.ss.getSheets()[0];
    sheets.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: sheet.getSheetId() } } } }] }, t.ss.getId());
    sheet.getRange('A1').setValue('tôi');
    expect(() => as(t.ctx, OTHER).getSheets()[0].getRange('A1').setValue('khác')).toThrow(/protected/);
  });
});

describe('createDeveloperMetadata', () => {
  it('tags a sheet made earlier in the same batch; the entry reads back through SpreadsheetApp with its id', () => {
    const { ss, template, sheets } = api();
    const reply = sheets.Spreadsheets.batchUpdate({ requests: tabBatch(template.getSheetId(), 7001, 'Phường 1', [EDITOR]) }, ss.getId());
    const echo = (reply.replies[1] as { createDeveloperMetadata: { developerMetadata: { metadataId: number; location: unknown } } }).createDeveloperMetadata.developerMetadata;
    expect(echo.location).toEqual({ locationType: 'SHEET', sheetId: 7001 });
    const [m] = ss.getSheetByName('Phường 1')!.getDeveloperMetadata();
    expect([m.getKey(), JSON.parse(m.getValue()!), m.getId()]).toEqual(['dvk.tab', { unit: 'Phường 1', sheetId: 7001 }, echo.metadataId]);
  });

  it('refuses a missing key or visibility, an id not positive or in use, two locations or none, and a location past 30,000 characters; the batch applies nothing', () => {
    const { ss, template, sheets } = api();
    const sheetId = template.getSheetId();
    sheets.Spreadsheets.batchUpdate({ requests: [{ createDeveloperMetadata: { developerMetadata: { metadataId: 900, metadataKey: 'k', visibility: 'DOCUMENT', location: { spreadsheet: true } } } }] }, ss.getId());
    const bad = [
      { metadataKey: 'k', location: { sheetId } },
      { visibility: 'DOCUMENT', location: { sheetId } },
      { metadataId: 0, metadataKey: 'k', visibility: 'DOCUMENT', location: { sheetId } },
      { metadataId: 900, metadataKey: 'k', visibility: 'DOCUMENT', location: { sheetId } },
      { metadataKey: 'k', visibility: 'DOCUMENT', location: { sheetId, spreadsheet: true } },
      { metadataKey: 'k', visibility: 'DOCUMENT', location: {} },
      { metadataKey: 'k', metadataValue: 'x'.repeat(MAX_METADATA_CHARS_PER_LOCATION), visibility: 'DOCUMENT', location: { sheetId } },
    ];
    for (const developerMetadata of bad) {
      expect(() => sheets.Spreadsheets.batchUpdate({ requests: [
        { createDeveloperMetadata: { developerMetadata: { metadataKey: 'trước', visibility: 'DOCUMENT', location: { sheetId } } } },
        { createDeveloperMetadata: { developerMetadata } },
      ] }, ss.getId())).toThrow(/HTTP 400/);
    }
    expect(template.getDeveloperMetadata()).toHaveLength(0);
    // Just under the limit fits.
    sheets.Spreadsheets.batchUpdate({ requests: [{ createDeveloperMetadata: { developerMetadata: { metadataKey: 'k', metadataValue: 'x'.repeat(MAX_METADATA_CHARS_PER_LOCATION - 1), visibility: 'DOCUMENT', location: { sheetId } } } }] }, ss.getId());
    expect(template.getDeveloperMetadata()).toHaveLength(1);
  });

  it('a tab is never left untracked: when the batch fails after the copy, neither the copy nor its tag remains', () => {
    const { ss, template, sheets } = api();
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [
      ...tabBatch(template.getSheetId(), 7001, 'Phường 1', [EDITOR]),
      { addProtectedRange: { protectedRange: { range: { sheetId: 7001 } } } },
    ] }, ss.getId())).toThrow(/HTTP 400/);
    expect(ss.getSheetByName('Phường 1')).toBeNull();
    expect(ss.createDeveloperMetadataFinder().withKey('dvk.tab').find()).toHaveLength(0);
    expect(ss.getProtections(SpreadsheetApp_SHEET)).toHaveLength(0);
  });
});

describe('addNamedRange', () => {
  it('names a cell of a tab made in the same batch; a name in use is refused and the batch undone, the earlier name kept', () => {
    const { ss, template, sheets } = api();
    sheets.Spreadsheets.batchUpdate({ requests: [...tabBatch(template.getSheetId(), 7001, 'Phường 1', [EDITOR]),
      { addNamedRange: { namedRange: { name: 'DVK_phuong_1', range: { sheetId: 7001, startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 } } } }] }, ss.getId());
    expect(ss.getRangeByName('DVK_phuong_1')!.getSheet().getName()).toBe('Phường 1');
    expect(() => sheets.Spreadsheets.batchUpdate({ requests: [...tabBatch(template.getSheetId(), 7002, 'Phường 2', [EDITOR]),
      { addNamedRange: { namedRange: { name: 'dvk_PHUONG_1', range: { sheetId: 7002, startRowIndex: 0, endRowIndex: 1 } } } }] }, ss.getId())).toThrow(/HTTP 400/);
    expect(ss.getSheetByName('Phường 2')).toBeNull();
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['DVK_phuong_1']);
    expect(ss.getRangeByName('DVK_phuong_1')!.getA1Notation()).toBe('A1');
  });
});

describe('updateSheetProperties', () => {
  it('renames, moves in before-the-move indexes, colours and freezes; refuses a taken title, no fields, an unmodelled field, hiding the last sheet', () => {
    const { ss, template, sheets } = api();
    ss.insertSheet('B');
    ss.insertSheet('C');
    const id = template.getSheetId();
    sheets.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: id, title: 'A', index: 2, tabColorStyle: { rgbColor: { red: 1 } }, gridProperties: { frozenRowCount: 3 } },
      fields: 'title,index,tabColorStyle,gridProperties.frozenRowCount' } }] }, ss.getId());
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['B', 'A', 'C']);
    expect([template.getTabColor(), template.getFrozenRows()]).toEqual(['#ff0000', 3]);
    for (const req of [
      { properties: { sheetId: id, title: 'B' }, fields: 'title' },
      { properties: { sheetId: id, title: 'D' } },
      { properties: { sheetId: id, rightToLeft: true }, fields: 'rightToLeft' },
      { properties: { sheetId: id, title: 'D' }, fields: '*' },
    ]) expect(() => sheets.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: req as never }] }, ss.getId())).toThrow(/HTTP 400/);
    const only = setup();
    const s0 = only.ss.getSheets()[0].getSheetId();
    expect(() => createSheetsApi(only.ctx).Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: s0, hidden: true }, fields: 'hidden' } }] }, only.ss.getId())).toThrow(/HTTP 400/);
    expect(template.getName()).toBe('A');
  });

  it('a sheet protection stops a user who is not its editor from renaming the sheet', () => {
    const { ss, ctx, template, sheets } = api();
    template.protect().removeEditors([EDITOR, OTHER]);
    const theirs = createSheetsApi({ ...ctx, activeUser: EDITOR, effectiveUser: EDITOR });
    expect(() => theirs.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: template.getSheetId(), title: 'Khác' }, fields: 'title' } }] }, ss.getId())).toThrow(/HTTP 400/);
    sheets.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: template.getSheetId(), title: 'Mẫu' }, fields: 'title' } }] }, ss.getId());
    expect(template.getName()).toBe('Mẫu');
  });
});

// The enum values as the emulator's SpreadsheetApp takes them (its ProtectionType is the name).
const SpreadsheetApp_SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const SpreadsheetApp_RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
