/**
 * Call-count properties the benchmark (npm run bench) reports and that must not regress; counts,
 * not times, so the test is not timed. The latency table (src/local/bench/latency.ts) decides which
 * calls are server round trips; the floors are in src/local/bench/floor.ts.
 */
import { roundTrips } from '../../src/local/bench/latency';
import { sumCalls } from '../../src/local/bench/model';
import { runSize, type ScenarioRun, type SizeRun } from '../../src/local/bench/scenarios';

const SMALL = 12;
const LARGE = 60;

let small: SizeRun;
let large: SizeRun;

beforeAll(() => {
  small = runSize(SMALL, { only: ['check', 'summary', 'edit'] });
  large = runSize(LARGE, { only: ['check', 'summary', 'edit'] });
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
  expect(b.executions.map((e) => e.fn)).toEqual(['onEdit', 'onEditInstalled']);
  // The edit fills the Ghi chú a check had marked missing: the mark and the summary row are both rewritten.
  // Both go out in the edit's one Sheets API batchUpdate.
  expect(sumCalls(b.executions)['Sheets.Spreadsheets.batchUpdate']).toBe(1);
  // Request bytes grow with the alerts' lists of units; the calls themselves must not.
  const { 'SheetsApi.transferKB': _a, ...callsA } = sumCalls(a.executions);
  const { 'SheetsApi.transferKB': _b, ...callsB } = sumCalls(b.executions);
  expect(callsB).toEqual(callsA);
});

it('the full summary grows linearly in round trips, at most 1.5 times as fast as its floor', () => {
  const a = scenario(small, 'summary');
  const b = scenario(large, 'summary');
  const tripsA = roundTrips(sumCalls(a.executions));
  const tripsB = roundTrips(sumCalls(b.executions));
  const perUnit = (tripsB - tripsA) / (LARGE - SMALL);
  const floorPerUnit = (b.floor.calls - a.floor.calls) / (LARGE - SMALL);
  expect(floorPerUnit).toBe(1);
  expect(perUnit).toBeLessThanOrEqual(1.5 * floorPerUnit);
  // Linear, not worse: the constant part does not hide growth either.
  expect(tripsB).toBeLessThanOrEqual(1.5 * b.floor.calls + (tripsA - 1.5 * a.floor.calls > 0 ? tripsA - 1.5 * a.floor.calls : 0));
});
