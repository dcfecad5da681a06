/**
 * Lateness sightings (dvk.seen) grow per unit and round: they live in the hidden, protected
 * "Dữ liệu tiện ích" sheet, not in developer metadata, which holds 30,000 characters per location
 * (https://developers.google.com/workspace/sheets/api/guides/metadata, "Metadata storage limits";
 * enforced by the emulator: test/emulator/spreadsheet-metadata-limit.test.ts). Campaigns that
 * kept them in metadata are migrated on the next refresh without losing a sighting.
 */
import { metadataUsage, MAX_METADATA_CHARS_PER_LOCATION } from '../../src/local/emulator/spreadsheet/limits';
import type { Emulator } from '../../src/local/emulator/emulator';
import { asUser, campaignWithUnits, OWNER } from '../setup/helpers';
import { at } from './fixture';

const STATE = 'Dữ liệu tiện ích';
/** After each deadline of both rounds of 2021 (registration 18/05 and 10/06, reports 25/06 and 05/10). */
const AFTER_DEADLINES = ['2021-05-19', '2021-06-11', '2021-06-26', '2021-10-06'];

const stateSheet = (emu: Emulator) => {
  const tag = emu.ctx.data.developerMetadata.find((m) => m.key === 'dvk.state');
  return emu.ctx.data.sheets.find((s) => s.id === Number(tag?.value));
};
const largestLocation = (emu: Emulator) => Math.max(...metadataUsage(emu.ctx.data).values());

describe('300 units after both rounds\' deadlines', () => {
  // 300 units cannot have tabs in one spreadsheet (200 sheets); lateness is recorded per unit of Cấu hình all the same.
  const emu = campaignWithUnits(300);
  for (const day of AFTER_DEADLINES) {
    at(emu, day);
    emu.bundle!.call('refreshSummary');
    emu.bundle!.call('generateReport');
  }

  it('keeps every unit\'s sightings in the hidden, protected state sheet and none in metadata', () => {
    expect(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.seen')).toEqual([]);
    const sheet = stateSheet(emu)!;
    expect(sheet).toMatchObject({ name: STATE, hidden: true });
    const rows = asUser(emu, OWNER, (ss) => ss.getSheetById(sheet.id)!.getDataRange().getValues());
    expect(rows.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 300 }, (_, i) => `seen:Chi bộ Khu phố ${i + 1}`));
    expect(JSON.parse(String(rows[1][1]))).toMatchObject({ emptyAfterDeadline: expect.any(String) });
    expect(emu.ctx.data.protections.find((p) => p.sheetId === sheet.id)).toBeDefined();
    expect(() => asUser(emu, 'donvi1@q3.gov.vn', (ss) => ss.getSheetById(sheet.id)!.getRange('B2').setValue('{}'))).toThrow(/protected/);
  });

  it('the largest metadata location stays under a third of 30,000 characters', () => {
    const largest = largestLocation(emu);
    console.log(`300 units after both rounds' deadlines: largest developer-metadata location ${largest} characters of ${MAX_METADATA_CHARS_PER_LOCATION}`);
    expect(largest * 3).toBeLessThanOrEqual(MAX_METADATA_CHARS_PER_LOCATION);
  });

  it('a renamed state sheet is still found by its tag: the next refresh adds no second sheet', () => {
    asUser(emu, OWNER, (ss) => ss.getSheetById(stateSheet(emu)!.id)!.setName('Đổi tên'));
    at(emu, '2021-10-07');
    emu.bundle!.call('refreshSummary');
    expect(emu.ctx.data.sheets.filter((s) => s.name === STATE)).toEqual([]);
  });
});

it('migrates sightings kept in metadata by an older version, losing none, then removes the metadata', () => {
  const emu = campaignWithUnits(3);
  // What the previous version wrote: one spreadsheet-level dvk.seen per unit, value {unit, ...UnitSeen}.
  const legacy = [
    { unit: 'Chi bộ Khu phố 1', rounds: { 1: { registrationLate: true } }, emptyAfterDeadline: '2021-05-19T02:00:00.000Z' },
    { unit: 'Chi bộ Khu phố 2', rounds: {}, firstModelAt: '2021-05-10T03:00:00.000Z' },
  ];
  asUser(emu, OWNER, (ss) => legacy.forEach((v) => ss.addDeveloperMetadata('dvk.seen', JSON.stringify(v))));
  at(emu, '2021-05-19');
  emu.bundle!.call('refreshSummary');
  expect(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.seen')).toEqual([]);
  const rows = asUser(emu, OWNER, (ss) => ss.getSheetById(stateSheet(emu)!.id)!.getDataRange().getValues());
  const byUnit = new Map(rows.slice(1).map((r) => [String(r[0]).replace('seen:', ''), JSON.parse(String(r[1]))]));
  // The earlier sightings are kept as they were (a refresh never moves a first sighting later).
  expect(byUnit.get('Chi bộ Khu phố 1')).toMatchObject({ emptyAfterDeadline: '2021-05-19T02:00:00.000Z', rounds: legacy[0].rounds });
  expect(byUnit.get('Chi bộ Khu phố 2')).toMatchObject({ firstModelAt: '2021-05-10T03:00:00.000Z' });
  expect(byUnit.has('Chi bộ Khu phố 3')).toBe(true);
});
