/**
 * The methods the kit times on a real account: every 'Class.method' the benchmark's latency table
 * (src/local/bench/latency.ts) prices without a measurement, and the priced reads and writes to
 * check them. Writes are timed with a flush, since Apps Script batches writes until the next read
 * or flush; reads are timed after a flush, so they do not pay for earlier writes.
 */
import { type Timing } from './scenario';
import { FIELDS as MARKS_FIELDS } from '../gas/validation/read-marks';
import { sheetsApi } from './sheets-service';

const unique = (label: string, i: number) => `conf-t-${label}-${i}-${Date.now() % 100000}`;
const flushed = <T>(v: T): T => { SpreadsheetApp.flush(); return v; };

/** One Sheets API batchUpdate holding one sub-request of a kind, against a fresh scratch sheet. */
function batchUpdateTiming(kind: string, request: (sheetId: number) => Record<string, unknown>): Timing {
  return {
    method: `Sheets.Spreadsheets.batchUpdate[${kind}]`,
    note: 'one request holding one sub-request',
    prepare: ({ ss, sheet }) => {
      const s = sheet(`bu-${kind}`);
      s.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
      SpreadsheetApp.flush();
      return { call: () => sheetsApi().Spreadsheets.batchUpdate({ requests: [request(s.getSheetId())] }, ss.getId()) };
    },
  };
}

export const TIMINGS: Timing[] = [
  {
    method: 'Spreadsheet.insertSheet',
    prepare: ({ ss }) => ({ call: (i) => ss.insertSheet(unique('insert', i)), undo: (s) => ss.deleteSheet(s as GoogleAppsScript.Spreadsheet.Sheet) }),
  },
  {
    method: 'Spreadsheet.deleteSheet',
    prepare: ({ ss }) => ({
      before: (i) => ss.insertSheet(unique('delete', i)),
      call: (_i, s) => ss.deleteSheet(s as GoogleAppsScript.Spreadsheet.Sheet),
    }),
  },
  {
    method: 'Sheet.copyTo',
    prepare: ({ ss, sheet }) => {
      const src = sheet('copy-src');
      src.getRange('A1:F40').setValue('x');
      return { call: () => src.copyTo(ss), undo: (c) => ss.deleteSheet(c as GoogleAppsScript.Spreadsheet.Sheet) };
    },
    note: 'a 40×6 sheet',
  },
  {
    method: 'Sheet.protect',
    prepare: ({ sheet }) => {
      const s = sheet('protect');
      return { call: () => flushed(s.protect()), undo: (p) => (p as GoogleAppsScript.Spreadsheet.Protection).remove() };
    },
  },
  {
    method: 'Range.protect',
    prepare: ({ sheet }) => {
      const r = sheet('rprotect').getRange('A1:F2');
      return { call: () => flushed(r.protect()), undo: (p) => (p as GoogleAppsScript.Spreadsheet.Protection).remove() };
    },
  },
  {
    method: 'Protection.addEditors',
    prepare: ({ sheet, me }) => {
      const p = sheet('addeditors').protect();
      return { call: () => flushed(p.addEditors([me])) };
    },
    note: "adds the current user (the kit shares nothing with anyone)",
  },
  {
    method: 'Protection.removeEditors',
    prepare: ({ sheet, me }) => {
      const p = sheet('rmeditors').protect();
      return { call: () => flushed(p.removeEditors([me])) };
    },
    note: 'the current user, who stays (so the call does the same work each time)',
  },
  {
    method: 'Protection.setDescription',
    prepare: ({ sheet }) => {
      const p = sheet('describe').protect();
      return { call: (i) => flushed(p.setDescription(`Đơn vị ${i}`)) };
    },
  },
  {
    method: 'Range.setDataValidation',
    prepare: ({ sheet }) => {
      const r = sheet('validation').getRange('D3:D40');
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Tiếp tục', 'Nhân rộng', 'Mới'], true).build();
      return { call: () => flushed(r.setDataValidation(rule)) };
    },
  },
  {
    method: 'Range.merge',
    prepare: ({ sheet }) => {
      const r = sheet('merge').getRange('A1:F1');
      return { call: () => flushed(r.merge()), undo: () => r.breakApart() };
    },
  },
  {
    method: 'Range.setValues',
    prepare: ({ sheet }) => {
      const r = sheet('setvalues').getRange('A1:F40');
      return { call: (i) => flushed(r.setValues(Array.from({ length: 40 }, (_, k) => Array.from({ length: 6 }, (_, j) => `${i}-${k}-${j}`)))) };
    },
    note: '40×6 cells, with a flush',
  },
  {
    method: 'Range.setBackgrounds',
    prepare: ({ sheet }) => {
      const r = sheet('backgrounds').getRange('A1:F40');
      return { call: (i) => flushed(r.setBackgrounds(Array.from({ length: 40 }, () => Array(6).fill(i % 2 ? '#ffffff' : '#fff2cc')))) };
    },
    note: '40×6 cells, with a flush',
  },
  {
    method: 'Sheet.insertRowsAfter',
    prepare: ({ sheet }) => {
      const s = sheet('rows');
      return { call: () => flushed(s.insertRowsAfter(1, 1)) };
    },
  },
  {
    method: 'Range.getValues',
    prepare: ({ sheet }) => {
      const r = sheet('getvalues').getRange('A1:F40');
      r.setValue('x');
      SpreadsheetApp.flush();
      return { call: () => r.getValues() };
    },
    note: '40×6 cells',
  },
  {
    method: 'Range.getDisplayValues',
    prepare: ({ sheet }) => {
      const r = sheet('display').getRange('A1:F40');
      r.setValue(12.5);
      SpreadsheetApp.flush();
      return { call: () => r.getDisplayValues() };
    },
    note: '40×6 cells',
  },
  {
    method: 'Sheet.getDataRange',
    prepare: ({ sheet }) => {
      const s = sheet('datarange');
      s.getRange('A1:F40').setValue('x');
      SpreadsheetApp.flush();
      return { call: () => s.getDataRange() };
    },
    note: 'the call alone, without the getValues that usually follows',
  },
  {
    method: 'Sheet.getLastRow',
    prepare: ({ sheet }) => {
      const s = sheet('lastrow');
      s.getRange('A40').setValue('x');
      SpreadsheetApp.flush();
      return { call: () => s.getLastRow() };
    },
  },
  {
    method: 'Spreadsheet.getSheets',
    prepare: ({ ss }) => ({ call: () => ss.getSheets() }),
  },
  {
    method: 'Sheet.getProtections',
    prepare: ({ sheet }) => {
      const s = sheet('getprot');
      s.protect();
      SpreadsheetApp.flush();
      return { call: () => s.getProtections(SpreadsheetApp.ProtectionType.SHEET) };
    },
  },
  {
    method: 'Sheet.addDeveloperMetadata',
    prepare: ({ sheet }) => {
      const s = sheet('addmeta');
      return { call: (i) => flushed(s.addDeveloperMetadata(`conformance.t.${i}`, 'x')) };
    },
  },
  {
    method: 'DeveloperMetadataFinder.find',
    prepare: ({ ss, sheet }) => {
      sheet('find').addDeveloperMetadata('conformance.find', 'x');
      SpreadsheetApp.flush();
      const finder = ss.createDeveloperMetadataFinder().withKey('conformance.find');
      return { call: () => finder.find() };
    },
  },
  {
    method: 'Sheet.getDeveloperMetadata',
    prepare: ({ sheet }) => {
      const s = sheet('getmeta');
      s.addDeveloperMetadata('conformance.get', 'x');
      SpreadsheetApp.flush();
      return { call: () => s.getDeveloperMetadata() };
    },
  },
  {
    method: 'Spreadsheet.setNamedRange',
    prepare: ({ ss, sheet, defer }) => {
      const r = sheet('named').getRange('A1:F40');
      const names: string[] = [];
      defer(() => ss.getNamedRanges().filter((n) => names.includes(n.getName())).forEach((n) => n.remove()));
      return { call: (i) => { const name = `DVK_timed_${i}_${Date.now() % 100000}`; names.push(name); return flushed(ss.setNamedRange(name, r)); } };
    },
  },
  {
    method: 'Spreadsheet.getNamedRanges',
    prepare: ({ ss }) => ({ call: () => ss.getNamedRanges() }),
  },
  {
    method: 'Properties.getProperty',
    prepare: () => ({ call: () => PropertiesService.getDocumentProperties()!.getProperty('conformance.none') }),
  },
  {
    method: 'Properties.setProperty',
    prepare: ({ defer }) => {
      const p = PropertiesService.getDocumentProperties()!;
      defer(() => p.deleteProperty('conformance.timed'));
      return { call: (i) => p.setProperty('conformance.timed', String(i)) };
    },
  },
  {
    method: 'Cache.get',
    prepare: () => ({ call: () => CacheService.getDocumentCache()!.get('conformance.none') }),
  },
  {
    method: 'Cache.put',
    prepare: ({ defer }) => {
      const c = CacheService.getDocumentCache()!;
      defer(() => c.remove('conformance.timed'));
      return { call: (i) => c.put('conformance.timed', String(i), 60) };
    },
  },
  {
    method: 'Lock.tryLock',
    prepare: () => {
      const lock = LockService.getDocumentLock()!;
      return { call: () => lock.tryLock(1000), undo: () => lock.releaseLock() };
    },
  },
  {
    // The floors count the release as a call of its own (src/local/bench/floor.ts).
    method: 'Lock.releaseLock',
    prepare: () => {
      const lock = LockService.getDocumentLock()!;
      return { before: () => lock.tryLock(1000), call: () => lock.releaseLock() };
    },
  },
  {
    // Priced UNMEASURED in the benchmark (a member workbook's open). The scratch file itself is
    // opened (the kit makes no other files): a lower bound for a file this execution never touched.
    method: 'SpreadsheetApp.openById',
    prepare: ({ ss }) => {
      const id = ss.getId();
      return { call: () => SpreadsheetApp.openById(id).getName() };
    },
    note: 'the scratch file, with one getName (a handle alone may be lazy)',
  },
  {
    method: 'Sheet.getFilter',
    prepare: ({ sheet }) => {
      const s = sheet('getfilter');
      s.getRange('A1:C3').setValues([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6']]);
      s.getRange('A1:C3').createFilter();
      SpreadsheetApp.flush();
      return { call: () => s.getFilter() };
    },
    note: 'a sheet with a basic filter on A1:C3',
  },
  {
    method: 'ScriptApp.getProjectTriggers',
    prepare: () => ({ call: () => ScriptApp.getProjectTriggers() }),
  },
  {
    method: 'SpreadsheetTriggerBuilder.create',
    prepare: ({ ss }) => ({
      call: () => ScriptApp.newTrigger('runConformance').forSpreadsheet(ss).onEdit().create(),
      undo: (t) => ScriptApp.deleteTrigger(t as GoogleAppsScript.Script.Trigger),
    }),
    note: 'newTrigger…onEdit().create(); deleted untimed after each sample',
  },
  {
    method: 'MailApp.getRemainingDailyQuota',
    prepare: () => ({ call: () => MailApp.getRemainingDailyQuota() }),
  },
  {
    method: 'Utilities.formatDate',
    batch: 100,
    prepare: () => {
      const d = new Date(Date.UTC(2021, 4, 17, 17));
      return { call: () => Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy') };
    },
    note: '100 calls a sample',
  },
  {
    method: 'Sheets.Spreadsheets.Values.batchGet',
    prepare: ({ ss, sheet }) => {
      const tabs = [sheet('bg1'), sheet('bg2'), sheet('bg3')];
      tabs.forEach((t) => t.getRange('A1:F40').setValue('x'));
      SpreadsheetApp.flush();
      const ranges = tabs.map((t) => `'${t.getName()}'`);
      return { call: () => sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), { ranges, valueRenderOption: 'UNFORMATTED_VALUE' }) };
    },
    note: 'three tabs of 40×6 cells in one request',
  },
  {
    method: 'Sheets.Spreadsheets.get',
    prepare: ({ ss, sheet }) => {
      const tabs = [sheet('get1'), sheet('get2'), sheet('get3')];
      tabs.forEach((t) => t.getRange('A1:F40').setNote('x'));
      SpreadsheetApp.flush();
      const ranges = tabs.map((t) => `'${t.getName()}'!A1:F40`);
      return { call: () => sheetsApi().Spreadsheets.get(ss.getId(), { ranges, fields: MARKS_FIELDS }) };
    },
    note: "notes and fills of three tabs' 40×6 cells, Kiểm tra's mask",
  },
  batchUpdateTiming('updateCells', (sheetId) => ({ updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 1 }, fields: 'userEnteredValue',
    rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }] } })),
  batchUpdateTiming('repeatCell', (sheetId) => ({ repeatCell: { range: { sheetId, startRowIndex: 0, endRowIndex: 3, startColumnIndex: 0, endColumnIndex: 2 },
    cell: { userEnteredFormat: { backgroundColorStyle: { rgbColor: { red: 1, green: 0.95, blue: 0.8 } } } }, fields: 'userEnteredFormat.backgroundColorStyle' } })),
  batchUpdateTiming('insertDimension', (sheetId) => ({ insertDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 }, inheritFromBefore: true } })),
  batchUpdateTiming('deleteDimension', (sheetId) => ({ deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 5, endIndex: 6 } } })),
];
