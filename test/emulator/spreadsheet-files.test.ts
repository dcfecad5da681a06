/**
 * The emulated Drive: several spreadsheets, each with its own owner, editors, sheets, document
 * properties, lock and triggers; the add-on's active file is only the one it runs in.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#openById(String)
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)
 *   (a new file in the user's Drive; scope https://www.googleapis.com/auth/spreadsheets)
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditor(String)
 * https://developers.google.com/apps-script/reference/spreadsheet/sheet#copyTo(Spreadsheet)
 * https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet
 *   (spreadsheetId: any file the caller can read)
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers (Restrictions: add-ons
 *   can only create triggers for the file in which the add-on is used)
 */
import { createEmulator } from '../../src/local/emulator/emulator';
import { newSpreadsheetData } from '../../src/local/emulator/model';
import { ADDON_OTHER_FILE_ERROR } from '../../src/local/emulator/services/script-app';
import type { SheetsAdvancedService } from '../../src/local/emulator/services/sheets-api';
import { attachHandlers } from './handlers';

const OWNER = 'bdv@quan3.vn';
const UNIT = 'phuong1@quan3.vn';
const STRANGER = 'khac@quan3.vn';

type G = {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Sheets: SheetsAdvancedService;
};

function hubAndMember() {
  const emu = createEmulator({ owner: OWNER });
  const g = emu.globals() as G;
  const member = emu.run(OWNER, () => {
    const ss = g.SpreadsheetApp.create('Sổ đăng ký – Phường');
    ss.addEditor(UNIT);
    return { id: ss.getId(), url: ss.getUrl() };
  });
  return { emu, g, member };
}

test('create() makes a new file owned by the caller, shared with no one, with its own single sheet', () => {
  const { emu, g, member } = hubAndMember();
  const seen = emu.run(OWNER, () => {
    const ss = g.SpreadsheetApp.openById(member.id);
    return { name: ss.getName(), owner: ss.getOwner()!.getEmail(), sheets: ss.getSheets().map((s) => s.getName()), active: g.SpreadsheetApp.getActiveSpreadsheet().getId() };
  });
  expect(seen).toEqual({ name: 'Sổ đăng ký – Phường', owner: OWNER, sheets: ['Sheet1'], active: emu.data.id });
  expect(emu.requireFile(member.id).editors).toEqual([UNIT]);
  expect(emu.data.editors).toEqual([]);
  // Not the campaign's zone: code creating a member must set it.
  expect(emu.requireFile(member.id).timeZone).not.toBe(emu.data.timeZone);
});

test('create() needs full authorization (a simple trigger cannot make files)', () => {
  const emu = createEmulator({ owner: OWNER });
  const g = emu.globals() as G;
  expect(() => emu.run(OWNER, () => g.SpreadsheetApp.create('x'), { authMode: 'LIMITED' })).toThrow(/spreadsheets/);
});

test('openById / openByUrl: a deleted file and a file not shared with the caller both fail; editors get in', () => {
  const { emu, g, member } = hubAndMember();
  expect(emu.run(UNIT, () => g.SpreadsheetApp.openByUrl(member.url).getId())).toBe(member.id);
  expect(() => emu.run(STRANGER, () => g.SpreadsheetApp.openById(member.id))).toThrow('You do not have permission to access the requested document.');
  emu.deleteFile(member.id);
  expect(() => emu.run(OWNER, () => g.SpreadsheetApp.openById(member.id))).toThrow(/openById/);
});

test('writes through an opened file land in that file only, and respect its own sharing', () => {
  const { emu, g, member } = hubAndMember();
  emu.run(OWNER, () => {
    const ss = g.SpreadsheetApp.openById(member.id);
    ss.insertSheet('Phường 1').getRange('A1').setValue('x');
  });
  expect(emu.requireFile(member.id).sheets.map((s) => s.name)).toEqual(['Sheet1', 'Phường 1']);
  expect(emu.data.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  // The unit is an editor of the member, not of the hub.
  expect(() => emu.run(UNIT, () => g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('y'))).toThrow('You do not have permission');
  expect(emu.run(UNIT, () => g.SpreadsheetApp.openById(member.id).getSheetByName('Phường 1')!.getRange('A1').getValue())).toBe('x');
});

test('Sheet.copyTo(another file) copies there as "Copy of …"; insertSheet refuses a template from another file', () => {
  const { emu, g, member } = hubAndMember();
  const name = emu.run(OWNER, () => {
    const tpl = g.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Mẫu đăng ký');
    tpl.getRange('B2').setValue('BẢNG ĐĂNG KÝ');
    const ss = g.SpreadsheetApp.openById(member.id);
    expect(() => ss.insertSheet('Phường 1', { template: tpl })).toThrow('Invalid argument: template');
    return tpl.copyTo(ss).getName();
  });
  expect(name).toBe('Copy of Mẫu đăng ký');
  const copy = emu.requireFile(member.id).sheets.find((s) => s.name === name)!;
  expect(copy.cells.get('2:2')?.value).toBe('BẢNG ĐĂNG KÝ');
  expect(emu.data.sheets.map((s) => s.name)).toEqual(['Trang tính1', 'Mẫu đăng ký']);
});

test('the Sheets API addresses any file the caller can edit by spreadsheetId; others are 404 / 403', () => {
  const { emu, g, member } = hubAndMember();
  emu.run(OWNER, () => g.SpreadsheetApp.openById(member.id).getSheets()[0].getRange('A1:B1').setValues([[1, 'a']]));
  const got = emu.run(UNIT, () => g.Sheets.Spreadsheets.Values.batchGet(member.id, { ranges: ['Sheet1!A1:B1'] }));
  expect(got.valueRanges[0].values).toEqual([['1', 'a']]);
  expect(() => emu.run(STRANGER, () => g.Sheets.Spreadsheets.Values.batchGet(member.id, { ranges: ['A1'] }))).toThrow(/HTTP 403/);
  expect(() => emu.run(OWNER, () => g.Sheets.Spreadsheets.Values.batchGet('no-such-file', { ranges: ['A1'] }))).toThrow(/HTTP 404/);
  emu.run(OWNER, () => g.Sheets.Spreadsheets.batchUpdate({ requests: [{ updateCells: {
    rows: [{ values: [{ userEnteredValue: { stringValue: 'z' } }] }], fields: 'userEnteredValue', start: { sheetId: 0, rowIndex: 2, columnIndex: 0 },
  } }] }, member.id));
  expect(emu.requireFile(member.id).sheets[0].cells.get('3:1')?.value).toBe('z');
  expect(emu.data.sheets[0].cells.size).toBe(0);
});

test('an add-on creates a spreadsheet trigger only for the file it runs in; in the member it can', () => {
  const { emu, g, member } = hubAndMember();
  const install = () => g.ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(member.id).onEdit().create();
  expect(() => emu.run(OWNER, install)).toThrow(ADDON_OTHER_FILE_ERROR);
  emu.run(OWNER, install, { spreadsheetId: member.id });
  const edits: string[] = [];
  attachHandlers(emu, { onEditInstalled: (e) => edits.push((e as { source: GoogleAppsScript.Spreadsheet.Spreadsheet }).source.getId()) });
  emu.run(UNIT, () => g.SpreadsheetApp.openById(member.id).getSheets()[0].getRange('A1').setValue('x'));
  emu.fireEdit({ user: UNIT, sheet: 'Sheet1', a1: 'A1', spreadsheetId: member.id });
  // The hub has no trigger: an edit there runs nothing installable.
  emu.fireEdit({ user: OWNER, sheet: 'Trang tính1', a1: 'A1' });
  expect(edits).toEqual([member.id]);
});

test('document properties and the document lock belong to each file', () => {
  const { emu, g, member } = hubAndMember();
  emu.run(OWNER, () => g.PropertiesService.getDocumentProperties().setProperty('k', 'hub'));
  emu.run(OWNER, () => g.PropertiesService.getDocumentProperties().setProperty('k', 'member'), { spreadsheetId: member.id });
  expect(emu.run(OWNER, () => g.PropertiesService.getDocumentProperties().getProperty('k'))).toBe('hub');
  emu.holdLock('document', emu.clock.now() + 60_000);
  expect(emu.run(OWNER, () => g.LockService.getDocumentLock().tryLock(0), { spreadsheetId: member.id })).toBe(true);
  expect(emu.run(OWNER, () => g.LockService.getDocumentLock().tryLock(0))).toBe(false);
});

test('addFile puts another user\'s file in the Drive: reachable only once shared', () => {
  const emu = createEmulator({ owner: OWNER });
  const g = emu.globals() as G;
  const data = emu.addFile(newSpreadsheetData({ id: 'other', owner: STRANGER }));
  expect(() => emu.run(OWNER, () => g.SpreadsheetApp.openById('other'))).toThrow('You do not have permission');
  data.editors.push(OWNER);
  expect(emu.run(OWNER, () => g.SpreadsheetApp.openById('other').getOwner()!.getEmail())).toBe(STRANGER);
});

/**
 * Spreadsheet.addEditors(emailAddresses), which "Chia sẻ tệp cho các đơn vị" (shareWithUnits)
 * relies on: one call adds every address as an editor of that file
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addEditors(String));
 * addresses are case-insensitive and the owner or an editor already there is not listed twice
 * (getEditors lists each user once: #getEditors()); only someone who may edit the file can share it.
 */
test('addEditors shares one file with several people in one call, never listing anyone twice; a stranger cannot share', () => {
  const { emu, g, member } = hubAndMember();
  emu.run(OWNER, () => g.SpreadsheetApp.openById(member.id).addEditors(['Phuong2@Quan3.vn', UNIT.toUpperCase(), OWNER, 'phuong3@quan3.vn']));
  expect(emu.requireFile(member.id).editors).toEqual([UNIT, 'phuong2@quan3.vn', 'phuong3@quan3.vn']);
  expect(emu.run(OWNER, () => g.SpreadsheetApp.openById(member.id).getEditors().map((u) => u.getEmail()))).toEqual([OWNER, UNIT, 'phuong2@quan3.vn', 'phuong3@quan3.vn']);
  expect(emu.run('phuong2@quan3.vn', () => g.SpreadsheetApp.openById(member.id).getName())).toBe('Sổ đăng ký – Phường');
  expect(() => emu.run(STRANGER, () => g.SpreadsheetApp.openById(member.id).addEditors([STRANGER]))).toThrow();
  expect(emu.requireFile(member.id).editors).not.toContain(STRANGER);
});
