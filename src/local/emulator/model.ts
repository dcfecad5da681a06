/**
 * The plain data behind the emulator's Spreadsheet: what a workbook *is*, with no behaviour.
 * The SpreadsheetApp emulator reads and writes it; the .xlsx reader/writer converts it to and from
 * a file. Indices are 1-based, as in Apps Script. Only what the add-on and the file format need.
 */

/** What a cell holds: '' when empty (as Range.getValues returns), Date for date cells. */
export type CellValue = string | number | boolean | Date;

export interface DataValidationData {
  /** The DataValidationCriteria name, e.g. 'VALUE_IN_LIST', 'DATE_IS_VALID_DATE', 'DATE_BETWEEN'. */
  criteria: string;
  /** Criteria arguments as Apps Script's getCriteriaValues() returns them (list items, dates…). */
  args: unknown[];
  allowInvalid: boolean;
  helpText?: string;
}

export interface CellData {
  value: CellValue;
  /** A formula such as '=SUM(A1:A3)'; kept, never evaluated (value then holds the cached result or ''). */
  formula?: string;
  /** The formula's value is unknown (not computable here, no cached result): reading it throws (formula-value). */
  uncomputed?: true;
  note?: string;
  /** '#rrggbb' lower case, as Range.getBackground returns. */
  background?: string;
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontColor?: string;
  fontSize?: number;
  fontStyle?: 'italic' | 'normal';
  horizontalAlignment?: 'left' | 'center' | 'right';
  verticalAlignment?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Sides with a border (Range.setBorder; solid black, the default style and colour). */
  border?: { top?: boolean; left?: boolean; bottom?: boolean; right?: boolean };
  validation?: DataValidationData;
}

export interface GridRange {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface DeveloperMetadataData {
  id: number;
  key: string;
  value: string | null;
  visibility: 'DOCUMENT' | 'PROJECT';
  /** Where it is attached: the spreadsheet, a sheet (by sheet id), or a row/column span of a sheet. */
  location:
    | { type: 'SPREADSHEET' }
    | { type: 'SHEET'; sheetId: number }
    | { type: 'ROW' | 'COLUMN'; sheetId: number; start: number; count: number };
}

export interface ProtectionData {
  id: number;
  type: 'SHEET' | 'RANGE';
  sheetId: number;
  /** For RANGE protections; the whole sheet for SHEET ones. */
  range?: GridRange;
  /** Ranges left editable inside a SHEET protection. */
  unprotectedRanges: GridRange[];
  description: string;
  /** E-mails allowed to edit, besides the owner (who always can). */
  editors: string[];
  warningOnly: boolean;
  domainEdit: boolean;
  /**
   * False until a script first changes the editors or domain edit: until then the protection
   * "mirrors the spreadsheet" and anyone who can edit the file can edit (Sheet.protect() docs).
   */
  editorsSet: boolean;
}

export interface ConditionalFormatRuleData {
  ranges: GridRange[];
  /** BooleanCriteria name, e.g. 'TEXT_EQUAL_TO', 'NUMBER_LESS_THAN', 'CUSTOM_FORMULA'. */
  criteria: string;
  args: unknown[];
  background?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface ChartData {
  id: number;
  type: string;
  ranges: GridRange[];
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface SheetData {
  id: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Sparse cells keyed by `${row}:${column}` (1-based); a missing key is an empty cell. */
  cells: Map<string, CellData>;
  merges: GridRange[];
  frozenRows: number;
  frozenColumns: number;
  /** Pixel widths by 1-based column; a missing entry is the default 100 px. */
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  /** Columns hidden by Sheet.hideColumns (1-based; the value is always 1, so they move like widths). */
  hiddenColumns: Map<number, number>;
  hidden: boolean;
  /** An .xlsx sheet state Sheets has not (it shows such a sheet as hidden), kept for the file's sake. */
  veryHidden?: boolean;
  tabColor: string | null;
  conditionalFormats: ConditionalFormatRuleData[];
  charts: ChartData[];
  /** The sheet's one basic filter (Range.createFilter), header row included; none when absent. */
  filter?: GridRange;
  /** Row groups, as maximal runs per depth (spreadsheet/row-groups.ts); absent: none. */
  rowGroups?: RowGroupData[];
  /** The group toggle on the row before each group (GroupControlTogglePosition.BEFORE); absent: after it. */
  rowGroupControlBefore?: boolean;
  /** Page setup used when printing/exporting the sheet. */
  print?: { landscape?: boolean; paper?: 'A4'; fitToWidth?: boolean; repeatRows?: number; area?: GridRange;
    /** Rows printed at the top of every page (the form's column headers), 1-based inclusive; .xlsx print titles. */
    titleRows?: { first: number; last: number };
    /** Manual page breaks: a new page starts after each of these rows (1-based); .xlsx row breaks. */
    rowBreaks?: number[] };
}

/** Rows start…start+count-1 grouped at `depth` (1: outermost); collapsed: folded. */
export interface RowGroupData { start: number; count: number; depth: number; collapsed: boolean }

/** A name for a block of one sheet. */
export interface NamedRangeData {
  name: string;
  sheetId: number;
  range: GridRange;
}

export interface SpreadsheetData {
  id: string;
  name: string;
  /** The owner: always an editor, never removable from a protection. */
  owner: string;
  /** Editors the file is shared with (Spreadsheet.addEditor), besides the owner. */
  editors: string[];
  timeZone: string;
  locale: string;
  /** In sheet order. */
  sheets: SheetData[];
  protections: ProtectionData[];
  developerMetadata: DeveloperMetadataData[];
  /** Named ranges (Spreadsheet.setNamedRange); absent when there are none. */
  namedRanges?: NamedRangeData[];
  /** Counters for ids handed out (sheet ids, metadata ids, protection ids). */
  nextId: number;
}

export const cellKey = (row: number, column: number): string => `${row}:${column}`;

export function newSheetData(id: number, name: string, maxRows = 1000, maxColumns = 26): SheetData {
  return {
    id, name, maxRows, maxColumns, cells: new Map(), merges: [], frozenRows: 0, frozenColumns: 0,
    columnWidths: new Map(), rowHeights: new Map(), hiddenColumns: new Map(), hidden: false, tabColor: null,
    conditionalFormats: [], charts: [],
  };
}

export function newSpreadsheetData(opts: { id?: string; name?: string; owner: string; timeZone?: string }): SpreadsheetData {
  const data: SpreadsheetData = {
    id: opts.id ?? 'local-spreadsheet', name: opts.name ?? 'Untitled spreadsheet', owner: opts.owner, editors: [],
    timeZone: opts.timeZone ?? 'Asia/Ho_Chi_Minh', locale: 'vi_VN', sheets: [], protections: [], developerMetadata: [], nextId: 1,
  };
  data.sheets.push(newSheetData(0, 'Trang tính1'));
  return data;
}
