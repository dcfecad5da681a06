/**
 * A sheet's basic filter: Range.createFilter, Sheet.getFilter / Range.getFilter, Filter.getRange / remove.
 * References:
 * - https://developers.google.com/apps-script/reference/spreadsheet/range#createFilter()
 *   "You can't create more than one filter on a sheet." The exception's wording, as scripts meet it:
 *   "You can't create a filter in a sheet that already has a filter." (github.com/educrvz/sos-antiveneno/pull/6)
 * - https://developers.google.com/apps-script/reference/spreadsheet/sheet#getFilter() (null when none)
 * - https://developers.google.com/apps-script/reference/spreadsheet/filter (getRange, remove)
 */
import { as, EDITOR, setup } from './spreadsheet-fixture';

describe('Filter (reference/spreadsheet/filter)', () => {
  it('is created over a range, found from the sheet or any range of it, and removed', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Danh sách mô hình');
    expect(sheet.getFilter()).toBeNull();
    const f = sheet.getRange('A1:H13').createFilter();
    expect(f.getRange().getA1Notation()).toBe('A1:H13');
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:H13');
    expect(sheet.getRange('Z900').getFilter()!.getRange().getA1Notation()).toBe('A1:H13');
    expect(ss.getSheetByName('Trang tính1')!.getFilter()).toBeNull();
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.getRange('B2:C3').createFilter().getRange().getA1Notation()).toBe('B2:C3');
  });

  it('refuses a second filter on the same sheet with Apps Script\'s message, keeping the first', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:C5').createFilter();
    expect(() => sheet.getRange('A1:D9').createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:C5');
  });

  it('grows with rows inserted inside it, not with rows added right below, and shrinks with deleted rows', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:H5').createFilter();
    sheet.insertRowsAfter(3, 2); // inside: A1:H7
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:H7');
    sheet.insertRowsAfter(7, 3); // below its last row: unchanged
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:H7');
    sheet.insertRowsBefore(1, 1); // above: moves down
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A2:H8');
    sheet.deleteRows(5, 2);
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A2:H6');
    sheet.deleteRows(1, 6); // every filtered row gone: no filter left
    expect(sheet.getFilter()).toBeNull();
  });

  it('is copied with the sheet (copyTo), each copy having its own', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B4').createFilter();
    const copy = sheet.copyTo(ss);
    expect(copy.getFilter()!.getRange().getA1Notation()).toBe('A1:B4');
    copy.getFilter()!.remove();
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:B4');
  });

  it('counts each call as a service call and refuses changes a sheet protection forbids', () => {
    const { ss, ctx } = setup();
    const sheet = ss.insertSheet('Tổng hợp');
    sheet.protect().removeEditors([EDITOR]);
    ctx.calls.reset();
    sheet.getRange('A1:C3').createFilter();
    sheet.getFilter()!.getRange();
    expect(ctx.calls.snapshot()).toMatchObject({ 'Sheet.getRange': 1, 'Range.createFilter': 1, 'Sheet.getFilter': 1, 'Filter.getRange': 1 });
    const theirs = as(ctx, EDITOR).getSheetByName('Tổng hợp')!;
    expect(() => theirs.getFilter()!.remove()).toThrow('You are trying to edit a protected cell or object');
    expect(() => theirs.getRange('A5:B6').createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    expect(sheet.getFilter()).not.toBeNull();
  });
});
