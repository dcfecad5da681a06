/**
 * Spreadsheet and Sheet: names, insertSheet, copyTo, row/column insertion, extent, layout.
 * References: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
 *             https://developers.google.com/apps-script/reference/spreadsheet/sheet
 */
import { setup } from './spreadsheet-fixture';

describe('Spreadsheet (reference/spreadsheet/spreadsheet)', () => {
  it('identifies itself and opens only by its own id', () => {
    const { app, ss } = setup();
    expect(ss.getId()).toBe('sheet-123');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-123/edit');
    expect(app.openById('sheet-123').getName()).toBe('Dân vận khéo 2021');
    expect(() => app.openById('other')).toThrow();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
  });

  it('inserts sheets at a 0-based index, activates them, and refuses duplicate names (#insertSheet)', () => {
    const { ss } = setup();
    const a = ss.insertSheet('Phường 1');
    expect(ss.getActiveSheet().getName()).toBe('Phường 1');
    ss.insertSheet('TỔNG HỢP', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['TỔNG HỢP', 'Trang tính1', 'Phường 1']);
    expect(a.getIndex()).toBe(3);
    expect(() => ss.insertSheet('Phường 1')).toThrow('A sheet with the name "Phường 1" already exists. Please enter another name.');
    expect(() => a.setName('tổng hợp')).toThrow('already exists');
    expect(() => a.setName('')).toThrow('Invalid argument');
    expect(ss.insertSheet().getName()).toBe('Trang tính4');
    expect(ss.getSheetByName('Phường 1')!.getSheetId()).toBe(a.getSheetId());
    expect(ss.getSheetById(a.getSheetId())!.getName()).toBe('Phường 1');
    expect(ss.getSheetByName('nope')).toBeNull();
  });

  it('reads a sheet-qualified A1 range and moves and deletes sheets', () => {
    const { ss } = setup();
    const unit = ss.insertSheet('Đơn vị 1');
    unit.getRange('B2').setValue('x');
    expect(ss.getRange("'Đơn vị 1'!B2").getValue()).toBe('x');
    unit.activate();
    ss.moveActiveSheet(1);
    expect(ss.getSheets()[0].getName()).toBe('Đơn vị 1');
    ss.deleteSheet(unit);
    expect(ss.getNumSheets()).toBe(1);
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow();
  });

  it('inserts a sheet from a template with its content (#insertSheet(sheetName, options))', () => {
    const { ss } = setup();
    const form = ss.getSheets()[0].setName('BẢNG ĐĂNG KÝ');
    form.getRange('A1').setValue('Tên mô hình').setNote('bắt buộc');
    const unit = ss.insertSheet('Phường 2', { template: form });
    expect(unit.getRange('A1').getValue()).toBe('Tên mô hình');
    expect(unit.getRange('A1').getNote()).toBe('bắt buộc');
  });
});

describe('Sheet.copyTo (reference/spreadsheet/sheet#copyTo)', () => {
  it('names the copy "Copy of X" and copies data, formats, validations, merges, sizes and rules but not protections or metadata', () => {
    const { app, ss, data } = setup();
    const src = ss.getSheets()[0].setName('MẪU');
    src.getRange('A1:B1').setValues([['Tiêu đề', '']]).merge().setBackground('#ffff00');
    src.getRange('A2').setDataValidation(app.newDataValidation().requireDate().build());
    src.setFrozenRows(1);
    src.setColumnWidth(2, 250);
    src.setConditionalFormatRules([app.newConditionalFormatRule().whenCellEmpty().setBackground('#FF0000').setRanges([src.getRange('A2:A10')]).build()]);
    src.protect().setDescription('mẫu');
    src.addDeveloperMetadata('dvk.unit', 'p1');

    const copy = src.copyTo(ss);
    expect(copy.getName()).toBe('Copy of MẪU');
    expect(copy.getSheetId()).not.toBe(src.getSheetId());
    expect(copy.getRange('A1').getValue()).toBe('Tiêu đề');
    expect(copy.getRange('A1').getBackground()).toBe('#ffff00');
    expect(copy.getRange('A1:B1').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:B1']);
    expect(String(copy.getRange('A2').getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getColumnWidth(2)).toBe(250);
    expect(copy.getConditionalFormatRules()[0].getRanges()[0].getA1Notation()).toBe('A2:A10');
    expect(copy.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
    expect(copy.getDeveloperMetadata()).toHaveLength(0);
    expect(src.copyTo(ss).getName()).toBe('Copy of MẪU 2');
    // Writing to the copy leaves the original alone.
    copy.getRange('A1').setValue('khác');
    expect(src.getRange('A1').getValue()).toBe('Tiêu đề');
    expect(data.sheets).toHaveLength(3);
  });
});

describe('Sheet extent and structure (reference/spreadsheet/sheet#insertRowsAfter, #getLastRow)', () => {
  it('reports the last non-empty row and column and the data range', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('A7').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.appendRow(['next']);
    expect(sheet.getRange('A6').getValue()).toBe('next');
  });

  it('shifts values, notes, validations, merges, protections and sizes when rows are inserted', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A3').setValue('row3').setNote('n3');
    sheet.getRange('B3').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.getRange('A5:B5').merge();
    sheet.setRowHeight(3, 40);
    const p = sheet.getRange('A3:B4').protect();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A3').getValue()).toBe('');
    expect(sheet.getRange('A5').getValue()).toBe('row3');
    expect(sheet.getRange('A5').getNote()).toBe('n3');
    expect(String(sheet.getRange('B5').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(sheet.getRange('A7').getMergedRanges()[0].getA1Notation()).toBe('A7:B7');
    expect(p.getRange().getA1Notation()).toBe('A5:B6');
    expect(sheet.getRowHeight(5)).toBe(40);
    expect(sheet.getRowHeight(3)).toBe(21);

    sheet.deleteRows(1, 4);
    expect(sheet.getRange('A1').getValue()).toBe('row3');
    expect(p.getRange().getA1Notation()).toBe('A1:B2');
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B1').getNote()).toBe('n3');
    expect(p.getRange().getA1Notation()).toBe('B1:C2');
    expect(() => sheet.deleteRows(1, sheet.getMaxRows())).toThrow();
  });

  it('keeps frozen rows, widths, visibility and tab colour', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('A');
    sheet.setFrozenRows(3);
    sheet.setFrozenColumns(1);
    sheet.setColumnWidths(1, 3, 80);
    sheet.setTabColor('#00FF00');
    sheet.hideSheet();
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns(), sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([3, 1, 80, 100]);
    expect(sheet.getTabColor()).toBe('#00ff00');
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it('hides and shows columns, which move with columns inserted before them', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideColumns(Integer,Integer)
    const { ss } = setup();
    const sheet = ss.insertSheet('A');
    sheet.getRange('C1').setValue('giữ');
    sheet.hideColumns(3);
    expect([2, 3, 4].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true, false]);
    expect(sheet.getRange('C1').getValue()).toBe('giữ');
    sheet.insertColumnsBefore(1, 2);
    expect([3, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([false, true]);
    sheet.showColumns(5);
    expect(sheet.isColumnHiddenByUser(5)).toBe(false);
    expect(() => sheet.hideColumns(sheet.getMaxColumns() + 1)).toThrow('Those columns are out of bounds.');
  });

  it('clears contents, formats and notes separately', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1').setValue(1).setBackground('#ff0000').setNote('n');
    sheet.clearContents();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground(), sheet.getRange('A1').getNote()]).toEqual(['', '#ff0000', 'n']);
    sheet.clearFormats();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.clearNotes();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });
});

describe('Conditional formats and charts (reference/spreadsheet/conditional-format-rule-builder, embedded-chart-builder)', () => {
  it('reads conditional format rules back', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    const rule = app.newConditionalFormatRule().whenTextEqualTo('Quá hạn').setBackground('#F4CCCC').setBold(true).setRanges([sheet.getRange('C2:C50')]).build();
    sheet.setConditionalFormatRules([rule]);
    const [back] = sheet.getConditionalFormatRules();
    expect(String(back.getBooleanCondition()!.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    expect(back.getBooleanCondition()!.getCriteriaValues()).toEqual(['Quá hạn']);
    expect(back.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder: requireTextIsEmail()
  // "requires that the input is in the form of an email address"; requireFormulaSatisfied(formula) "requires that the
  // given formula evaluates to true"; getCriteriaValues() returns the rule's arguments (Cấu hình's e-mail checks).
  it('builds e-mail and custom formula validations as their criteria, the formula as the criteria value', () => {
    const { app, ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A2:A3').setDataValidation(app.newDataValidation().requireTextIsEmail().setAllowInvalid(false).build());
    const formula = '=REGEXMATCH(TO_TEXT(C2),"^[^@]+@[^@]+$")';
    sheet.getRange('C2:C9').setDataValidation(app.newDataValidation().requireFormulaSatisfied(formula).setAllowInvalid(true).setHelpText('E-mail').build());
    const email = sheet.getRange('A3').getDataValidation()!;
    expect([String(email.getCriteriaType()), email.getCriteriaValues(), email.getAllowInvalid()]).toEqual(['TEXT_IS_VALID_EMAIL', [], false]);
    const custom = sheet.getRange('C9').getDataValidation()!;
    expect([String(custom.getCriteriaType()), custom.getCriteriaValues(), custom.getAllowInvalid(), custom.getHelpText()]).toEqual(['CUSTOM_FORMULA', [formula], true, 'E-mail']);
  });

  it('inserts, updates and removes a chart that keeps its id', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    const built = sheet.newChart().addRange(sheet.getRange('A1:B5')).setChartType('COLUMN' as unknown as GoogleAppsScript.Charts.ChartType)
      .setPosition(2, 4, 0, 0).setOption('title', 'Số mô hình').build();
    sheet.insertChart(built);
    const [chart] = sheet.getCharts();
    const id = chart.getChartId();
    expect(id).not.toBeNull();
    sheet.updateChart(chart.modify().setOption('title', 'Mới').build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0].getChartId()).toBe(id);
    expect(sheet.getCharts()[0].getOptions().get('title')).toBe('Mới');
    expect(sheet.getCharts()[0].getRanges()[0].getA1Notation()).toBe('A1:B5');
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });
});
