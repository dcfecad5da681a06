/**
 * Range values, formulas, display values, notes, formats, merges and validation.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/range
 */
import * as vm from 'node:vm';
import { setup } from './spreadsheet-fixture';

describe('Range values (reference/spreadsheet/range#getValues, #setValues)', () => {
  it('uses 1-based coordinates and returns "" for empty cells', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange(2, 3, 1, 2).setValues([['Mô hình A', 5]]);
    expect(sheet.getRange('B2:D2').getValues()).toEqual([['', 'Mô hình A', 5]]);
    expect(sheet.getRange('C2').getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 3, 2).getA1Notation()).toBe('C2:D4');
  });

  it('returns fresh arrays and copies of Dates, so callers cannot corrupt the sheet', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:B1');
    const d = new Date(Date.UTC(2021, 3, 30, 17));
    range.setValues([[d, 'x']]);
    d.setUTCFullYear(1999);
    const read = range.getValues();
    expect(read[0][0]).toBeInstanceOf(Date);
    expect((read[0][0] as Date).getUTCFullYear()).toBe(2021);
    (read[0][0] as Date).setUTCFullYear(2000);
    read[0][1] = 'changed';
    expect(range.getValues()).toEqual([[new Date(Date.UTC(2021, 3, 30, 17)), 'x']]);
  });

  it('stores Dates made in the add-on\'s node:vm sandbox as dates, not text', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1');
    const sandboxDate = vm.runInNewContext('new Date(Date.UTC(2021, 3, 29, 17))') as Date;
    expect(sandboxDate instanceof Date).toBe(false);
    range.setValue(sandboxDate);
    expect(range.getValue()).toBeInstanceOf(Date);
    expect(range.getDisplayValue()).toBe('30/04/2021');
  });

  it('writes null and undefined as empty cells', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:C1');
    range.setValues([[1, 2, 3]]);
    range.setValues([[null, undefined, 0]]);
    expect(range.getValues()).toEqual([['', '', 0]]);
  });

  it('rejects data whose dimensions differ from the range, with Apps Script\'s messages', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:B2');
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => range.setValues([[1, 2], [3, 4, 5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(range.getValues()).toEqual([['', ''], ['', '']]);
  });

  it('rejects coordinates outside the sheet or below 1', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('stores a value starting with "=" as a formula; its value, which Google computes and the emulator cannot, is refused loudly, never read as ""', () => {
    // range#getValues: "Returns the rectangular grid of values for this range" — a formula's computed value.
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:A2').setValues([[2], [3]]);
    sheet.getRange('A3').setValue('=SUM(A1:A2)');
    const refused = /^Emulator: cannot read the value of 'Trang tính1'!A3, the formula =SUM\(A1:A2\)\. Google returns its computed value/;
    expect(() => sheet.getRange('A3').getValue()).toThrow(refused);
    expect(() => sheet.getRange('A1:A3').getValues()).toThrow(refused);
    expect(() => sheet.getDataRange().getDisplayValues()).toThrow(refused);
    // Cells beside it read as before; the formula's text reads too.
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[2], [3]]);
    expect(sheet.getRange('A3').getFormula()).toBe('=SUM(A1:A2)');
    expect(sheet.getRange('A1:A3').getFormulas()).toEqual([[''], [''], ['=SUM(A1:A2)']]);
    sheet.getRange('A3').setValue('plain');
    expect(sheet.getRange('A3').getFormula()).toBe('');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([[2], [3], ['plain']]);
  });

  it('getValues of the HYPERLINK the add-on writes returns its label (the computed value), getFormulas its text', () => {
    // range#getValues returns computed values; the Tổng hợp link cell is read back as its label.
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    const f = '=HYPERLINK("https://x#gid=7","Phường ""Bến"" Nghé")';
    sheet.getRange('B1').setValue(f);
    expect(sheet.getRange('B1').getValue()).toBe('Phường "Bến" Nghé');
    expect(sheet.getRange('B1').getFormulas()).toEqual([[f]]);
    sheet.getRange('B2').setFormula('=HYPERLINK("https://x")');
    expect(sheet.getRange('B2').getValues()).toEqual([['https://x']]);
  });

  it('shows dates as dd/MM/yyyy in a vi_VN spreadsheet, in its time zone, and honours number formats', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    // 30/04/2021 00:30 in Ho Chi Minh City is still 29/04 in UTC.
    sheet.getRange('A1:C1').setValues([[new Date(Date.UTC(2021, 3, 29, 17, 30)), 12.5, true]]);
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['30/04/2021', '12.5', 'TRUE']]);
    sheet.getRange('A1').setNumberFormat('dd/MM/yyyy HH:mm');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('30/04/2021 00:30');
    expect(sheet.getRange('B2').getDisplayValue()).toBe('');
  });
});

describe('Notes and formats (reference/spreadsheet/range#setNote, #setBackground)', () => {
  it('reads back notes, backgrounds (null resets to white) and font settings', () => {
    const { ss } = setup();
    const range = ss.getSheets()[0].getRange('A1:B1');
    range.setNotes([['Ghi chú', null]]);
    range.setBackgrounds([['#FF0000', null]]);
    range.setFontWeight('bold');
    expect(range.getNotes()).toEqual([['Ghi chú', '']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#ffffff']]);
    expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
    range.setBackground(null);
    range.clearNote();
    expect(range.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    expect(range.getNotes()).toEqual([['', '']]);
    expect(() => range.setBackgrounds([['#fff']])).toThrow('The number of columns in the data does not match');
  });
});

describe('Merges (reference/spreadsheet/range#merge)', () => {
  it('merges, keeps the top-left value, and refuses to merge across part of another merge', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B1').setValues([['Tiêu đề', 'lost']]);
    sheet.getRange('A1:B1').merge();
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['Tiêu đề', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('B1:C1').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1']);
    expect(() => sheet.getRange('B1:C1').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1']);
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('A1:C1').isPartOfMerge()).toBe(false);
  });
});

describe('Data validation (reference/spreadsheet/data-validation-builder)', () => {
  it('builds list and date rules that allow invalid data by default and reads them back', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    const list = app.newDataValidation().requireValueInList(['Có', 'Không'], true).setHelpText('Chọn').build();
    expect(list.getAllowInvalid()).toBe(true);
    sheet.getRange('A2:A3').setDataValidation(list);
    const read = sheet.getRange('A3').getDataValidation()!;
    expect(String(read.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(read.getCriteriaValues()).toEqual([['Có', 'Không'], true]);
    expect(read.getHelpText()).toBe('Chọn');
    expect(sheet.getRange('A4').getDataValidation()).toBeNull();

    const start = new Date(Date.UTC(2021, 0, 1));
    const end = new Date(Date.UTC(2021, 11, 31));
    const dates = app.newDataValidation().requireDateBetween(start, end).setAllowInvalid(false).build();
    sheet.getRange('B2').setDataValidation(dates);
    const back = sheet.getRange('B2').getDataValidations()[0][0]!;
    expect(String(back.getCriteriaType())).toBe(String(app.DataValidationCriteria.DATE_BETWEEN));
    expect(back.getCriteriaValues()).toEqual([start, end]);
    expect(back.getAllowInvalid()).toBe(false);
    expect(String(back.copy().requireDate().build().getCriteriaType())).toBe('DATE_IS_VALID_DATE');

    sheet.getRange('A2:B3').clearDataValidations();
    expect(sheet.getRange('A2:B3').getDataValidations().flat()).toEqual([null, null, null, null]);
  });

  it('keeps a range criterion as a Range on its sheet', () => {
    const { app, ss } = setup();
    const lists = ss.insertSheet('DANH MỤC');
    const rule = app.newDataValidation().requireValueInRange(lists.getRange('A1:A5')).build();
    ss.getSheets()[0].getRange('C1').setDataValidation(rule);
    const [range, dropdown] = ss.getSheets()[0].getRange('C1').getDataValidation()!.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect(range.getSheet().getName()).toBe('DANH MỤC');
    expect(range.getA1Notation()).toBe('A1:A5');
    expect(dropdown).toBe(true);
  });
});

describe('Sheet.getRangeList (reference/spreadsheet/sheet#getrangelista1notations, range-list#setfontweightfontweight)', () => {
  it('formats ranges of the same sheet, given in A1, with one call; an empty list is refused', () => {
    const { ss, ctx } = setup();
    const sheet = ss.getSheets()[0];
    ctx.calls.reset();
    sheet.getRangeList(['A1:C1', 'B3']).setFontWeight('bold');
    expect(sheet.getRange('A1:C3').getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['normal', 'normal', 'normal'], ['normal', 'bold', 'normal']]);
    expect(ctx.calls.snapshot()).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.setFontWeight': 1, 'Range.getFontWeights': 1, 'Sheet.getRange': 1 });
    expect(() => sheet.getRangeList([])).toThrow('Invalid argument');
  });
});
