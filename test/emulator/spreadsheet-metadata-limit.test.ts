/**
 * Developer metadata storage limits: 30,000 characters for the spreadsheet and 30,000 for each
 * sheet; every character of the key and the value counts.
 * Source: https://developers.google.com/workspace/sheets/api/guides/metadata ("Metadata storage limits":
 * "You can store up to 30,000 characters for the spreadsheet. In addition, you can store 30,000
 * characters for each sheet within a spreadsheet").
 * Not documented, so designed strict: row/column metadata counts against its sheet's allocation;
 * the exception text is the emulator's own.
 */
import { MAX_METADATA_CHARS_PER_LOCATION, metadataUsage } from '../../src/local/emulator/spreadsheet/limits';
import { setup } from './spreadsheet-fixture';

describe('Developer metadata: 30,000 characters per location (Sheets API metadata guide)', () => {
  it('the figure is 30,000 and key characters count with value characters', () => {
    expect(MAX_METADATA_CHARS_PER_LOCATION).toBe(30000);
    const { ss } = setup();
    ss.addDeveloperMetadata('k', 'x'.repeat(29999));
    expect(() => ss.addDeveloperMetadata('k')).toThrow(/30000/);
    expect(ss.getDeveloperMetadata()).toHaveLength(1);
  });

  it('the spreadsheet and each sheet have their own 30,000', () => {
    const { ss, data } = setup();
    const a = ss.insertSheet('A');
    const b = ss.insertSheet('B');
    ss.addDeveloperMetadata('dvk.big', 'x'.repeat(29000));
    a.addDeveloperMetadata('dvk.big', 'x'.repeat(29000));
    b.addDeveloperMetadata('dvk.big', 'x'.repeat(29000));
    expect(() => a.addDeveloperMetadata('dvk.more', 'x'.repeat(1000))).toThrow(/over the limit of 30000/);
    expect(() => ss.addDeveloperMetadata('dvk.more', 'x'.repeat(1000))).toThrow(/over the limit of 30000/);
    // Row metadata is counted with its sheet.
    expect(() => a.getRange('2:2').addDeveloperMetadata('dvk.row', 'x'.repeat(1000))).toThrow(/over the limit/);
    expect(metadataUsage(data).get('spreadsheet')).toBe(29007);
    expect(metadataUsage(data).get(a.getSheetId())).toBe(29007);
  });

  it('setValue past the limit throws and keeps the old value; a shorter value fits again', () => {
    const { ss } = setup();
    ss.addDeveloperMetadata('dvk.a', 'x'.repeat(20000));
    const m = ss.addDeveloperMetadata('dvk.b', 'short').getDeveloperMetadata().find((x) => x.getKey() === 'dvk.b')!;
    expect(() => m.setValue('y'.repeat(10000))).toThrow(/over the limit/);
    expect(m.getValue()).toBe('short');
    m.setValue('y'.repeat(9990));
    expect(m.getValue()).toHaveLength(9990);
    expect(() => m.setKey('dvk.longer-key')).toThrow(/over the limit/);
  });
});
