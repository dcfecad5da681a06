/**
 * Row groups, which Cấu hình's "Nâng cao" part is folded into.
 * References: https://developers.google.com/apps-script/reference/spreadsheet/group (a group is an interval of
 *             contiguous rows that expand or collapse as a unit; its control toggle is on the row directly before or
 *             after it, depending on settings; remove() reduces the group depth of its range by one)
 *             https://developers.google.com/apps-script/reference/spreadsheet/range#shiftRowGroupDepth(Integer)
 *             (creates, modifies or deletes groups that intersect the range)
 *             https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRowGroup(Integer,Integer)
 *             (the row group at the given index and depth; null when there is none)
 */
import { setup, as, EDITOR } from './spreadsheet-fixture';

type Position = GoogleAppsScript.Spreadsheet.GroupControlTogglePosition;

describe('row groups (reference/spreadsheet/group)', () => {
  it('groups rows by depth, finds a group by a row inside it, folds it, and removes it', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('5:9').shiftRowGroupDepth(1);
    expect(sheet.getRowGroup(4, 1)).toBeNull();
    const g = sheet.getRowGroup(7, 1)!;
    expect([g.getDepth(), g.getRange().getRow(), g.getRange().getNumRows(), g.isCollapsed()]).toEqual([1, 5, 5, false]);
    expect(sheet.getRowGroup(7, 2)).toBeNull();
    expect(g.collapse().isCollapsed()).toBe(true);
    expect(sheet.getRowGroup(5, 1)!.isCollapsed()).toBe(true);
    expect(g.expand().isCollapsed()).toBe(false);
    // A nested group inside, then removing the outer one lowers every row by one.
    sheet.getRange('6:7').shiftRowGroupDepth(1);
    expect([sheet.getRowGroupDepth(5), sheet.getRowGroupDepth(6), sheet.getRowGroupDepth(10)]).toEqual([1, 2, 0]);
    sheet.getRowGroup(5, 1)!.remove();
    expect([sheet.getRowGroupDepth(5), sheet.getRowGroupDepth(6)]).toEqual([0, 1]);
    expect(sheet.getRowGroup(6, 1)!.getRange().getA1Notation()).toBe(`A6:${String.fromCharCode(64 + sheet.getMaxColumns())}7`);
    sheet.getRange('6:7').shiftRowGroupDepth(-1);
    expect(sheet.getRowGroup(6, 1)).toBeNull();
  });

  it('puts the toggle after the group unless the control position is BEFORE', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('5:9').shiftRowGroupDepth(1);
    expect(String(sheet.getRowGroupControlPosition())).toBe('AFTER');
    expect(sheet.getRowGroup(5, 1)!.getControlIndex()).toBe(10);
    sheet.setRowGroupControlPosition('BEFORE' as unknown as Position);
    expect(sheet.getRowGroup(5, 1)!.getControlIndex()).toBe(4);
  });

  it('widens a group for rows inserted inside it, moves it for rows inserted above, and keeps it folded', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('5:9').shiftRowGroupDepth(1);
    sheet.getRowGroup(5, 1)!.collapse();
    sheet.insertRowsBefore(2, 3);
    expect(sheet.getRowGroup(8, 1)!.getRange().getA1Notation().replace(/[A-Z]+/g, '')).toBe('8:12');
    sheet.insertRowsAfter(9, 2);
    const g = sheet.getRowGroup(8, 1)!;
    expect([g.getRange().getRow(), g.getRange().getNumRows(), g.isCollapsed()]).toEqual([8, 7, true]);
    sheet.deleteRows(8, 7);
    expect(sheet.getRowGroup(8, 1)).toBeNull();
  });

  it('refuses to fold a protected sheet’s group for someone outside its editors', () => {
    const { ss, ctx } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('5:9').shiftRowGroupDepth(1);
    sheet.protect().removeEditors([EDITOR]);
    const theirs = as(ctx, EDITOR).getSheets()[0];
    expect(() => theirs.getRowGroup(5, 1)!.collapse()).toThrow();
    expect(() => theirs.getRange('1:2').shiftRowGroupDepth(1)).toThrow();
  });
});
