/**
 * Range.setBorder(top, left, bottom, right, vertical, horizontal): true on, false off, null
 * unchanged; vertical and horizontal are the edges inside the range
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setborder). The form's
 * ruled table relies on it; the .xlsx keeps borders as Excel's thin lines.
 */
import { setup } from './spreadsheet-fixture';
import { readWorkbookBuffer, writeWorkbookBuffer } from '../../src/local/xlsx';

const sides = (data: ReturnType<typeof setup>['data'], key: string) => data.sheets[0].cells.get(key)?.border;

describe('Range.setBorder', () => {
  it('draws the outer edges and the inner grid of a range: every cell of a ruled table has four sides', () => {
    const { ss, data } = setup();
    ss.getSheets()[0].getRange('A1:C2').setBorder(true, true, true, true, true, true);
    for (const key of ['1:1', '1:2', '2:3']) expect(sides(data, key)).toEqual({ top: true, left: true, bottom: true, right: true });
  });

  it('outer edges only: inner cells keep no inner side; null leaves a side as it was; false removes it', () => {
    const { ss, data } = setup();
    const sheet = ss.getSheets()[0];
    sheet.getRange('A1:B2').setBorder(true, true, true, true, false, false);
    expect(sides(data, '1:1')).toEqual({ top: true, left: true });
    expect(sides(data, '2:2')).toEqual({ bottom: true, right: true });
    sheet.getRange('A1').setBorder(null, false, null, null, null, null);
    expect(sides(data, '1:1')).toEqual({ top: true });
    sheet.getRange('A1:B2').clearFormat();
    expect(sides(data, '1:1')).toBeUndefined();
  });

  it('survives an .xlsx round trip', async () => {
    const { ss, data } = setup();
    ss.getSheets()[0].getRange('B2:C3').setBorder(true, true, true, true, true, true);
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(data), { owner: data.owner, name: 'x' });
    expect(back.sheets[0].cells.get('3:3')?.border).toEqual({ top: true, left: true, bottom: true, right: true });
  });
});
