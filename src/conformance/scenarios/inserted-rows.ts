/**
 * Rows a ward official inserts inside a unit tab's table: what each way of inserting carries over.
 * The tab is laid out by the add-on's own code (Mẫu đăng ký, of which a unit tab is a copy), with a
 * mark fill on each Ghi chú cell of content 1, fitted row heights, a range protection and a
 * conditional format over content 1's rows. Only InsertDimensionRequest.inheritFromBefore is
 * documented (the neighbour's "dimension properties", its example a background); what else a new row
 * gets, and what SpreadsheetApp's inserts take at all, is not. The emulator takes the stricter case
 * (src/local/emulator/spreadsheet/sheet-structure.ts); a run on Google says what really happens.
 */
import { parseCampaign, QUAN3_2021 } from '../../core/campaign';
import { buildTemplateLayout } from '../../core/template';
import { applyLayout } from '../../gas/setup/apply-layout';
import { MARK_COLORS } from '../../gas/validation/marks';
import type { Json, Scenario } from '../scenario';
import { sheetsApi } from '../sheets-service';

const INSERT_DIMENSION = 'https://developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/request#insertdimensionrequest';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const FITTED = 42;
/** A row's fills when only its Ghi chú cell (the sixth) holds the add-on's error colour. */
const BARE = Array<string>(5).fill('#ffffff');
const MARK = MARK_COLORS.error;

export const INSERTED_ROW_SCENARIOS: Scenario[] = [
  {
    id: 'sheets-api.insert-rows-inherit',
    behaviour: "rows inserted in content 1 of a unit tab (Mẫu đăng ký's layout) by insertRowsAfter / insertRowsBefore and by insertDimension inheritFromBefore true / false (and true under the section heading): "
      + "each new row's Ghi chú and Tên mô hình rule, dd/MM/yyyy date format, ruled cells, fills, STT alignment, wrap, bold, fitted height, merge; then the "
      + "range protection's and the conditional format's rows (from the section heading, count). The emulator: the neighbour's fills always, its height through the API only, nothing else; ranges grow for rows inserted inside them",
    source: `${INSERT_DIMENSION} (inheritFromBefore: the only documented inheritance) and ${SHEET}#insertRowsAfter(Integer,Integer), ${SHEET}#insertRowsBefore(Integer,Integer) (silent on it)`,
    expected: [
      ['insertRowsAfter(last printed row)', 'none', 'none', false, 0, [...BARE, MARK], false, false, false, false, false],
      ['insertDimension before the last printed row, inheritFromBefore true', 'none', 'none', false, 0, [...BARE, MARK], false, false, false, true, false],
      ['insertDimension before the second printed row, inheritFromBefore false', 'none', 'none', false, 0, [...BARE, MARK], false, false, false, true, false],
      ['insertRowsBefore(first printed row)', 'none', 'none', false, 0, [...BARE, MARK], false, false, false, false, false],
      ['insertDimension under the section heading, inheritFromBefore true', 'none', 'none', false, 0, Array(6).fill('#fff2cc'), false, false, false, false, false],
      ['protection', 3, 12], ['conditional format', 3, 12],
    ],
    observe: ({ ss, sheet }) => {
      const c = parseCampaign(QUAN3_2021);
      const layout = buildTemplateLayout(c);
      const s = sheet('Đơn vị chèn dòng');
      applyLayout(s, layout);
      const col = (key: string) => c.columns.findIndex((x) => x.key === key) + 1;
      const width = c.columns.length;
      const { headingRow: heading, firstRow: first, lastRow: last } = layout.sections[0];
      const rows = last - first + 1;
      // What the add-on and Sheets leave on a unit's rows: mark fills, heights fitted to wrapped text.
      s.getRange(first, col('kind'), rows, 1).setBackground(MARK_COLORS.error);
      s.setRowHeights(first, rows, FITTED);
      s.getRange(first, 1, rows, 1).protect().setDescription('conformance.inserted-rows').setWarningOnly(true);
      s.setConditionalFormatRules([...s.getConditionalFormatRules(), SpreadsheetApp.newConditionalFormatRule()
        .whenFormulaSatisfied('=FALSE').setBackground('#b7e1cd').setRanges([s.getRange(first, 2, rows, width - 1)]).build()]);
      SpreadsheetApp.flush();
      const api = sheetsApi();
      const insert = (startIndex: number, inheritFromBefore: boolean) => api.Spreadsheets.batchUpdate({ requests: [
        { insertDimension: { range: { sheetId: s.getSheetId(), dimension: 'ROWS', startIndex, endIndex: startIndex + 1 }, inheritFromBefore } }] }, ss.getId());
      const look = (label: string, r: number): Json => {
        const rule = (column: number) => String(s.getRange(r, column).getDataValidation()?.getCriteriaType() ?? 'none');
        const got = api.Spreadsheets.get(ss.getId(), { ranges: [`'${s.getName().replace(/'/g, "''")}'!A${r}:${String.fromCharCode(64 + width)}${r}`],
          fields: 'sheets(data(rowData/values(userEnteredFormat/borders(left/style))))' }) as { sheets?: { data?: { rowData?: { values?: { userEnteredFormat?: { borders?: { left?: { style?: string } } } }[] }[] }[] }[] };
        const cells = got.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values ?? [];
        const ruled = cells.filter((x) => (x.userEnteredFormat?.borders?.left?.style ?? 'NONE') !== 'NONE').length;
        return [label, rule(col('kind')), rule(col('name')), s.getRange(r, col('time')).getNumberFormat() === 'dd/MM/yyyy', ruled,
          s.getRange(r, 1, 1, width).getBackgrounds()[0], s.getRange(r, 1).getHorizontalAlignment() === 'center',
          s.getRange(r, col('name')).getWrap(), s.getRange(r, col('name')).getFontWeight() === 'bold', s.getRowHeight(r) === FITTED, s.getRange(r, 1).isPartOfMerge()];
      };
      // Bottom-up, each row looked at as soon as it is in: the ways a unit's rows meet an insert.
      const seen: Json[] = [];
      s.insertRowsAfter(last, 1);
      seen.push(look('insertRowsAfter(last printed row)', last + 1));
      insert(last - 1, true);
      seen.push(look('insertDimension before the last printed row, inheritFromBefore true', last));
      insert(first, false);
      seen.push(look('insertDimension before the second printed row, inheritFromBefore false', first + 1));
      s.insertRowsBefore(first, 1);
      seen.push(look('insertRowsBefore(first printed row)', first));
      // As the add-on's own inserts in Danh sách mô hình can be: right under a bold, filled heading row.
      insert(heading, true);
      seen.push(look('insertDimension under the section heading, inheritFromBefore true', heading + 1));
      const span = (what: string, r: GoogleAppsScript.Spreadsheet.Range | undefined): Json => (r ? [what, r.getRow() - heading, r.getNumRows()] : [what, 'gone']);
      const protection = s.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => p.getDescription() === 'conformance.inserted-rows');
      const format = s.getConditionalFormatRules().find((f) => f.getBooleanCondition()?.getCriteriaValues()?.[0] === '=FALSE');
      return [...seen, span('protection', protection?.getRange()), span('conditional format', format?.getRanges()[0])];
    },
  },
];
