/**
 * Named ranges: the add-on's export-proof marker on each unit tab.
 * References: https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range
 *             https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangebynamename
 *             https://developers.google.com/apps-script/reference/spreadsheet/named-range
 * Where the reference is silent (which names are valid, a name already taken, a deleted sheet) the
 * emulator takes the stricter case (see src/local/emulator/spreadsheet/named-range.ts).
 */
import { as, OTHER, setup } from './spreadsheet-fixture';

describe('Named ranges', () => {
  it('names a range, finds it by name (any case) and lists it, whatever the sheet is renamed to', () => {
    const { ss } = setup();
    const tab = ss.insertSheet('Phường 1');
    ss.setNamedRange('DVK_phuong_1', tab.getRange('A1'));
    tab.setName('P.1 (đổi tên)');
    expect(ss.getRangeByName('dvk_PHUONG_1')!.getSheet().getName()).toBe('P.1 (đổi tên)');
    expect(ss.getRangeByName('DVK_phuong_1')!.getA1Notation()).toBe('A1');
    expect(ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getSheet().getSheetId()])).toEqual([['DVK_phuong_1', tab.getSheetId()]]);
    expect(ss.getRangeByName('khong_co')).toBeNull();
  });

  it('setName, setRange and remove change the named range; removeNamedRange by name', () => {
    const { ss } = setup();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    ss.setNamedRange('marker', a.getRange('B2:C3'));
    const [n] = ss.getNamedRanges();
    n.setName('marker_b').setRange(b.getRange('A1'));
    expect(ss.getRangeByName('marker')).toBeNull();
    expect(ss.getRangeByName('marker_b')!.getSheet().getName()).toBe('B');
    ss.getNamedRanges()[0].remove();
    expect(ss.getNamedRanges()).toEqual([]);
    ss.setNamedRange('again', a.getRange('A1'));
    ss.removeNamedRange('again');
    expect(ss.getNamedRanges()).toEqual([]);
    expect(() => ss.removeNamedRange('again')).toThrow('Range not found');
  });

  it('refuses names Sheets refuses (digits first, spaces, punctuation, TRUE, cell references) and, stricter, one already taken', () => {
    const { ss } = setup();
    const r = ss.getSheets()[0].getRange('A1');
    for (const bad of ['1st', 'có dấu', 'a.b', 'TRUE', 'false', 'A1', 'xfd100', 'R1C1', 'r2c', '', 'x'.repeat(251), 'Phường']) {
      expect(() => ss.setNamedRange(bad, r)).toThrow('Invalid argument: name');
    }
    ss.setNamedRange('_ok_1', r);
    expect(() => ss.setNamedRange('_OK_1', r)).toThrow('Invalid argument: name');
  });

  it('a deleted sheet takes its names with it; only editors of the file name ranges', () => {
    const { ss, ctx } = setup({ editors: [] });
    const tab = ss.insertSheet('Tạm');
    ss.setNamedRange('tam', tab.getRange('A1'));
    ss.deleteSheet(tab);
    expect(ss.getNamedRanges()).toEqual([]);
    const outsider = as(ctx, OTHER);
    expect(() => outsider.setNamedRange('x_1', outsider.getSheets()[0].getRange('A1'))).toThrow();
  });
});
