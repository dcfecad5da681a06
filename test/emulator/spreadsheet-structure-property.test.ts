/**
 * Inserting rows or columns and deleting the same ones again leaves a sheet as it was: cells,
 * notes, merges, protected ranges and row metadata all move with their lines and back.
 * Reference: https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsBefore(Integer,Integer)
 */
import fc from 'fast-check';
import { setup } from './spreadsheet-fixture';

const snapshot = (data: ReturnType<typeof setup>['data']) => JSON.stringify({
  cells: [...data.sheets[0].cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
  merges: data.sheets[0].merges,
  max: [data.sheets[0].maxRows, data.sheets[0].maxColumns],
  protections: data.protections.map((p) => p.range),
  metadata: data.developerMetadata.map((m) => m.location),
});

it('insert then delete of the same lines is the identity', () => {
  fc.assert(fc.property(
    fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 10 }), fc.string({ minLength: 1, maxLength: 3 })), { maxLength: 12 }),
    fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 5 }), fc.boolean(),
    (cells, at, n, rows) => {
      const { ss, data } = setup();
      const sheet = ss.getSheets()[0];
      sheet.deleteRows(41, 960);
      sheet.deleteColumns(16, 11);
      for (const [r, c, v] of cells) sheet.getRange(r, c).setValue(v).setNote(`n${v}`);
      sheet.getRange('B5:C8').merge();
      sheet.getRange('D10:E20').protect();
      sheet.getRange('12:14').addDeveloperMetadata('k');
      const before = snapshot(data);
      if (rows) { sheet.insertRowsBefore(at, n); sheet.deleteRows(at, n); }
      else { sheet.insertColumnsBefore(Math.min(at, 15), n); sheet.deleteColumns(Math.min(at, 15), n); }
      expect(snapshot(data)).toBe(before);
    },
  ), { numRuns: 60 });
});
