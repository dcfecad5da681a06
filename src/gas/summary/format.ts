/**
 * Looks of Tổng hợp, applied by the full rebuild only (an edit's refresh keeps the layout): bold
 * block headers, frozen rows, status colours by conditional formatting (red overdue, amber
 * ≤ 3 days or in progress, green done) and one progress chart kept where the coordinator put it.
 */
import { ALERT_COLUMNS, REPORT_BLOCK_COLUMNS, TOTAL_COLUMNS, columnOf, type SummaryLayout } from '../../core/summary';
import { columnLetter } from '../validation/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const COLOURS = { red: '#f4c7c3', amber: '#fce8b2', green: '#b7e1cd' } as const;

export function formatSummary(sheet: Sheet, l: SummaryLayout): void {
  // The title and four header rows bold in one call (RangeList.setFontWeight), not one each; only
  // the column headers wrap: a wrapped title would stand in the 220 px first column as a ten-line row.
  const row = (r: number) => `A${r}:${columnLetter(l.width)}${r}`;
  const headers = [l.alertsStart - 1, l.reportStart - 1, l.totalsStart - 1, l.tableHeader];
  sheet.getRangeList([row(1), ...headers.map(row)]).setFontWeight('bold');
  // Each alert's list of units is merged across the rest of the layout's width and wraps there: text overflows into
  // the next cells while they are empty (WrapStrategy OVERFLOW, developers.google.com/apps-script/reference/spreadsheet/wrap-strategy),
  // so a long list ran on under the chart. An earlier layout's merges (other rows, other widths) are broken first.
  const lists = `${columnLetter(LIST_COLUMN)}${l.alertsStart}:${columnLetter(l.width)}${l.alertsStart + l.alertRows - 1}`;
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).breakApart();
  if (l.alertRows) sheet.getRange(lists).mergeAcross();
  sheet.getRangeList([...headers.map(row), ...(l.alertRows ? [lists] : [])]).setWrap(true);
  sheet.setFrozenRows(0);
  // Read at a glance: unit names whole and kept in view while scrolling right, the many counts narrow.
  sheet.setFrozenColumns(1);
  sheet.setColumnWidth(1, NAME_WIDTH);
  sheet.setColumnWidths(2, l.width - 1, COUNT_WIDTH);
  // The add-on's own facts and digests cells (on each unit row) are for the edits' refresh, not for reading.
  sheet.hideColumns(l.factsColumn, l.digestsColumn - l.factsColumn + 1);
  sheet.setConditionalFormatRules(rules(sheet, l));
  placeChart(sheet, l);
}

export function formatModels(sheet: Sheet, width: number): void {
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setWrap(true);
  sheet.setFrozenRows(1);
  sheet.setFrozenColumns(1);
  sheet.setColumnWidth(1, NAME_WIDTH);
  sheet.setColumnWidths(2, width - 1, TEXT_WIDTH);
}

/** Pixels: a unit's full name ("Ủy ban MTTQ Việt Nam Quận 3"), a count or short status, a model's text column. */
const NAME_WIDTH = 220;
const COUNT_WIDTH = 96;
const TEXT_WIDTH = 180;

function rules(sheet: Sheet, l: SummaryLayout): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
  const state = sheet.getRange(l.alertsStart, ALERT_COLUMNS.indexOf('Tình trạng') + 1, l.alertRows, 1);
  const status = sheet.getRange(l.tableStart, columnOf(l, 'Trạng thái'), Math.max(1, l.units), 1);
  const rule = (range: GoogleAppsScript.Spreadsheet.Range, text: string, colour: string) =>
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text).setBackground(colour).setRanges([range]).build();
  return [
    rule(state, 'Quá hạn', COLOURS.red), rule(state, 'Sắp đến hạn', COLOURS.amber), rule(state, 'Xong', COLOURS.green),
    rule(status, 'Quá hạn', COLOURS.red), rule(status, 'Có lỗi', COLOURS.red),
    rule(status, 'Đang đăng ký', COLOURS.amber), rule(status, 'Đủ chỉ tiêu', COLOURS.green),
  ];
}

const LIST_COLUMN = ALERT_COLUMNS.indexOf('Đơn vị chưa xong') + 1;

/**
 * Where earlier versions anchored a new chart (row 1, right of the nine-column blocks): over the unit table's
 * columns and the alert lists. A chart still there was never moved by hand, so it goes to the layout's chartColumn.
 */
const OLD_CHART_COLUMN = Math.max(ALERT_COLUMNS.length, REPORT_BLOCK_COLUMNS.length, TOTAL_COLUMNS.length) + 2;

/** Types × (Đủ chỉ tiêu, Chưa đủ); an existing chart keeps the position the coordinator gave it and only gets new ranges. */
function placeChart(sheet: Sheet, l: SummaryLayout): void {
  const types = l.totalsRows - 1;
  const labels = sheet.getRange(l.totalsStart - 1, 1, types + 1, 1);
  const done = sheet.getRange(l.totalsStart - 1, TOTAL_COLUMNS.indexOf('Đủ chỉ tiêu') + 1, types + 1, 2);
  const existing = sheet.getCharts()[0];
  const at = existing?.getContainerInfo();
  const unmoved = !existing || (at!.getAnchorRow() === 1 && at!.getAnchorColumn() === OLD_CHART_COLUMN);
  const builder = existing ? existing.modify().clearRanges() : sheet.newChart();
  if (unmoved) builder.setPosition(1, l.chartColumn, 0, 0);
  const chart = builder.setChartType(barChart()).addRange(labels).addRange(done)
    .setOption('title', 'Tiến độ đăng ký theo loại đơn vị').setOption('isStacked', true).build();
  if (existing) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}

/** Charts.ChartType.BAR; the local emulator has no Charts service and records the type's name. */
function barChart(): GoogleAppsScript.Charts.ChartType {
  return (typeof Charts === 'undefined' ? 'BAR' : Charts.ChartType.BAR) as GoogleAppsScript.Charts.ChartType;
}
