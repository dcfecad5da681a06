/**
 * Embedded charts: Sheet.newChart() builders, insertChart/updateChart/removeChart
 * (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
 * Charts are recorded, never drawn; a chart keeps its id across modify()/updateChart().
 */
import type { ChartData, SheetData } from '../model';
import type { Book } from './book';
import { counted } from './counted';
import { makeRange, rangeTarget } from './factory';
import type { AssertAssignable } from './user';

type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type GBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type GRange = GoogleAppsScript.Spreadsheet.Range;

const cloneChart = (c: ChartData): ChartData => ({ ...c, ranges: c.ranges.map((g) => ({ ...g })), anchor: { ...c.anchor }, options: { ...c.options } });

class ChartOptionsImpl {
  constructor(book: Book, private readonly options: Record<string, unknown>) {
    return counted(book.ctx, 'ChartOptions', this);
  }
  get(option: string): unknown { return this.options[option] ?? null; }
}

class ChartImpl {
  constructor(private readonly book: Book, private readonly sheet: SheetData, private readonly c: ChartData) {
    return counted(book.ctx, 'EmbeddedChart', this);
  }
  getChartId(): number | null { return this.c.id > 0 ? this.c.id : null; }
  getId(): string { return String(this.c.id); }
  getRanges(): GRange[] { return this.c.ranges.map((g) => makeRange(this.book, this.sheet, g)); }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new ChartOptionsImpl(this.book, { ...this.c.options }) as unknown as GoogleAppsScript.Charts.ChartOptions;
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    const { row, column } = this.c.anchor;
    return { getAnchorRow: () => row, getAnchorColumn: () => column };
  }
  modify(): GBuilder { return newChartBuilder(this.book, this.sheet, this.c); }
  _data(): ChartData { return cloneChart(this.c); }
}

class ChartBuilderImpl {
  private readonly c: ChartData;
  constructor(private readonly book: Book, private readonly sheet: SheetData, from?: ChartData) {
    this.c = from ? cloneChart(from) : { id: 0, type: 'COLUMN', ranges: [], anchor: { row: 1, column: 1 }, options: {} };
    return counted(book.ctx, 'EmbeddedChartBuilder', this);
  }
  private self(): GBuilder { return this as unknown as GBuilder; }
  addRange(range: GRange): GBuilder { this.c.ranges.push({ ...rangeTarget(range).grid }); return this.self(); }
  removeRange(range: GRange): GBuilder {
    const g = rangeTarget(range).grid;
    this.c.ranges = this.c.ranges.filter((x) => !(x.row === g.row && x.column === g.column && x.numRows === g.numRows && x.numColumns === g.numColumns));
    return this.self();
  }
  clearRanges(): GBuilder { this.c.ranges = []; return this.self(); }
  setChartType(type: GoogleAppsScript.Charts.ChartType): GBuilder { this.c.type = String(type); return this.self(); }
  setPosition(anchorRowPos: number, anchorColPos: number, _offsetX: number, _offsetY: number): GBuilder {
    this.c.anchor = { row: anchorRowPos, column: anchorColPos };
    return this.self();
  }
  setOption(option: string, value: unknown): GBuilder { this.c.options[option] = value; return this.self(); }
  getChartType(): GoogleAppsScript.Charts.ChartType { return this.c.type as unknown as GoogleAppsScript.Charts.ChartType; }
  getRanges(): GRange[] { return this.c.ranges.map((g) => makeRange(this.book, this.sheet, g)); }
  build(): GChart { return makeChart(this.book, this.sheet, cloneChart(this.c)); }
}

export function newChartBuilder(book: Book, sheet: SheetData, from?: ChartData): GBuilder {
  return new ChartBuilderImpl(book, sheet, from) as unknown as GBuilder;
}

export function makeChart(book: Book, sheet: SheetData, c: ChartData): GChart {
  return new ChartImpl(book, sheet, c) as unknown as GChart;
}

export function chartData(chart: GChart): ChartData {
  return (chart as unknown as ChartImpl)._data();
}

type _C = AssertAssignable<ChartImpl, Pick<GChart, Exclude<keyof ChartImpl & keyof GChart, 'getContainerInfo'>>>;
type _B = AssertAssignable<ChartBuilderImpl, Pick<GBuilder, keyof ChartBuilderImpl & keyof GBuilder>>;
