/**
 * The full Tổng hợp rebuild at 110 units whose tab names are long Vietnamese names, through the built
 * bundle: its batchGet of every tab would carry ≈ 14 KB of URL in 100 ranges, past the 8,192
 * characters a Google GET URL takes (third-party figure, the stricter reading: see
 * test/perf/sheets-api-url-length.test.ts and core/google-limits URL_CHARS). The emulator refuses such a
 * request; the add-on splits by URL length, so it still reads every tab in a few batched requests
 * instead of falling back to one getValues per tab.
 */
import { asUser, emulator, OWNER, setupUntilFinished, unitsFirstRow, unitsEndRow, COORDINATOR, UNIT_USER } from '../setup/helpers';
import { DEFAULT_UNITS } from '../validation-gas/world';
import { unitTable } from './world';

const UNITS = 110;
const longName = (i: number) => `Chi bộ Khu dân cư số ${i} – Phường Nguyễn Thái Bình`;

test('Tổng hợp reads 110 long-named unit tabs in batched requests that each fit the URL', () => {
  const extra = Array.from({ length: UNITS - DEFAULT_UNITS }, (_, i) => `chibo${i + 1}@q3.gov.vn`);
  const emu = emulator([COORDINATOR, UNIT_USER, ...extra]);
  emu.bundle!.call('initCampaign');
  asUser(emu, OWNER, (ss) => {
    const config = ss.getSheetByName('Cấu hình')!;
    const first = unitsFirstRow(ss);
    config.getRange(first, 1, DEFAULT_UNITS, 1).setValues(Array.from({ length: DEFAULT_UNITS }, (_, i) => [longName(i + 1)]));
    config.insertRowsBefore(unitsEndRow(ss), extra.length);
    config.getRange(first + DEFAULT_UNITS, 1, extra.length, 3).setValues(extra.map((e, i) => [longName(DEFAULT_UNITS + i + 1), 'chi-bo-co-so', e]));
  });
  expect(setupUntilFinished(emu).items.size).toBe(UNITS);
  emu.calls.reset();
  emu.bundle!.call('refreshSummary');
  const calls = emu.calls.snapshot();
  expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBeGreaterThanOrEqual(2);
  // No fallback: a refused request would have the add-on read every tab with getValues.
  expect(calls['Range.getValues'] ?? 0).toBeLessThan(UNITS / 2);
  const table = unitTable(emu);
  expect([...table.keys()].filter((k) => k.startsWith('Chi bộ Khu dân cư số'))).toHaveLength(UNITS);
});
