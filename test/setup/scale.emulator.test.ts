/**
 * The most units one spreadsheet holds (192: 200 sheets less Cấu hình, Mẫu đăng ký, the starting
 * sheet and the five sheets later jobs make; see sheet-cap.emulator.test.ts): done naively (≈ 0.5 s
 * per insertSheet/protect/addEditors…, unmeasured publicly, see /work/shared/apps-script-facts.md)
 * 192 tabs take ≈ 480 s, beyond the 6-minute limit
 * (https://developers.google.com/apps-script/guides/services/quotas), so setupUnitTabs splits the
 * work into resumable runs. This test counts the service calls each run makes.
 */
import { campaignWithUnits, type SetupResult } from './helpers';

const UNITS = 192;
/** Calls assumed ≈ 0.5 s each on Google (writes and protection changes). */
const SLOW = ['Spreadsheet.insertSheet', 'Sheet.protect', 'Protection.addEditor', 'Protection.addEditors', 'Protection.removeEditors', 'Protection.setDescription',
  'Protection.setDomainEdit', 'Sheet.addDeveloperMetadata', 'DeveloperMetadata.setValue', 'Range.setValue', 'Sheet.setTabColor'];

it('without the Sheets API, sets up the 192 units one spreadsheet holds in resumable runs that each fit the 6-minute limit, with no duplicate or half-made tab', () => {
  // All in the one file (the default, 150, would spread them to member workbooks).
  const emu = campaignWithUnits(UNITS, UNITS, { sheetsApi: false });

  const runs: { result: SetupResult; calls: Record<string, number>; slowSeconds: number }[] = [];
  for (let guard = 0; guard < 10; guard++) {
    emu.calls.reset();
    const result = emu.bundle!.call('setupUnitTabs') as SetupResult;
    const calls = emu.calls.snapshot();
    const slowSeconds = SLOW.reduce((s, m) => s + (calls[m] ?? 0), 0) * 0.5;
    runs.push({ result, calls, slowSeconds });
    if (result.finished) break;
  }

  const done = runs.map((r) => r.result.done);
  expect(runs.length).toBeGreaterThanOrEqual(2);
  expect(runs[runs.length - 1].result).toMatchObject({ finished: true, done: UNITS, total: UNITS });
  done.slice(1).forEach((d, i) => expect(d).toBeGreaterThan(done[i]));
  for (const r of runs) expect(r.slowSeconds).toBeLessThan(180);

  const unitSheets = emu.ctx.data.sheets.filter((s) => s.name.startsWith('Chi bộ Khu phố'));
  expect(unitSheets).toHaveLength(UNITS);
  const complete = new Set(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.tab' && JSON.parse(m.value!).sync)
    .map((m) => (m.location as { sheetId: number }).sheetId));
  expect(unitSheets.every((s) => complete.has(s.id))).toBe(true);
  expect(emu.ctx.data.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0)).toBeLessThan(UNITS * 100 * 6);

  const total = runs.reduce((n, r) => n + Object.values(r.calls).reduce((a, b) => a + b, 0), 0);
  const perRun = runs.map((r) => `done ${r.result.done}/${r.result.total}: ${Object.values(r.calls).reduce((a, b) => a + b, 0)} calls, `
    + `${r.calls['Spreadsheet.insertSheet'] ?? 0} insertSheet, ≈${r.slowSeconds}s of slow calls`).join('\n');
  console.log(`${UNITS} units: ${runs.length} runs, ${total} service calls (${(total / UNITS).toFixed(1)} per unit)\n${perRun}`);
  // Each run re-reads the tabs made so far (getSheetId, getName, their metadata: in-memory getters,
  // not round trips), so runs kept ≤ 180 s (setup/budget.ts: six instead of four) add ≈ 8 calls a unit.
  expect(total / UNITS).toBeLessThan(55);

  // Pressing again when nothing changed: reads only, no slow call, one run.
  emu.calls.reset();
  expect(emu.bundle!.call('setupUnitTabs')).toMatchObject({ finished: true, done: UNITS });
  const idle = emu.calls.snapshot();
  const idleTotal = Object.values(idle).reduce((a, b) => a + b, 0);
  console.log(`${UNITS} units, nothing to do: ${idleTotal} service calls, none of them writes`);
  // The one write: setup reads Cấu hình afresh, so it bumps the hub's config version (its
  // dvk.edit.config tag, src/gas/edit-tags.ts; a document property before), once.
  expect(idle['DeveloperMetadata.setValue'] ?? 0).toBeLessThanOrEqual(1);
  expect(SLOW.filter((m) => idle[m] && m !== 'DeveloperMetadata.setValue')).toEqual([]);
  expect(idleTotal).toBeLessThan(10 * UNITS);
});

it('with the Sheets API, the 192 units are set up in one press: a few batchUpdates of 50 tabs, no SpreadsheetApp call per tab', () => {
  const emu = campaignWithUnits(UNITS, UNITS);
  emu.calls.reset();
  const result = emu.bundle!.call('setupUnitTabs') as SetupResult;
  const calls = emu.calls.snapshot();
  expect(result).toMatchObject({ finished: true, done: UNITS, total: UNITS });
  expect(calls['SheetsApi.request.duplicateSheet']).toBe(UNITS);
  // The tabs' batches, and the setup claim's own (schedule/lock).
  expect(calls['Sheets.Spreadsheets.batchUpdate']).toBeLessThanOrEqual(Math.ceil(UNITS / 50) + 1);
  expect(SLOW.filter((m) => (calls[m] ?? 0) >= UNITS)).toEqual([]);
  const unitSheets = emu.ctx.data.sheets.filter((s) => s.name.startsWith('Chi bộ Khu phố'));
  expect(unitSheets).toHaveLength(UNITS);
  const complete = new Set(emu.ctx.data.developerMetadata.filter((m) => m.key === 'dvk.tab' && JSON.parse(m.value!).sync?.marked)
    .map((m) => (m.location as { sheetId: number }).sheetId));
  expect(unitSheets.every((s) => complete.has(s.id))).toBe(true);
  // Pressing again finds every tab as made: no tab is sent again.
  emu.calls.reset();
  expect(emu.bundle!.call('setupUnitTabs')).toMatchObject({ finished: true, done: UNITS });
  const again = emu.calls.snapshot();
  expect([again['SheetsApi.request.duplicateSheet'] ?? 0, again['Spreadsheet.insertSheet'] ?? 0]).toEqual([0, 0]);
});
