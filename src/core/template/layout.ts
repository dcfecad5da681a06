/**
 * A sheet's look as plain data: values, formats, merges, widths, frozen rows and validations.
 * Core builds it from the campaign; the gas writer applies it with one batched call per property
 * (setValues, setFontWeights, setBackgrounds…), never cell by cell.
 */
export type LayoutValue = string | number | boolean | Date;

export interface LayoutRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export type ValidationRule =
  | { kind: 'list'; values: string[] }
  | { kind: 'date' }
  /** One e-mail address per cell (Google's "is valid email"). */
  | { kind: 'email' }
  /** A custom formula, relative to the range's first cell, that holds for valid input. */
  | { kind: 'formula'; formula: string };

export interface ValidationSpec {
  range: LayoutRange;
  rule: ValidationRule;
  allowInvalid: boolean;
  helpText: string;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  background?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
}

/** Every 2D array is numRows × numColumns of the written block (row 1, column 1 at [0][0]). */
export interface SheetLayout {
  numRows: number;
  numColumns: number;
  values: LayoutValue[][];
  fontWeights: ('bold' | 'normal')[][];
  fontStyles: ('italic' | 'normal')[][];
  fontSizes: number[][];
  backgrounds: (string | null)[][];
  horizontalAlignments: ('left' | 'center' | 'right')[][];
  verticalAlignments: ('top' | 'middle' | 'bottom')[][];
  wraps: boolean[][];
  /** Number formats by range (only where one is wanted: '' is not a format Sheets accepts). */
  numberFormats: { range: LayoutRange; format: string }[];
  merges: LayoutRange[];
  /** Pixel width per column, index 0 = column A. */
  columnWidths: number[];
  frozenRows: number;
  validations: ValidationSpec[];
  /** Ranges drawn with every cell bordered (the printed table). */
  borders: LayoutRange[];
  /** Conditional fills: `background` where the custom formula (relative to the range's first row) holds. */
  highlights: { range: LayoutRange; formula: string; background: string }[];
  /** Row groups of depth 1, each with its toggle on the row before it (its heading); collapsed: folded. */
  rowGroups?: { row: number; numRows: number; collapsed: boolean }[];
  /** Grid size the sheet is trimmed to (a new sheet is 1000×26): the block plus room to grow. */
  gridRows: number;
  gridColumns: number;
}

const DEFAULT_FONT_SIZE = 10;

/** Collects cells row by row, then turns them into the layout's rectangular arrays. */
export class LayoutBuilder {
  private readonly cells = new Map<string, { value: LayoutValue; style: CellStyle }>();
  private readonly merges: LayoutRange[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly formats: { range: LayoutRange; format: string }[] = [];
  private readonly borders: LayoutRange[] = [];
  private readonly highlights: SheetLayout['highlights'] = [];
  private lastRow = 0;

  constructor(readonly numColumns: number) {}

  get rows(): number {
    return this.lastRow;
  }

  set(row: number, column: number, value: LayoutValue, style: CellStyle = {}): this {
    this.cells.set(`${row}:${column}`, { value, style });
    this.lastRow = Math.max(this.lastRow, row);
    return this;
  }

  /** Styles a cell without changing its value (e.g. an empty cell inside a coloured band). */
  style(row: number, column: number, style: CellStyle): this {
    const cur = this.cells.get(`${row}:${column}`);
    this.cells.set(`${row}:${column}`, { value: cur?.value ?? '', style: { ...cur?.style, ...style } });
    this.lastRow = Math.max(this.lastRow, row);
    return this;
  }

  /** Writes one value across merged columns of a row, styling every cell of the merge alike. */
  merged(row: number, column: number, numColumns: number, value: LayoutValue, style: CellStyle = {}): this {
    this.set(row, column, value, style);
    for (let c = column + 1; c < column + numColumns; c++) this.style(row, c, style);
    if (numColumns > 1) this.merges.push({ row, column, numRows: 1, numColumns });
    return this;
  }

  /** Leaves a blank row (so the block's height counts it). */
  blank(row: number): this {
    this.lastRow = Math.max(this.lastRow, row);
    return this;
  }

  validate(spec: ValidationSpec): this {
    this.validations.push(spec);
    return this;
  }

  numberFormat(range: LayoutRange, format: string): this {
    this.formats.push({ range, format });
    return this;
  }

  border(range: LayoutRange): this {
    this.borders.push(range);
    return this;
  }

  highlightWhen(range: LayoutRange, formula: string, background: string): this {
    this.highlights.push({ range, formula, background });
    return this;
  }

  build(opts: { columnWidths: number[]; frozenRows: number; spareRows: number }): SheetLayout {
    const grid = <T>(f: (s: CellStyle, v: LayoutValue) => T): T[][] =>
      Array.from({ length: this.lastRow }, (_, r) =>
        Array.from({ length: this.numColumns }, (_, c) => {
          const cell = this.cells.get(`${r + 1}:${c + 1}`);
          return f(cell?.style ?? {}, cell?.value ?? '');
        }));
    return {
      numRows: this.lastRow,
      numColumns: this.numColumns,
      values: grid((_, v) => v),
      fontWeights: grid((s) => (s.bold ? 'bold' : 'normal')),
      fontStyles: grid((s) => (s.italic ? 'italic' : 'normal')),
      fontSizes: grid((s) => s.fontSize ?? DEFAULT_FONT_SIZE),
      backgrounds: grid((s) => s.background ?? null),
      horizontalAlignments: grid((s) => s.align ?? 'left'),
      verticalAlignments: grid((s) => s.valign ?? 'middle'),
      wraps: grid((s) => s.wrap ?? false),
      numberFormats: [...this.formats],
      merges: [...this.merges],
      columnWidths: opts.columnWidths,
      frozenRows: opts.frozenRows,
      validations: [...this.validations],
      borders: [...this.borders],
      highlights: [...this.highlights],
      gridRows: this.lastRow + opts.spareRows,
      gridColumns: this.numColumns,
    };
  }
}

/** A1 notation of a 1-based cell, e.g. (25, 3) → "C25". */
export function a1(row: number, column: number): string {
  let s = '';
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}
