/**
 * The edit trigger's cache: after the first edit, an edit reads neither Cấu hình nor the tab's
 * metadata; an edit of Cấu hình itself makes the next unit edit read it again.
 * https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache()
 */
import { asUser, campaignWith, cell, firstRowOf, GOOD, OWNER, TAB, typeRows } from '../validation-gas/world';
import { unitsFirstRow } from '../setup/helpers';

describe('edit trigger: campaign and unit from the document cache', () => {
  const emu = campaignWith(3);
  const row = firstRowOf(emu, 1);
  const badDate = (r: number) => typeRows(emu, r, [[GOOD[0], GOOD[1], '35/13/2021', GOOD[3], GOOD[4]]]);

  it('a second edit reads only the edited tab: no Cấu hình, no tab metadata', () => {
    badDate(row);
    emu.calls.reset();
    badDate(row + 1);
    const calls = emu.calls.snapshot();
    expect(cell(emu, `D${row + 1}`).note).toContain('Dân vận khéo');
    expect(calls['Sheet.getDeveloperMetadata'] ?? 0).toBe(0);
    expect(calls['Spreadsheet.getDeveloperMetadata'] ?? 0).toBeLessThanOrEqual(1); // Tổng hợp's lookup, not Cấu hình's
    // The tab and Tổng hợp's rows in one Sheets API read, nothing else read.
    expect(calls['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
    expect(calls['Range.getValues'] ?? 0).toBe(0);
  });

  it('after the coordinator edits Cấu hình (the unit leaves the campaign), the next edit follows the new Cấu hình', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetByName('Cấu hình')!.getRange(unitsFirstRow(ss), 1).setValue('Phường 1 (cũ)'));
    emu.fireEdit({ user: OWNER, sheet: 'Cấu hình', a1: 'A1' });
    badDate(row + 2);
    // Stale, the cached campaign would still know Phường 1 and mark the date.
    expect(cell(emu, `D${row + 2}`, TAB).note).toBe('');
  });
});
