/**
 * Call-count properties the benchmark (npm run bench) reports and that must not regress; counts,
 * not times, so the test is not timed. The latency table (src/local/bench/latency.ts) decides which
 * calls are server round trips; the floors are in src/local/bench/floor.ts.
 */
import { roundTrips } from '../../src/local/bench/latency';
import { sumCalls } from '../../src/local/bench/model';
import { runSize, type ScenarioRun, type SizeRun } from '../../src/local/bench/scenarios';
import { benchUnits } from '../../src/local/bench/workbook';

const SMALL = 12;
const LARGE = 60;
/** The issues' city-level scale: the hub and 5 member workbooks at the default Số tab đơn vị tối đa mỗi tệp. */
const CITY = 300;
/** Cấu hình's Số tab đơn vị tối đa mỗi tệp for the member runs: every tab then goes to a member workbook. */
const TABS_PER_MEMBER = 10;

let small: SizeRun;
let large: SizeRun;
let smallSpread: SizeRun;
let largeSpread: SizeRun;
let city: SizeRun;

beforeAll(() => {
  small = runSize(SMALL, { only: ['check', 'summary', 'edit', 'reminders'] });
  large = runSize(LARGE, { only: ['check', 'summary', 'edit', 'reminders'] });
  smallSpread = runSize(SMALL, { only: ['check', 'edit-first', 'edit'], tabsPerFile: TABS_PER_MEMBER });
  largeSpread = runSize(LARGE, { only: ['check', 'edit-first', 'edit'], tabsPerFile: TABS_PER_MEMBER });
  city = runSize(CITY, { only: ['summary'] });
});

function scenario(r: SizeRun, id: ScenarioRun['id']): ScenarioRun {
  const s = r.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id} scenario at ${r.units} units`);
  expect(s.error).toBeUndefined();
  for (const e of s.executions) expect(e.error).toBeUndefined();
  return s;
}

it('an edit of a unit tab makes the same service calls, method by method, at 12 and at 60 units', () => {
  const a = scenario(small, 'edit');
  const b = scenario(large, 'edit');
  expect(b.executions.map((e) => e.fn)).toEqual(['onEditInstalled']);
  // The edit fills the Ghi chú a check had marked missing: the mark and the summary row are both rewritten.
  // Both go out in the edit's one Sheets API batchUpdate.
  expect(sumCalls(b.executions)['Sheets.Spreadsheets.batchUpdate']).toBe(1);
  // The last change goes on the unit's row in that batchUpdate: no document property is written.
  expect(sumCalls(b.executions)['Properties.setProperty'] ?? 0).toBe(0);
  // Nor read: the config version, the kept sheet ids and the pending flag come in the edit's one
  // read (the hub's edit tags), checked against the cache (src/gas/edit-tags.ts).
  for (const s of [a, b]) for (const read of ['Properties.getProperties', 'Properties.getProperty']) expect(sumCalls(s.executions)[read] ?? 0).toBe(0);
  // Request bytes grow with the alerts' lists of units; the calls themselves must not.
  const { 'SheetsApi.transferKB': _a, ...callsA } = sumCalls(a.executions);
  const { 'SheetsApi.transferKB': _b, ...callsB } = sumCalls(b.executions);
  expect(callsB).toEqual(callsA);
  // What grows with the units is the table's facts cells (short: grid.ts factsCell) and the alerts'
  // lists when they change (known from the facts, not read): at most 0.15 KB a unit added (0.22 before,
  // when the facts were JSON and the lists were read whole; 75 KB at 150 units, 44 at 12).
  expect((_b - _a) / (LARGE - SMALL)).toBeLessThanOrEqual(0.15);
  // Within its floor at both sizes (the floor counts Cấu hình and the tab's metadata, which the cache spares).
  expect([a.file, b.file]).toEqual(['hub', 'hub']);
  for (const s of [a, b]) expect(roundTrips(sumCalls(s.executions))).toBeLessThanOrEqual(s.floor.calls);
});

it('an edit in a member workbook reads nothing of the hub once it holds the hub campaign, and costs no more than a hub edit, at 12 and at 60 units', () => {
  const a = scenario(smallSpread, 'edit');
  const b = scenario(largeSpread, 'edit');
  expect([a.file, b.file]).toEqual(['member', 'member']);
  expect(b.executions.map((e) => e.fn)).toEqual(['onEditInstalled']);
  const calls = sumCalls(b.executions);
  // No hub opened nor read, no properties: the cache, the lock, one read and one write of the member.
  for (const hubRead of ['SpreadsheetApp.openById', 'Sheets.Spreadsheets.get', 'Range.getValues', 'Spreadsheet.getDeveloperMetadata', 'Properties.getProperties']) expect(calls[hubRead] ?? 0).toBe(0);
  expect(calls['Sheets.Spreadsheets.getByDataFilter']).toBe(1);
  expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
  const { 'SheetsApi.transferKB': _a, ...callsA } = sumCalls(a.executions);
  const { 'SheetsApi.transferKB': _b, ...callsB } = calls;
  expect(callsB).toEqual(callsA);
  const trips = roundTrips(calls);
  expect(trips).toBeLessThanOrEqual(b.floor.calls);
  expect(trips).toBeLessThanOrEqual(roundTrips(sumCalls(scenario(large, 'edit').executions)));
});

it("a member workbook's first edit reads the hub's Cấu hình once, then stores it for the next", () => {
  const first = scenario(largeSpread, 'edit-first');
  const calls = sumCalls(first.executions);
  expect(calls['SpreadsheetApp.openById']).toBe(1);
  expect(calls['Cache.putAll']).toBe(1);
});

it('the full summary reads every tab in batch requests: round trips do not grow per unit', () => {
  const a = scenario(small, 'summary');
  const b = scenario(large, 'summary');
  const tripsA = roundTrips(sumCalls(a.executions));
  const tripsB = roundTrips(sumCalls(b.executions));
  // The floor reads all tabs in one batchGet whatever their number (src/local/bench/floor.ts).
  expect(b.floor.calls).toBe(a.floor.calls);
  // Ours sends one batchGet per 100 tabs (plus one re-read of date-like text per chunk): at most
  // two more requests per 100 tabs added, never one per tab.
  expect(tripsB - tripsA).toBeLessThanOrEqual(2 * Math.ceil((LARGE - SMALL) / 100));
  expect(sumCalls(b.executions)['Range.getValues'] ?? 0).toBeLessThan(LARGE / 10);
});

it('the full summary rebuild makes at most 1.5 × its floor of round trips, at 12 and at 60 units', () => {
  // The claim's layout read serves every lookup, one batchGet reads the hub, one batchUpdate writes
  // every value with the claim's release (src/gas/summary/rebuild.ts); 57 / 6 before (issue 14).
  for (const r of [small, large]) {
    const s = scenario(r, 'summary');
    expect(roundTrips(sumCalls(s.executions)) / s.floor.calls).toBeLessThanOrEqual(1.5);
  }
});

it('the full summary at 300 units (hub and member workbooks) makes at most 1.5 × its floor of round trips', () => {
  const s = scenario(city, 'summary');
  const calls = sumCalls(s.executions);
  expect(city.files).toBeGreaterThan(2);
  // Each member opened once (the dashboard takes the ones the tabs' read opened), and the live flags
  // of all of them from one trigger list: 45 round trips / floor 22 before (issue 14).
  expect(calls['SpreadsheetApp.openById']).toBe(city.files - 1);
  expect(calls['ScriptApp.getUserTriggers'] ?? 0).toBe(0);
  expect(calls['ScriptApp.getProjectTriggers']).toBe(1);
  // One batchGet a file, plus its date re-read: a member's ≈ 95 tabs are not cut into two requests.
  expect(calls['Sheets.Spreadsheets.Values.batchGet']).toBeLessThanOrEqual(2 * city.files);
  expect(roundTrips(calls) / s.floor.calls).toBeLessThanOrEqual(1.5);
});

it('Kiểm tra reads values, then notes and fills, of every tab in batch requests and writes all marks in one batchUpdate', () => {
  const a = scenario(small, 'check');
  const b = scenario(large, 'check');
  const calls = sumCalls(b.executions);
  for (const perTab of ['Range.getNotes', 'Range.getBackgrounds', 'Range.setNotes', 'Range.setBackgrounds']) expect(calls[perTab] ?? 0).toBe(0);
  // One for the file's sheets and tracking, one for the notes and fills.
  expect(calls['Sheets.Spreadsheets.get']).toBe(2);
  expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
  // The same round trips at 12 and 60 units (up to 100 tabs a request).
  const trips = roundTrips(calls);
  expect(trips).toBe(roundTrips(sumCalls(a.executions)));
  // Issue 14: within twice the floor (154× before), at both sizes.
  expect(trips).toBeLessThanOrEqual(2 * b.floor.calls);
  expect(roundTrips(sumCalls(a.executions))).toBeLessThanOrEqual(2 * a.floor.calls);
  // The Ghi chú dropdown goes back only on the tabs whose inserted rows lack it (the bench's few
  // bareInserts units), one sub-request each: the others got it from the edit trigger.
  for (const [r, s] of [[small, a], [large, b]] as const) {
    expect(sumCalls(s.executions)['SheetsApi.request.setDataValidation'] ?? 0).toBe(benchUnits(r.units).filter((u) => u.bareInserts).length);
  }
  expect(benchUnits(LARGE).filter((u) => u.bareInserts).length).toBeGreaterThan(0);
});

it('a reminder day with 30 % of units late sends every due mail in its first execution', () => {
  const s = scenario(large, 'reminders');
  expect(s.executions).toHaveLength(1);
  // One mail per late unit's contact list plus the coordinators' digest, all from that one run.
  expect(sumCalls(s.executions)['MailApp.sendEmail']).toBeGreaterThanOrEqual(Math.floor(LARGE * 0.3));
});

it('a setup re-run with every tab set up sends one batchUpdate, the setup claim\'s own release, and reads the hub\'s layout twice, in one file and across members', () => {
  for (const r of [runSize(SMALL, { only: ['setup-rerun'] }), runSize(SMALL, { only: ['setup-rerun'], tabsPerFile: TABS_PER_MEMBER })]) {
    const calls = sumCalls(scenario(r, 'setup-rerun').executions);
    const requests = Object.entries(calls).filter(([k]) => k.startsWith('SheetsApi.request.'));
    // Nothing to write: no tab, no protection, no empty request; the claim's entry is taken away (schedule/lock).
    expect(calls['Sheets.Spreadsheets.batchUpdate']).toBe(1);
    expect(requests).toEqual([['SheetsApi.request.deleteDeveloperMetadata', 1]]);
    // Cấu hình's source before the claim (a refused caller leaves no trace), then the claim's read, which
    // the run's tracking and member registry use: 4 reads of the hub before. One read per member.
    expect(calls['Sheets.Spreadsheets.get']).toBe(2 + (r.files - 1));
  }
});
