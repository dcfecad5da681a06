/** Sheets API v4 through the advanced service: the batchGet and batchUpdate requests the add-on sends. */
import { errorOf, inVietnamese, throws, type Scenario } from '../scenario';
import { sheetsApi } from '../sheets-service';
// Kiểm tra's own mask, so the kit checks the request the add-on sends.
import { FIELDS as MARKS_FIELDS } from '../../gas/validation/read-marks';
import { LAYOUT_FIELDS, PROTECTED_LAYOUT_FIELDS } from '../../gas/setup/file-layout';
// The edit trigger's one read (validation/edit-read).
import { EDIT_FIELDS } from '../../gas/validation/edit-read';
// How the add-on splits its GETs, and the URL cap the emulator enforces.
import { rangesThatFit } from '../../gas/sheets-batch';
import { URL_CHARS, getUrlLength } from '../../core/google-limits';

const BATCH_GET = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.values/batchGet';
const BATCH_UPDATE = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/batchUpdate';
const quote = (name: string) => `'${name.replace(/'/g, "''")}'`;

export const SHEETS_API_SCENARIOS: Scenario[] = [
  {
    id: 'sheets-api.batch-get-shape',
    behaviour: 'batchGet echoes each range quoted and clipped, in order; trailing empty cells and rows are left out',
    source: BATCH_GET,
    expected: [["!A1:C3", 'ROWS', [['a', '', 'c'], [1]]], ['!A1:B2', 'ROWS', null]],
    observe: ({ ss, sheet }) => {
      const s = sheet('Phường 1');
      const e = sheet('Trống');
      s.getRange('A1:C2').setValues([['a', '', 'c'], [1, '', '']]);
      SpreadsheetApp.flush();
      const res = sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), {
        ranges: [`${quote(s.getName())}!A1:C3`, `${quote(e.getName())}!A1:B2`], valueRenderOption: 'UNFORMATTED_VALUE',
      });
      return (res.valueRanges ?? []).map((v, i) => [v.range.replace(quote([s, e][i].getName()), ''), v.majorDimension ?? '', (v.values ?? null) as null]);
    },
  },
  {
    id: 'sheets-api.batch-get-url-length',
    behaviour: 'a batchGet of 100 ranges on tabs with realistic Vietnamese unit names (≈ 12 KB of URL, percent-encoded) is refused whole; split as the add-on splits by URL length, every range is read (URL cap: third-party figure, the emulator\'s stricter reading)',
    source: `${BATCH_GET} (ranges travel in the query string) and https://github.com/googleapis/google-api-nodejs-client/issues/972 (third-party: no Google page gives a URL length; a Google client maintainer: servers stop after 8k characters)`,
    expected: [true, true, 2, 100, 'Mô hình 100'],
    observe: ({ ss, sheet, record }) => {
      const s = sheet('Khu phố 12 – Phường Bến Thành');
      s.getRange(1, 1, 100, 1).setValues(Array.from({ length: 100 }, (_, i) => [`Mô hình ${i + 1}`]));
      SpreadsheetApp.flush();
      const ranges = Array.from({ length: 100 }, (_, i) => `${quote(s.getName())}!A${i + 1}:H${i + 1}`);
      const args = { valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: 'FORMATTED_STRING' };
      const path = `${ss.getId()}/values:batchGet`;
      const length = getUrlLength(path, ranges, args);
      const get = (part: string[]) => sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), { ranges: part, ...args }).valueRanges ?? [];
      const whole = errorOf(() => get(ranges));
      record(`URL of the whole request: ${length} characters; ${whole}`);
      const got: GoogleAppsScript.Sheets.Schema.ValueRange[] = [];
      let requests = 0;
      for (let i = 0; i < ranges.length; requests++) {
        const n = rangesThatFit(path, ranges.slice(i), args);
        got.push(...get(ranges.slice(i, i + n)));
        i += n;
      }
      return [length > URL_CHARS && length > 10_000 && length < 14_000, whole !== 'no error', requests, got.length, String(got[99]?.values?.[0]?.[0] ?? '')];
    },
  },
  {
    id: 'sheets-api.batch-get-dates',
    behaviour: 'UNFORMATTED_VALUE gives a date cell as its serial number (SERIAL_NUMBER) or as displayed (FORMATTED_STRING)',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption',
    expected: [44334, '18/05/2021'],
    observe: ({ ss, sheet }) => inVietnamese(ss, () => {
      const s = sheet();
      s.getRange('A1').setValue(new Date(Date.UTC(2021, 4, 17, 17)));
      SpreadsheetApp.flush();
      const get = (how: string) => sheetsApi().Spreadsheets.Values.batchGet(ss.getId(), {
        ranges: [`${quote(s.getName())}!A1`], valueRenderOption: 'UNFORMATTED_VALUE', dateTimeRenderOption: how,
      }).valueRanges![0].values![0][0] as number | string;
      return [get('SERIAL_NUMBER'), get('FORMATTED_STRING')];
    }),
  },
  {
    id: 'sheets-api.get-notes-by-mask',
    behaviour: "Spreadsheets.get with ranges and Kiểm tra's fields mask gives each range's sheet id, its cells' notes, and a date cell's DATE number format (how Kiểm tra tells a date's serial from a number)",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/get',
    expected: [true, 'Thiếu tên mô hình', 'DATE'],
    observe: ({ ss, sheet }) => inVietnamese(ss, () => {
      const s = sheet();
      s.getRange('B2').setNote('Thiếu tên mô hình');
      s.getRange('C2').setValue(new Date(Date.UTC(2021, 4, 17, 17)));
      SpreadsheetApp.flush();
      const [got] = sheetsApi().Spreadsheets.get(ss.getId(), { ranges: [`${quote(s.getName())}!B2:C2`], fields: MARKS_FIELDS }).sheets ?? [];
      const cells = got?.data?.[0]?.rowData?.[0]?.values ?? [];
      return [got?.properties?.sheetId === s.getSheetId(), cells[0]?.note ?? null, cells[1]?.effectiveFormat?.numberFormat?.type ?? null];
    }),
  },
  {
    id: 'sheets-api.get-layout-by-mask',
    behaviour: "Spreadsheets.get with the add-on's layout mask gives each sheet's title and its own developer metadata under it, the spreadsheet's own at the top, and a sheet's basic filter as a 0-based end-exclusive range (zeros left out)",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets#Spreadsheet',
    expected: [true, true, ['conformance.layout', 'trên trang'], false, true, { endRowIndex: 3, endColumnIndex: 2 }],
    observe: ({ ss, sheet, defer }) => {
      const s = sheet();
      s.getRange('A1:B3').createFilter();
      defer(() => s.getFilter()?.remove());
      s.addDeveloperMetadata('conformance.layout', 'trên trang');
      ss.addDeveloperMetadata('conformance.layout.file', 'trên tệp');
      defer(() => ss.getDeveloperMetadata().filter((m) => m.getKey() === 'conformance.layout.file').forEach((m) => m.remove()));
      SpreadsheetApp.flush();
      const got = sheetsApi().Spreadsheets.get(ss.getId(), { fields: LAYOUT_FIELDS });
      const mine = (got.sheets ?? []).find((x) => (x.properties?.sheetId ?? 0) === s.getSheetId());
      const entry = mine?.developerMetadata?.[0];
      const topKeys = (got.developerMetadata ?? []).map((m) => m.metadataKey);
      return [mine?.properties?.title === s.getName(), typeof entry?.metadataId === 'number', [entry?.metadataKey ?? null, entry?.metadataValue ?? null],
        topKeys.includes('conformance.layout'), topKeys.includes('conformance.layout.file'), (mine?.basicFilter?.range ?? null) as null];
    },
    },
    {
    id: 'sheets-api.get-by-data-filter-edit-read',
    behaviour: "getByDataFilter with a gridRange by sheet id and the edit's mask gives the spreadsheet's and the sheet's metadata, a literal's and a formula's effective value, and a date's serial with a DATE number format",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/getByDataFilter',
    expected: [true, true, [{ stringValue: 'chữ' }, { stringValue: 'Nhãn' }, { numberValue: 44334 }], 'DATE'],
    observe: ({ ss, sheet }) => inVietnamese(ss, () => {
      const s = sheet();
      s.getRange('A1:B1').setValues([['chữ', '=HYPERLINK("https://example.org","Nhãn")']]);
      s.getRange('C1').setValue(new Date(Date.UTC(2021, 4, 17, 17)));
      ss.addDeveloperMetadata('dvk.conformance', 'x');
      s.addDeveloperMetadata('dvk.conformance.tab', 'y');
      const meta = ss.getDeveloperMetadata().filter((m) => m.getKey() === 'dvk.conformance')[0];
      SpreadsheetApp.flush();
      try {
        const got = sheetsApi().Spreadsheets.getByDataFilter({ dataFilters: [{ gridRange: { sheetId: s.getSheetId(), startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 3 } }] },
          ss.getId(), { fields: EDIT_FIELDS });
        const cells = got.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values ?? [];
        return [(got.developerMetadata ?? []).some((m) => m.metadataKey === 'dvk.conformance' && m.metadataValue === 'x'),
          (got.sheets?.[0]?.developerMetadata ?? []).some((m) => m.metadataKey === 'dvk.conformance.tab' && m.metadataValue === 'y'),
          cells.map((c) => c.effectiveValue ?? null) as unknown as null, cells[2]?.effectiveFormat?.numberFormat?.type ?? null];
      } finally {
        meta.remove();
        for (const m of s.getDeveloperMetadata()) if (m.getKey() === 'dvk.conformance.tab') m.remove();
      }
    }),
  },
  {
    id: 'sheets-api.get-by-data-filter-ranges-of-one-sheet',
    behaviour: "getByDataFilter with two gridRanges of one sheet and the edit's mask gives that sheet two GridData, each with its startRow and startColumn (0 left out) and only its range's cells",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#Sheet (data: one GridData per range requested on the sheet, with its startRow/startColumn)',
    expected: [[[null, null, [['a', 'b', 'c']]], [2, 1, [['y'], ['z']]]]],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      s.getRange('A1:C4').setValues([['a', 'b', 'c'], ['', '', ''], ['x', 'y', 'w'], ['', 'z', '']]);
      SpreadsheetApp.flush();
      const range = (r0: number, r1: number, c0: number, c1: number) => ({ gridRange: { sheetId: s.getSheetId(), startRowIndex: r0, endRowIndex: r1, startColumnIndex: c0, endColumnIndex: c1 } });
      const got = sheetsApi().Spreadsheets.getByDataFilter({ dataFilters: [range(0, 1, 0, 3), range(2, 4, 1, 2)] }, ss.getId(), { fields: EDIT_FIELDS });
      return [(got.sheets?.[0]?.data ?? []).map((g) => [g.startRow ?? null, g.startColumn ?? null,
        (g.rowData ?? []).map((r) => (r.values ?? []).map((c) => c.effectiveValue?.stringValue ?? ''))]) as unknown as null];
    },
  },
  {
    id: 'sheets-api.delete-metadata-by-id',
    behaviour: 'deleteDeveloperMetadata with a developerMetadataLookup by metadataId removes that entry only, and the reply names it',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#deletedevelopermetadatarequest',
    expected: [['conformance.claim'], ['2']],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      s.addDeveloperMetadata('conformance.claim', '1');
      s.addDeveloperMetadata('conformance.claim', '2');
      SpreadsheetApp.flush();
      const first = s.getDeveloperMetadata()[0];
      const res = sheetsApi().Spreadsheets.batchUpdate({ requests: [{ deleteDeveloperMetadata: { dataFilter: { developerMetadataLookup: { metadataId: first.getId() } } } }] }, ss.getId());
      const gone = ((res.replies?.[0] as { deleteDeveloperMetadata?: { deletedDeveloperMetadata?: { metadataKey?: string }[] } })?.deleteDeveloperMetadata?.deletedDeveloperMetadata ?? []).map((m) => m.metadataKey ?? '');
      return [gone, s.getDeveloperMetadata().map((m) => String(m.getValue()))];
    },
  },
  {
    id: 'sheets-api.set-data-validation',
    behaviour: 'setDataValidation puts a ONE_OF_LIST rule (strict false, showCustomUi, inputMessage) on every cell of the range as requireValueInList(…, true).setAllowInvalid(true) would, leaving values; no rule clears it (Kiểm tra re-applies the Ghi chú dropdown)',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#setdatavalidationrequest',
    expected: [['VALUE_IN_LIST', ['mới', 'nhân rộng'], true, true, 'Chọn một'], 'mới', 'none'],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const sheetId = s.getSheetId();
      s.getRange('B2').setValue('mới');
      SpreadsheetApp.flush();
      const range = { sheetId, startRowIndex: 1, endRowIndex: 3, startColumnIndex: 1, endColumnIndex: 2 };
      sheetsApi().Spreadsheets.batchUpdate({ requests: [{ setDataValidation: { range,
        rule: { condition: { type: 'ONE_OF_LIST', values: [{ userEnteredValue: 'mới' }, { userEnteredValue: 'nhân rộng' }] }, strict: false, showCustomUi: true, inputMessage: 'Chọn một' } } }] }, ss.getId());
      const r = s.getRange('B3').getDataValidation();
      const [values, dropdown] = (r?.getCriteriaValues() ?? []) as [string[], boolean];
      const rule = [String(r?.getCriteriaType() ?? ''), values ?? [], dropdown === true, r?.getAllowInvalid() ?? false, r?.getHelpText() ?? ''];
      const kept = String(s.getRange('B2').getValue());
      sheetsApi().Spreadsheets.batchUpdate({ requests: [{ setDataValidation: { range } }] }, ss.getId());
      return [rule as unknown as string[], kept, s.getRange('B3').getDataValidation() ? 'rule' : 'none'];
    },
  },
  {
    id: 'sheets-api.batch-update-cells',
    behaviour: 'updateCells writes stringValue as text even when it starts with "=", numberValue as a number; repeatCell fills with backgroundColorStyle; one reply per request',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatecellsrequest',
    expected: [2, ['=1+1', 7, ''], '#ff0000'],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const sheetId = s.getSheetId();
      const res = sheetsApi().Spreadsheets.batchUpdate({ requests: [
        { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue',
          rows: [{ values: [{ userEnteredValue: { stringValue: '=1+1' } }, { userEnteredValue: { numberValue: 7 } }] }] } },
        { repeatCell: { range: { sheetId, startRowIndex: 1, endRowIndex: 2, startColumnIndex: 0, endColumnIndex: 1 },
          cell: { userEnteredFormat: { backgroundColorStyle: { rgbColor: { red: 1, green: 0, blue: 0 } } } }, fields: 'userEnteredFormat.backgroundColorStyle' } },
      ] }, ss.getId());
      return [(res.replies ?? []).length, s.getRange('A1:C1').getValues()[0] as (string | number)[], s.getRange('A2').getBackground()];
    },
  },
  {
    id: 'sheets-api.batch-update-dimensions',
    behaviour: 'insertDimension and deleteDimension (0-based, end-exclusive) shift the rows below',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest',
    expected: [['a', '', 'b'], ['a', 'b']],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const sheetId = s.getSheetId();
      s.getRange('A1:A2').setValues([['a'], ['b']]);
      SpreadsheetApp.flush();
      sheetsApi().Spreadsheets.batchUpdate({ requests: [
        { insertDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 }, inheritFromBefore: true } },
      ] }, ss.getId());
      const after = s.getRange('A1:A3').getValues().map((r) => r[0] as string);
      sheetsApi().Spreadsheets.batchUpdate({ requests: [{ deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 1, endIndex: 2 } } }] }, ss.getId());
      return [after, s.getRange('A1:A2').getValues().map((r) => r[0] as string)];
    },
  },
  {
    id: 'sheets-api.inherit-before-first-row',
    behaviour: 'insertDimension with inheritFromBefore at start index 0 is refused (there is no row before the first), and inserts nothing',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest',
    expected: [true, 1000],
    observe: ({ ss, sheet, record }) => {
      const s = sheet();
      const api = sheetsApi();
      const err = errorOf(() => api.Spreadsheets.batchUpdate({ requests: [
        { insertDimension: { range: { sheetId: s.getSheetId(), dimension: 'ROWS', startIndex: 0, endIndex: 1 }, inheritFromBefore: true } },
      ] }, ss.getId()));
      record(`refused with: ${err}`);
      return [err !== 'no error', s.getMaxRows()];
    },
  },
  {
    id: 'sheets-api.batch-update-atomic',
    behaviour: 'a batchUpdate whose second request fails applies none of them and throws, naming requests[1]',
    source: `${BATCH_UPDATE} (guides/batch: all or nothing)`,
    expected: [true, ''],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const sheetId = s.getSheetId();
      const api = sheetsApi();
      const err = errorOf(() => api.Spreadsheets.batchUpdate({ requests: [
        { updateCells: { start: { sheetId, rowIndex: 0, columnIndex: 0 }, fields: 'userEnteredValue', rows: [{ values: [{ userEnteredValue: { stringValue: 'x' } }] }] } },
        { deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: 0, endIndex: 5000 } } },
      ] }, ss.getId()));
      return [/^error: .*requests\[1\]/.test(err), s.getRange('A1').getValue() as string];
    },
  },
  {
    id: 'sheets-api.duplicate-sheet-ids',
    behaviour: "duplicateSheet makes the copy with the asked newSheetId, name and index, and refuses a name or an id already in use (nothing applied); the copy of a protected, tagged sheet carries neither its protection nor its sheet metadata (the emulator's reading, as Sheet.copyTo: the kit checks it)",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#duplicatesheetrequest',
    expected: [true, 'giữ', true, true, 0, 0],
    observe: ({ ss, sheet, defer }) => {
      const src = sheet();
      src.getRange('A1').setValue('giữ');
      src.protect().setDescription('conformance.duplicate');
      src.addDeveloperMetadata('conformance.duplicate', 'gốc');
      SpreadsheetApp.flush();
      const api = sheetsApi();
      const name = `${src.getName()} bản sao`;
      const newSheetId = 900_000_000 + Math.floor(Math.random() * 1_000_000);
      const res = api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src.getSheetId(), newSheetId, newSheetName: name, insertSheetIndex: 0 } }] }, ss.getId());
      const copy = ss.getSheetByName(name);
      if (copy) defer(() => ss.deleteSheet(copy));
      const props = (res.replies?.[0] as { duplicateSheet?: { properties?: { sheetId?: number; title?: string; index?: number } } })?.duplicateSheet?.properties;
      const again = (extra: Record<string, unknown>) => throws(() => api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src.getSheetId(), ...extra } }] }, ss.getId()));
      return [props?.sheetId === newSheetId && props?.title === name && (props?.index ?? 0) === 0, String(copy?.getRange('A1').getValue() ?? ''),
        again({ newSheetName: name }), again({ newSheetId, newSheetName: `${name} 2` }),
        copy?.getProtections(SpreadsheetApp.ProtectionType.SHEET).length ?? -1, copy?.getDeveloperMetadata().length ?? -1];
    },
  },
  {
    id: 'sheets-api.add-protected-range',
    behaviour: 'addProtectedRange with a range naming only the sheet protects the whole sheet with the description and editors given, seen by SpreadsheetApp as a SHEET protection and listed by Spreadsheets.get under the sheet; editors on a warning-only protection are refused',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addprotectedrangerequest',
    expected: [true, 'conformance.protect', true, false, true, [[true, 'conformance.protect']]],
    observe: ({ ss, sheet, me }) => {
      const s = sheet();
      const api = sheetsApi();
      const res = api.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: s.getSheetId() }, description: 'conformance.protect', editors: { users: [me] } } } }] }, ss.getId());
      const echo = (res.replies?.[0] as { addProtectedRange?: { protectedRange?: { protectedRangeId?: number } } })?.addProtectedRange?.protectedRange;
      const [p] = s.getProtections(SpreadsheetApp.ProtectionType.SHEET);
      const refused = throws(() => api.Spreadsheets.batchUpdate({ requests: [{ addProtectedRange: { protectedRange: {
        range: { sheetId: s.getSheetId(), startRowIndex: 0, endRowIndex: 1 }, warningOnly: true, editors: { users: [me] } } } }] }, ss.getId()));
      // Read back as setup does after a batch (setup/tab-batch removeCarriedProtections).
      const listed = (api.Spreadsheets.get(ss.getId(), { fields: 'sheets(properties/sheetId,protectedRanges(protectedRangeId,description))' }).sheets ?? [])
        .find((x) => (x.properties?.sheetId ?? 0) === s.getSheetId()) as { protectedRanges?: { protectedRangeId?: number; description?: string }[] } | undefined;
      return [typeof echo?.protectedRangeId === 'number', p?.getDescription() ?? '', p?.canEdit() ?? false, p?.isWarningOnly() ?? true, refused,
        (listed?.protectedRanges ?? []).map((x) => [x.protectedRangeId === echo?.protectedRangeId, x.description ?? ''])];
    },
  },
  {
    id: 'sheets-api.update-protected-range-editors',
    behaviour: "Spreadsheets.get with setup's member mask lists a sheet protection's editors (the owner among them) to an editor of it, with requestingUserCanEdit; updateProtectedRange with fields \"editors\" replaces them and turns domain edit off, seen by SpreadsheetApp; no fields, or no protectedRangeId, is refused",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updateprotectedrangerequest; https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets#ProtectedRange',
    expected: [[true, true, true, true], [true, 'conformance.update', false], true, true],
    observe: ({ ss, sheet, me }) => {
      const s = sheet();
      const p = s.protect().setDescription('conformance.update');
      const api = sheetsApi();
      const owner = ss.getOwner()?.getEmail().toLowerCase() ?? me.toLowerCase();
      const got = (api.Spreadsheets.get(ss.getId(), { fields: PROTECTED_LAYOUT_FIELDS }).sheets ?? []).find((x) => (x.properties?.sheetId ?? 0) === s.getSheetId());
      const listed = got?.protectedRanges?.[0];
      const users = (listed?.editors?.users ?? []).map((e) => e.toLowerCase());
      const id = listed?.protectedRangeId ?? -1;
      api.Spreadsheets.batchUpdate({ requests: [{ updateProtectedRange: { protectedRange: { protectedRangeId: id, editors: { users: [me] } }, fields: 'editors' } }] }, ss.getId());
      const after = s.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0];
      const editors = after.getEditors().map((u) => u.getEmail().toLowerCase());
      return [[listed?.requestingUserCanEdit === true, users.includes(owner), users.includes(me.toLowerCase()), !(listed?.range?.endRowIndex || listed?.range?.endColumnIndex)],
        [editors.includes(me.toLowerCase()) && editors.every((e) => e === me.toLowerCase() || e === owner), after.getDescription(), after.canDomainEdit()],
        throws(() => api.Spreadsheets.batchUpdate({ requests: [{ updateProtectedRange: { protectedRange: { protectedRangeId: id, editors: { users: [me] } } } }] }, ss.getId())),
        throws(() => api.Spreadsheets.batchUpdate({ requests: [{ updateProtectedRange: { protectedRange: { editors: { users: [me] } }, fields: 'editors' } }] }, ss.getId())) && p.canEdit()];
    },
  },
  {
    id: 'sheets-api.create-developer-metadata',
    behaviour: 'createDeveloperMetadata puts an entry on a sheet made earlier in the same batch (the tab is tagged as it is made); an entry without visibility is refused and the whole batch with it',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets.developerMetadata',
    expected: [['conformance.tag', 'một'], true, false],
    observe: ({ ss, sheet, defer }) => {
      const src = sheet();
      const api = sheetsApi();
      const name = `${src.getName()} gắn thẻ`;
      const newSheetId = 910_000_000 + Math.floor(Math.random() * 1_000_000);
      const tag = (visibility?: string) => ({ createDeveloperMetadata: { developerMetadata: { metadataKey: 'conformance.tag', metadataValue: 'một', ...(visibility ? { visibility } : {}), location: { sheetId: newSheetId } } } });
      api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src.getSheetId(), newSheetId, newSheetName: name } }, tag('DOCUMENT')] }, ss.getId());
      const copy = ss.getSheetByName(name);
      if (copy) defer(() => ss.deleteSheet(copy));
      const got = (copy?.getDeveloperMetadata() ?? []).map((m) => [m.getKey(), String(m.getValue())]);
      const name2 = `${name} 2`;
      const refused = throws(() => api.Spreadsheets.batchUpdate({ requests: [{ duplicateSheet: { sourceSheetId: src.getSheetId(), newSheetId: newSheetId + 1, newSheetName: name2 } },
        { createDeveloperMetadata: { developerMetadata: { metadataKey: 'conformance.tag', location: { sheetId: newSheetId + 1 } } } }] }, ss.getId()));
      const left = ss.getSheetByName(name2);
      if (left) defer(() => ss.deleteSheet(left));
      return [got[0] ?? [], refused, left !== null];
    },
  },
  {
    id: 'sheets-api.update-sheet-properties',
    behaviour: 'updateSheetProperties renames a sheet and sets its tab colour by fields mask; a title already taken, or no fields, is refused',
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#updatesheetpropertiesrequest',
    expected: [true, '#ff0000', true, true],
    observe: ({ ss, sheet }) => {
      const s = sheet();
      const other = sheet('khác');
      const api = sheetsApi();
      const title = `${s.getName()} mới`;
      api.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: s.getSheetId(), title, tabColorStyle: { rgbColor: { red: 1 } } }, fields: 'title,tabColorStyle' } }] }, ss.getId());
      const renamed = s.getName() === title;
      const color = String(s.getTabColor() ?? '');
      const taken = throws(() => api.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: s.getSheetId(), title: other.getName() }, fields: 'title' } }] }, ss.getId()));
      const noFields = throws(() => api.Spreadsheets.batchUpdate({ requests: [{ updateSheetProperties: { properties: { sheetId: s.getSheetId(), title: 'x' }, fields: '' } }] }, ss.getId()));
      return [renamed, color, taken, noFields];
    },
  },
  {
    id: 'sheets-api.add-named-range',
    behaviour: "addNamedRange names a cell of a sheet (how setup marks a unit's tab in its batch); SpreadsheetApp finds it by name",
    source: 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#addnamedrangerequest',
    expected: [true, 'A1'],
    observe: ({ ss, sheet, defer }) => {
      const s = sheet();
      const name = `conformance_named_${Math.floor(Math.random() * 1e9)}`;
      sheetsApi().Spreadsheets.batchUpdate({ requests: [{ addNamedRange: { namedRange: { name, range: { sheetId: s.getSheetId(), startRowIndex: 0, endRowIndex: 1, startColumnIndex: 0, endColumnIndex: 1 } } } }] }, ss.getId());
      defer(() => ss.removeNamedRange(name));
      const r = ss.getRangeByName(name);
      return [r?.getSheet().getSheetId() === s.getSheetId(), r?.getA1Notation() ?? ''];
    },
  },
];
