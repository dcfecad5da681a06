/** Ranges, values, Dates, sheet names and copies: SpreadsheetApp as the add-on uses it. */
import { cells, errorOf, inVietnamese, iso, throws, type Scenario } from '../scenario';

const RANGE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';
const SHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/sheet';
const SPREADSHEET = 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet';

export const SPREADSHEET_SCENARIOS: Scenario[] = [
  {
    id: 'range.one-based',
    behaviour: 'getRange(row, column, rows, columns) counts from 1; A1 notation names the same cells',
    source: `${RANGE}#getA1Notation()`,
    expected: ['C2:D4', 'A1'],
    observe: ({ sheet }) => {
      const s = sheet();
      return [s.getRange(2, 3, 3, 2).getA1Notation(), s.getRange(1, 1).getA1Notation()];
    },
  },
  {
    id: 'range.empty-is-empty-string',
    behaviour: "getValues gives '' for an empty cell, numbers and booleans as such",
    source: `${RANGE}#getValues()`,
    expected: [['', 'Mô hình A', 5, true]],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('B1:D1').setValues([['Mô hình A', 5, true]]);
      return cells(s.getRange('A1:D1').getValues());
    },
  },
  {
    id: 'range.null-writes-empty',
    behaviour: 'setValues writes null and undefined as empty cells',
    source: `${RANGE}#setValues(Object)`,
    expected: [['', '', 0]],
    observe: ({ sheet }) => {
      const r = sheet().getRange('A1:C1');
      r.setValues([[1, 2, 3]]);
      r.setValues([[null, undefined, 0]]);
      return cells(r.getValues());
    },
  },
  {
    id: 'range.date-round-trip',
    behaviour: 'a Date written comes back as a Date (same instant); its display is dd/MM/yyyy in a vi_VN file',
    source: `${RANGE}#getValues()`,
    expected: ['Date 2021-05-17T17:00:00.000Z', 'Date'],
    observe: ({ sheet }) => {
      const r = sheet().getRange('A1');
      r.setValue(new Date(Date.UTC(2021, 4, 17, 17)));
      const v = r.getValue();
      return [iso(v), Object.prototype.toString.call(v).slice(8, -1)];
    },
  },
  {
    id: 'range.display-vi-date',
    behaviour: 'in a vi_VN spreadsheet on Asia/Ho_Chi_Minh a date cell displays as dd/MM/yyyy, in the file\'s zone',
    source: `${RANGE}#getDisplayValues()`,
    expected: ['30/04/2021', 'dd/MM/yyyy HH:mm → 30/04/2021 00:30'],
    observe: ({ ss, sheet }) => inVietnamese(ss, () => {
      const r = sheet().getRange('A1');
      r.setValue(new Date(Date.UTC(2021, 3, 29, 17, 30)));
      const plain = r.getDisplayValue();
      r.setNumberFormat('dd/MM/yyyy HH:mm');
      return [plain, `dd/MM/yyyy HH:mm → ${r.getDisplayValue()}`];
    }),
  },
  {
    id: 'range.dimension-mismatch',
    behaviour: 'setValues with fewer rows than the range throws and writes nothing',
    source: `${RANGE}#setValues(Object)`,
    expected: ['error: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.', [['', ''], ['', '']]],
    observe: ({ sheet }) => {
      const r = sheet().getRange('A1:B2');
      return [errorOf(() => r.setValues([[1, 2]])), cells(r.getValues())];
    },
  },
  {
    id: 'range.outside-sheet',
    behaviour: 'a range below row 1 or past the grid (a new sheet is 1000×26) is refused',
    source: `${SHEET}#getRange(Integer,Integer)`,
    expected: [true, true, true, 1000, 26],
    observe: ({ sheet }) => {
      const s = sheet();
      return [throws(() => s.getRange(0, 1)), throws(() => s.getRange(1001, 1)), throws(() => s.getRange(1, 27)), s.getMaxRows(), s.getMaxColumns()];
    },
  },
  {
    id: 'range.formula-text',
    behaviour: "a value starting with '=' is stored as a formula (getFormula gives it back)",
    source: `${RANGE}#setValue(Object)`,
    expected: ['=SUM(A1:A2)', ['', '', '=SUM(A1:A2)']],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('A1:A2').setValues([[2], [3]]);
      s.getRange('A3').setValue('=SUM(A1:A2)');
      return [s.getRange('A3').getFormula(), s.getRange('A1:A3').getFormulas().map((r) => r[0])];
    },
  },
  {
    id: 'sheet.data-range',
    behaviour: 'getLastRow/getLastColumn count cells with content only; getDataRange spans A1 to them',
    source: `${SHEET}#getDataRange()`,
    expected: [0, 5, 3, 'A1:C5'],
    observe: ({ sheet }) => {
      const s = sheet();
      const empty = s.getLastRow();
      s.getRange('C5').setValue('x');
      s.getRange('A7').setBackground('#ff0000');
      return [empty, s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];
    },
  },
  {
    id: 'sheet.hide-columns',
    behaviour: 'hideColumns hides only the columns named (their values still read), they move with a column inserted before them, showColumns shows them again; outside the grid is refused',
    source: `${SHEET}#hideColumns(Integer,Integer)`,
    expected: [[false, true, true, false], 'x', [false, false, true, true], [false, false, false, true], true],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('B1').setValue('x');
      s.hideColumns(2, 2);
      const hidden = (n: number) => Array.from({ length: n }, (_, i) => s.isColumnHiddenByUser(i + 1));
      const first = hidden(4);
      const value = String(s.getRange('B1').getValue());
      s.insertColumnsBefore(1, 1);
      const moved = hidden(4);
      s.showColumns(3);
      return [first, value, moved, hidden(4), throws(() => s.hideColumns(s.getMaxColumns() + 1))];
    },
  },
  {
    id: 'sheet.name-unique',
    behaviour: 'sheet names are unique ignoring case; an empty name is refused',
    source: `${SPREADSHEET}#insertSheet(String)`,
    expected: [true, true, true],
    observe: ({ ss, sheet }) => {
      const s = sheet('Phường 1');
      const name = s.getName();
      return [throws(() => ss.insertSheet(name)), throws(() => sheet().setName(name.toUpperCase())), throws(() => s.setName(''))];
    },
  },
  {
    id: 'sheet.by-name-and-id',
    behaviour: 'getSheetByName finds a Vietnamese name exactly; getSheetById finds the sheet; a missing name is null',
    source: `${SPREADSHEET}#getSheetByName(String)`,
    expected: [true, true, null],
    observe: ({ ss, sheet }) => {
      const s = sheet('Đơn vị 1');
      return [ss.getSheetByName(s.getName())?.getSheetId() === s.getSheetId(),
        ss.getSheetById(s.getSheetId())?.getName() === s.getName(), ss.getSheetByName('không có tab này 0x1') as null];
    },
  },
  {
    id: 'sheet.qualified-a1',
    behaviour: "Spreadsheet.getRange(\"'Tab name'!B2\") reads another sheet by its quoted name",
    source: `${SPREADSHEET}#getRange(String)`,
    expected: 'x',
    observe: ({ ss, sheet }) => {
      const s = sheet("Đơn vị 'A'");
      s.getRange('B2').setValue('x');
      return ss.getRange(`'${s.getName().replace(/'/g, "''")}'!B2`).getValue() as string;
    },
  },
  {
    id: 'sheet.insert-index',
    behaviour: 'insertSheet(name, index) places the sheet at that 0-based index',
    source: `${SPREADSHEET}#insertSheet(String,Integer)`,
    expected: 0,
    observe: ({ ss, defer }) => {
      const s = ss.insertSheet(`conf-index-${Date.now() % 100000}`, 0);
      defer(() => ss.deleteSheet(s));
      return ss.getSheets()[0].getSheetId() === s.getSheetId() ? 0 : s.getIndex();
    },
  },
  {
    id: 'sheet.copy-to',
    behaviour: "copyTo names the copy 'Copy of X', copies values, merges and validation, not protections or developer metadata",
    source: `${SHEET}#copyTo(Spreadsheet)`,
    expected: ['Copy of', 'Tiêu đề', ['A1:B1'], true, 0, 0],
    observe: ({ ss, sheet, defer }) => {
      const src = sheet('MẪU');
      src.getRange('A1:B1').setValues([['Tiêu đề', '']]).merge();
      src.getRange('A2').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
      src.protect().setDescription('conformance');
      src.addDeveloperMetadata('conformance.copy', 'x');
      const copy = src.copyTo(ss);
      defer(() => ss.deleteSheet(copy));
      return [copy.getName().replace(` ${src.getName()}`, ''), copy.getRange('A1').getValue() as string,
        copy.getRange('A1:B1').getMergedRanges().map((r) => r.getA1Notation()), copy.getRange('A2').getDataValidation() !== null,
        copy.getProtections(SpreadsheetApp.ProtectionType.SHEET).length, copy.getDeveloperMetadata().length];
    },
  },
  {
    id: 'spreadsheet-app.create',
    behaviour: 'create(name) makes another file, owned by the caller, with one sheet and no developer metadata; openById reaches it, and what is set on it stays off the running file',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#create(String)',
    expected: [true, 1, true, 'Asia/Ho_Chi_Minh', ['conformance.created'], false],
    observe: ({ ss, me, record }) => {
      // The kit has no Drive scope to trash it: the file is left in the runner's Drive, named to say it may go.
      const made = SpreadsheetApp.create('Dân vận khéo – tệp kiểm tra tương thích (có thể xoá)');
      record(`left in Drive: ${made.getUrl()}`);
      made.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
      made.addDeveloperMetadata('conformance.created', '1');
      const again = SpreadsheetApp.openById(made.getId());
      return [made.getId() !== ss.getId(), made.getSheets().length, made.getOwner()?.getEmail() === me, again.getSpreadsheetTimeZone(),
        again.getDeveloperMetadata().map((m) => m.getKey()), ss.getDeveloperMetadata().some((m) => m.getKey() === 'conformance.created')];
    },
  },
  {
    id: 'sheet.insert-rows-shift',
    behaviour: 'insertRowsAfter shifts the values below down',
    source: `${SHEET}#insertRowsAfter(Integer,Integer)`,
    expected: [['a'], [''], [''], ['b']],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('A1:A2').setValues([['a'], ['b']]);
      s.insertRowsAfter(1, 2);
      return cells(s.getRange('A1:A4').getValues());
    },
  },
  {
    // shareWithUnits adds a file's missing unit e-mails in one addEditors call; one already there
    // (in any case) must not appear twice. Observed with the caller's own address: nobody is invited.
    id: 'spreadsheet.add-editors-once',
    behaviour: 'addEditors with an address already an editor or the owner (in any case) leaves getEditors listing that user once',
    source: `${SPREADSHEET}#addEditors(String)`,
    expected: 1,
    observe: ({ ss, me }) => {
      ss.addEditors([me, me.toUpperCase()]);
      return ss.getEditors().filter((u) => u.getEmail().toLowerCase() === me.toLowerCase()).length;
    },
  },
  {
    id: 'sheet.row-group-fold',
    behaviour: 'shiftRowGroupDepth(1) groups the rows; getRowGroup finds the group by a row inside it; collapse folds it; the toggle is after it, or before it once the control position is BEFORE',
    source: 'https://developers.google.com/apps-script/reference/spreadsheet/group',
    expected: [null, 5, 5, 1, true, 10, 4],
    observe: ({ sheet }) => {
      const s = sheet();
      s.getRange('5:9').shiftRowGroupDepth(1);
      const g = s.getRowGroup(7, 1)!;
      g.collapse();
      const after = g.getControlIndex();
      s.setRowGroupControlPosition(SpreadsheetApp.GroupControlTogglePosition.BEFORE);
      return [s.getRowGroup(4, 1) === null ? null : 'group', g.getRange().getRow(), g.getRange().getNumRows(), g.getDepth(),
        s.getRowGroup(5, 1)!.isCollapsed(), after, s.getRowGroup(5, 1)!.getControlIndex()];
    },
  },
];
