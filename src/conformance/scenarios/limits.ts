/**
 * Google's limits the emulator enforces (issue 12, section 1), observed where a real account can show
 * them safely: in the scratch spreadsheet, undone afterwards.
 */
import { cells, errorOf, inVietnamese, type Scenario } from '../scenario';
import { sheetsApi } from '../sheets-service';

/** Deletes many sheets in one Sheets API request where it can (the emulator does not model deleteSheet: one by one there). */
function dropSheets(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ids: number[]): void {
  if (!ids.length) return;
  try {
    sheetsApi().Spreadsheets.batchUpdate({ requests: ids.map((sheetId) => ({ deleteSheet: { sheetId } })) }, ss.getId());
  } catch {
    ids.forEach((id) => { const sh = ss.getSheetById(id); if (sh) ss.deleteSheet(sh); });
  }
}

export const LIMIT_SCENARIOS: Scenario[] = [
  {
    id: 'limit.sheets-per-spreadsheet',
    behaviour: 'a spreadsheet holds at most 200 sheets: insertSheet and copyTo past the cap throw and add nothing',
    source: 'https://docs.squared.ai/guides/destinations/retl-destinations/productivity-tools/google-sheets and https://thodigitals.com/en/limitations-of-google-sheets (third-party write-ups: no Google page states the cap)',
    expected: [200, true, true, 200],
    observe: ({ ss, defer, record }) => {
      const room = 200 - ss.getNumSheets();
      // One request fills the file (small grids, so the cell limit is not what stops it); one more sheet must then be refused.
      const stamp = Date.now() % 100000;
      const made: number[] = [];
      defer(() => dropSheets(ss, made));
      const replies = sheetsApi().Spreadsheets.batchUpdate({ requests: Array.from({ length: room }, (_, i) => ({
        addSheet: { properties: { title: `cap ${stamp}.${i}`, gridProperties: { rowCount: 5, columnCount: 2 } } },
      })) }, ss.getId()).replies ?? [];
      for (const r of replies) made.push((r as { addSheet: { properties: { sheetId: number } } }).addSheet.properties.sheetId);
      const full = ss.getNumSheets();
      const insert = errorOf(() => { const sh = ss.insertSheet(`cap ${stamp}.over`); made.push(sh.getSheetId()); });
      const copy = errorOf(() => { made.push(ss.getSheets()[0].copyTo(ss).getSheetId()); });
      record(`refused with: ${insert}`);
      return [full, insert !== 'no error', copy !== 'no error', ss.getNumSheets()];
    },
  },
  {
    id: 'limit.metadata-per-location',
    behaviour: 'a sheet holds 30,000 characters of developer metadata (keys and values counted); one more is refused, row metadata counts with its sheet, the spreadsheet has its own 30,000',
    source: 'https://developers.google.com/workspace/sheets/api/guides/metadata#metadata_storage_limits',
    expected: ['no error', true, true, 1, 'no error'],
    observe: ({ ss, sheet, defer, record }) => {
      const s = sheet();
      const full = errorOf(() => s.addDeveloperMetadata('k', 'x'.repeat(29999)));
      const over = errorOf(() => s.addDeveloperMetadata('k2'));
      const row = errorOf(() => s.getRange('2:2').addDeveloperMetadata('r', 'x'));
      record(`refused with: ${over}`);
      const key = `conformance.room.${Date.now()}`;
      defer(() => ss.createDeveloperMetadataFinder().withKey(key).find().forEach((m) => m.remove()));
      return [full, over !== 'no error', row !== 'no error', s.getDeveloperMetadata().length, errorOf(() => ss.addDeveloperMetadata(key, 'x'))];
    },
  },
  {
    id: 'limit.set-values-typed',
    behaviour: "in a vi_VN file setValues reads strings as typed: '18/05/2021' a date, '12%' 0.12, '1,5' 1.5, '0123' 123, 'TRUE' true; a leading ' or the @ format set first keeps the text",
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object) and https://developers.google.com/workspace/sheets/api/reference/rest/v4/ValueInputOption (USER_ENTERED)',
    expected: [['Date 2021-05-17T17:00:00.000Z', 0.12, 1.5, 123, true, '0123', '18/05/2021']],
    observe: ({ ss, sheet }) => inVietnamese(ss, () => {
      const s = sheet();
      s.getRange('G1').setNumberFormat('@');
      s.getRange('A1:G1').setValues([['18/05/2021', '12%', '1,5', '0123', 'TRUE', "'0123", '18/05/2021']]);
      return cells(s.getRange('A1:G1').getValues());
    }),
  },
  {
    id: 'limit.sheets-api-write-quota',
    behaviour: 'the Sheets API takes 60 write requests a minute per user: the 61st gets HTTP 429 and is not applied; a minute later writes go through',
    source: 'https://developers.google.com/workspace/sheets/api/limits',
    expected: [60, true, 'x60', 'after'],
    emulatorOnly: "a 429 cannot be provoked safely on a real account: it spends the minute's write quota of the user and of the kit's Cloud project",
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const write = (v: string) => sheetsApi().Spreadsheets.batchUpdate({ requests: [{ updateCells: { start: { sheetId: s.getSheetId(), rowIndex: 0, columnIndex: 0 },
        fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: v } }] }] } }] }, ss.getId());
      // A fresh minute first, so the writes other scenarios made do not count (on the emulator's clock, sleep passes time at once).
      Utilities.sleep(61_000);
      let ok = 0;
      let refused = '';
      while (ok < 70 && !refused) {
        const err = errorOf(() => write(`x${ok + 1}`));
        if (err === 'no error') ok++; else refused = err;
      }
      const kept = s.getRange('A1').getValue() as string;
      Utilities.sleep(61_000);
      write('after');
      return [ok, /HTTP 429/.test(refused), kept, s.getRange('A1').getValue() as string];
    },
  },
  {
    id: 'limit.sheets-api-read-quota',
    behaviour: 'the Sheets API takes 60 read requests a minute per user (values.batchGet, get and getByDataFilter alike): the 61st gets HTTP 429 with no answer; a minute later reads go through',
    source: 'https://developers.google.com/workspace/sheets/api/limits',
    expected: [60, true, 'after'],
    emulatorOnly: "a 429 cannot be provoked safely on a real account: it spends the minute's read quota of the user and of the kit's Cloud project",
    observe: ({ ss, sheet }) => {
      const s = sheet();
      s.getRange('A1').setValue('after');
      const range = `'${s.getName().replace(/'/g, "''")}'!A1`;
      const reads = [
        () => sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), { ranges: [range] }),
        () => sheetsApi().Spreadsheets.get(ss.getId(), { ranges: [range], fields: 'spreadsheetId' }),
        () => sheetsApi().Spreadsheets.getByDataFilter({ dataFilters: [{ a1Range: range }] }, ss.getId(), { fields: 'spreadsheetId' }),
      ];
      // A fresh minute first, so the reads other scenarios made do not count (on the emulator's clock, sleep passes time at once).
      Utilities.sleep(61_000);
      let ok = 0;
      let refused = '';
      while (ok < 70 && !refused) {
        const err = errorOf(() => reads[ok % 3]());
        if (err === 'no error') ok++; else refused = err;
      }
      Utilities.sleep(61_000);
      const got = sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), { ranges: [range] }).valueRanges?.[0]?.values?.[0]?.[0];
      return [ok, /HTTP 429/.test(refused), String(got)];
    },
  },
];
