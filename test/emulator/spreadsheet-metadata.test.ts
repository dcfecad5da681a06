/**
 * Developer metadata on the spreadsheet, sheets and whole rows, found by key.
 * References: https://developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder
 *             https://developers.google.com/apps-script/reference/spreadsheet/sheet#createDeveloperMetadataFinder()
 *             https://developers.google.com/apps-script/reference/spreadsheet/range#addDeveloperMetadata(String)
 */
import { as, OTHER, setup } from './spreadsheet-fixture';

describe('Developer metadata', () => {
  it('finds unit tabs by key across the spreadsheet, whatever they were renamed to', () => {
    const { ss } = setup();
    ss.addDeveloperMetadata('dvk.campaign', '2021');
    const t1 = ss.insertSheet('Phường 1');
    const t2 = ss.insertSheet('Phường 2');
    t1.addDeveloperMetadata('dvk.unit', 'p1');
    t2.addDeveloperMetadata('dvk.unit', 'p2');
    t2.setName('P.2 (đã đổi tên)');

    const found = ss.createDeveloperMetadataFinder().withKey('dvk.unit').find();
    expect(found.map((m) => [m.getValue(), m.getLocation().getSheet()!.getName()])).toEqual([
      ['p1', 'Phường 1'], ['p2', 'P.2 (đã đổi tên)'],
    ]);
    expect(String(found[0].getLocation().getLocationType())).toBe('SHEET');
    expect(ss.createDeveloperMetadataFinder().withKey('dvk.unit').withValue('p2').find()).toHaveLength(1);
    expect(ss.getDeveloperMetadata().map((m) => m.getKey())).toEqual(['dvk.campaign']);
    expect(t1.createDeveloperMetadataFinder().withKey('dvk.unit').find().map((m) => m.getValue())).toEqual(['p1']);
    expect(t1.getDeveloperMetadata()[0].getVisibility().toString()).toBe('DOCUMENT');
  });

  it('attaches metadata to whole rows only, and the row metadata follows inserted rows', () => {
    const { ss } = setup();
    const sheet = ss.getSheets()[0];
    expect(() => sheet.getRange('A5:B5').addDeveloperMetadata('dvk.row')).toThrow('Developer metadata may only be added');
    sheet.getRange('5:5').addDeveloperMetadata('dvk.row', 'model-17');
    sheet.insertRowsBefore(2, 3);
    const [m] = sheet.createDeveloperMetadataFinder().withKey('dvk.row').find();
    expect(m.getLocation().getRow()!.getRow()).toBe(8);
    expect(sheet.getRange('1:10').createDeveloperMetadataFinder().find()).toHaveLength(1);
    expect(sheet.getRange('1:7').createDeveloperMetadataFinder().find()).toHaveLength(0);
    sheet.deleteRow(8);
    expect(sheet.createDeveloperMetadataFinder().withKey('dvk.row').find()).toHaveLength(0);
  });

  it('is not copied with the sheet and disappears with a deleted sheet', () => {
    const { ss } = setup();
    const t = ss.insertSheet('Phường 1');
    t.addDeveloperMetadata('dvk.unit', 'p1');
    t.copyTo(ss);
    expect(ss.createDeveloperMetadataFinder().withKey('dvk.unit').find()).toHaveLength(1);
    ss.deleteSheet(t);
    expect(ss.createDeveloperMetadataFinder().withKey('dvk.unit').find()).toHaveLength(0);
  });

  it('can be changed and removed by editors of the file only', () => {
    const { ss, ctx } = setup();
    ss.addDeveloperMetadata('k', 'v');
    const [m] = ss.getDeveloperMetadata();
    m.setValue('v2');
    expect(as(ctx, OTHER).getDeveloperMetadata()[0].getValue()).toBe('v2');
    expect(() => as(ctx, 'stranger@example.com').getDeveloperMetadata()[0].remove()).toThrow();
    m.remove();
    expect(ss.getDeveloperMetadata()).toHaveLength(0);
  });
});
