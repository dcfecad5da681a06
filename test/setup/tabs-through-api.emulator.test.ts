/**
 * Unit tabs made through the Sheets API (setup/tab-batch.ts: duplicateSheet, createDeveloperMetadata,
 * updateCells, addProtectedRange, addNamedRange, many tabs per batchUpdate) are the tabs the
 * SpreadsheetApp path makes (insertSheet({template}), the tag, the header, protect and its editors,
 * the marker): same names and places, content, data validations, protection (description, editors,
 * who may write), tracking and marker. A batch the API refuses (all or nothing:
 * developers.google.com/workspace/sheets/api/guides/batch) leaves nothing, and the same tabs are
 * made with SpreadsheetApp.
 */
import type { Emulator } from '../../src/local/emulator/emulator';
import { asUser, emulator, OWNER, setupUntilFinished, writeUnits, type SS } from './helpers';

function campaign(sheetsApi: boolean): Emulator {
  const emu = emulator(['donvi1@q3.gov.vn', 'donvi2@q3.gov.vn', 'donvi3@q3.gov.vn', 'donvi4@q3.gov.vn', 'donvi5@q3.gov.vn'], { sheetsApi });
  emu.bundle!.call('initCampaign');
  // A name Sheets would read as a formula (typed as text), a unit with two e-mails, one with none, one not sharing the file.
  writeUnits(emu, [
    ['Chi bộ Khu phố 1', 'chi-bo-co-so', 'donvi1@q3.gov.vn'],
    ["'=Khu phố 2", 'chi-bo-co-so', 'donvi2@q3.gov.vn, donvi3@q3.gov.vn'],
    ['Chi bộ Khu phố 3', 'chi-bo-co-so', ''],
    ['Chi bộ Khu phố 4', 'chi-bo-co-so', 'donvi4@q3.gov.vn'],
    ['Chi bộ Khu phố 5', 'chi-bo-co-so', 'donvi5@q3.gov.vn'],
    ['Chi bộ Khu phố 6', 'chi-bo-co-so', 'khac@q3.gov.vn'],
  ]);
  return emu;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

/** What a person and the add-on's later runs can tell of a unit tab. */
function describeTab(ss: SS, s: Sheet) {
  const grid = s.getDataRange();
  const rules = grid.getDataValidations().flatMap((row, i) => row.map((r, j) => (r ? `${i + 1}:${j + 1}:${String(r.getCriteriaType())}:${JSON.stringify(r.getCriteriaValues())}:${r.getAllowInvalid()}` : '')))
    .filter(Boolean);
  const protections = s.getProtections(SHEET).map((p) => ({
    description: p.getDescription(), editors: p.getEditors().map((u) => u.getEmail().toLowerCase()).sort(), domain: p.canDomainEdit(), warning: p.isWarningOnly(),
  }));
  const tags = s.getDeveloperMetadata().map((m) => ({ key: m.getKey(), value: { ...JSON.parse(m.getValue()!), sheetId: JSON.parse(m.getValue()!).sheetId === s.getSheetId() } }));
  const markers = ss.getNamedRanges().filter((n) => n.getRange().getSheet().getSheetId() === s.getSheetId()).map((n) => `${n.getName()}@${n.getRange().getA1Notation()}`);
  return { name: s.getName(), index: s.getIndex(), values: grid.getValues(), formulas: grid.getFormulas().flat().filter(Boolean), rules, protections, tags, markers,
    frozen: s.getFrozenRows(), size: [s.getMaxRows(), s.getMaxColumns()] };
}

function unitTabs(emu: Emulator) {
  return asUser(emu, OWNER, (ss) => ss.getSheets().filter((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'dvk.tab')).map((s) => describeTab(ss, s)));
}

it('setup through the Sheets API makes the same tabs as through SpreadsheetApp, in far fewer calls', () => {
  const viaApi = campaign(true);
  const viaApp = campaign(false);
  viaApi.calls.reset();
  viaApp.calls.reset();
  const a = setupUntilFinished(viaApi);
  const b = setupUntilFinished(viaApp);
  const apiCalls = viaApi.calls.snapshot();
  const tabs = unitTabs(viaApi);
  // Initialisation's sample units after the six written here.
  expect(tabs.length).toBeGreaterThan(6);
  expect(apiCalls['SheetsApi.request.duplicateSheet']).toBe(tabs.length);
  expect(apiCalls['Spreadsheet.insertSheet'] ?? 0).toBe(0);
  expect(viaApp.calls.snapshot()['Spreadsheet.insertSheet']).toBe(tabs.length);
  expect(tabs).toEqual(unitTabs(viaApp));
  // Each has what was compared: one sheet protection, its complete tag, its marker, the form's dropdowns.
  for (const t of tabs) {
    expect(t.protections).toHaveLength(1);
    expect(t.tags).toEqual([{ key: 'dvk.tab', value: expect.objectContaining({ sheetId: true, sync: expect.objectContaining({ marked: true, name: t.name }) }) }]);
    expect(t.markers).toEqual([expect.stringMatching(/^DVK_.*@A1$/)]);
    expect(t.rules.length).toBeGreaterThan(0);
  }
  expect(tabs[0].protections[0].editors).toEqual(['bandanvan@q3.gov.vn', 'donvi1@q3.gov.vn']);
  // The sidebar says the same, in the same order.
  expect(a.runs.at(-1)!.items.map((i) => [i.unit, i.sheetName, i.status, i.message, i.blocked])).toEqual(b.runs.at(-1)!.items.map((i) => [i.unit, i.sheetName, i.status, i.message, i.blocked]));

  // The header shows the unit as text, and a unit's own e-mail may write in its tab only.
  const second = tabs.find((t) => t.name.includes('Khu phố 2'))!;
  expect(second.values.flat()).toContain('=KHU PHỐ 2');
  expect(second.formulas).toEqual([]);
  asUser(viaApi, 'donvi3@q3.gov.vn', (ss) => ss.getSheetByName(second.name)!.getRange('B8').setValue('mô hình'));
  expect(() => asUser(viaApi, 'donvi1@q3.gov.vn', (ss) => ss.getSheetByName(second.name)!.getRange('B8').setValue('không'))).toThrow(/protected/);
});

it('a batch the Sheets API refuses leaves nothing behind, and the same tabs are made with SpreadsheetApp', () => {
  const refused = campaign(true);
  const api = refused.globals().Sheets as { Spreadsheets: { batchUpdate: (r: { requests: object[] }, id: string) => unknown } };
  const real = api.Spreadsheets.batchUpdate.bind(api.Spreadsheets);
  let refusals = 0;
  api.Spreadsheets.batchUpdate = (r, id) => {
    if (r.requests.some((q) => 'duplicateSheet' in q)) {
      refusals++;
      throw new Error('GoogleJsonResponseException: API call to sheets.spreadsheets.batchUpdate failed with error: Internal error encountered. (HTTP 500)');
    }
    return real(r, id);
  };
  const viaApp = campaign(false);
  setupUntilFinished(refused);
  setupUntilFinished(viaApp);
  // Refused once, then the run stops asking.
  expect(refusals).toBe(1);
  expect(unitTabs(refused)).toEqual(unitTabs(viaApp));
});

it("were Google's duplicateSheet to carry Mẫu đăng ký's protection onto the copies, setup removes it, so the unit can still write in its tab", () => {
  const carried = campaign(true);
  const api = carried.globals().Sheets as { Spreadsheets: { batchUpdate: (r: { requests: { duplicateSheet?: { newSheetId?: number } }[] }, id: string) => unknown } };
  const real = api.Spreadsheets.batchUpdate.bind(api.Spreadsheets);
  let copied = 0;
  api.Spreadsheets.batchUpdate = (r, id) => {
    const reply = real(r, id);
    // What Google might do (undocumented): each copy gets the template's coordinators-only sheet protection.
    for (const q of r.requests) {
      if (q.duplicateSheet?.newSheetId === undefined) continue;
      carried.ctx.data.protections.push({ id: 990_000 + copied++, type: 'SHEET', sheetId: q.duplicateSheet.newSheetId, unprotectedRanges: [],
        description: 'Dân vận khéo: Mẫu đăng ký', editors: [], warningOnly: false, domainEdit: false, editorsSet: true });
    }
    return reply;
  };
  const viaApp = campaign(false);
  setupUntilFinished(carried);
  setupUntilFinished(viaApp);
  expect(copied).toBeGreaterThan(6);
  expect(unitTabs(carried)).toEqual(unitTabs(viaApp));
  asUser(carried, 'donvi1@q3.gov.vn', (ss) => ss.getSheetByName('Chi bộ Khu phố 1')!.getRange('B8').setValue('mô hình'));
});
