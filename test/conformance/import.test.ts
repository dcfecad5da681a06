/**
 * `npm run conformance:import FILE`: a real run's results sheet, downloaded as CSV or .xlsx, turned
 * into the differences from the emulator and the rules that replace latency.ts's UNMEASURED figures.
 * The fixture is a results sheet as Google's CSV download writes it (CRLF, RFC 4180 quoting).
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { latencyOf } from '../../src/local/bench/latency';
import { importResults, printImport, proposedRule } from '../../src/local/conformance/import';
import { parseCsv, readResults } from '../../src/local/conformance/results-file';

const FIXTURE = path.join(__dirname, 'fixtures/results.csv');

const EXPECTED_RULES = [
  "{ match: 'Spreadsheet.insertSheet', kind: 'structural', ms: 412, roundTrip: true, source: 'conformance kit on Google, median of 5, 2026-12-03' },",
  "{ match: 'Sheet.copyTo', kind: 'structural', ms: 634, roundTrip: true, source: 'conformance kit on Google, median of 5 (a 40×6 sheet), 2026-12-03' },",
  "{ match: 'Range.getValues', kind: 'read', ms: 141, roundTrip: true, source: 'conformance kit on Google, median of 5 (40×6 cells), 2026-12-03' },",
  "{ match: 'Utilities.formatDate', kind: 'local', ms: 0.04, roundTrip: false, source: 'conformance kit on Google, median of 5 (100 calls a sample), 2026-12-03' },",
  `// Sheet.getDataRange: below the 1 ms clock resolution; keep ${latencyOf('Sheet.getDataRange').ms} ms`,
  '// Sheets.Spreadsheets.batchUpdate[repeatCell]: 287 ms a request (conformance kit on Google, median of 5 (one request holding one sub-request), 2026-12-03); the benchmark prices Sheets.Spreadsheets.batchUpdate as one',
  '// Lock.tryLock: not measured (threw: Lock timeout)',
];

test('CSV: quoted fields with commas, doubled quotes and line breaks; CRLF rows', () => {
  expect(parseCsv('a,"b, c","say ""hi""",\r\n"two\nlines",x\r\n')).toEqual([['a', 'b, c', 'say "hi"', ''], ['two\nlines', 'x']]);
});

test('the fixture gives the differences, the skipped and stale scenarios, and the latency table', async () => {
  const r = importResults(await readResults(FIXTURE));
  expect(r.run).toEqual({ target: 'google', started: '2026-12-03T02:14:09.512Z', spreadsheet: 'vi_VN Asia/Ho_Chi_Minh' });
  expect(r.passed).toBe(3);
  expect(r.differences).toEqual([expect.objectContaining({
    id: 'sheet.copy-to',
    expected: '["Copy of","Tiêu đề",["A1:B1"],true,0,0]',
    observed: '["Bản sao của","Tiêu đề",["A1:B1"],true,0,0]',
  })]);
  expect(r.skipped).toEqual([{ id: 'addon.trigger-hourly-minimum', note: expect.stringMatching(/^emulator only: /) }]);
  // The fixture's range.one-based row carries an older expectation than the kit's today.
  expect(r.stale).toEqual(['range.one-based']);
  // Beside each measurement, what the benchmark charges today (the request itself for a batchUpdate sub-request kind).
  const today = (m: string) => latencyOf(m.replace(/\[.*\]$/, '')).ms;
  expect(r.latency.map((l) => [l.method, l.measuredMs, l.currentMs])).toEqual([
    ['Spreadsheet.insertSheet', 412], ['Sheet.copyTo', 633.5], ['Range.getValues', 141], ['Utilities.formatDate', 0.04],
    ['Sheet.getDataRange', 0], ['Sheets.Spreadsheets.batchUpdate[repeatCell]', 287], ['Lock.tryLock', null],
  ].map(([m, ms]) => [m, ms, today(m as string)]));
  expect(r.latency[0].currentSource).toMatch(/^UNMEASURED/);
  expect(r.latency.map((l) => proposedRule(l, '2026-12-03'))).toEqual(EXPECTED_RULES);
});

test('the printed report names each difference and lists the rules to paste', async () => {
  const out: string[] = [];
  printImport(importResults(await readResults(FIXTURE)), (s = '') => out.push(s));
  const text = out.join('\n');
  expect(text).toContain('3 behaviours as the emulator has them, 1 different, 1 emulator only.');
  expect(text).toContain('DIFFERENT sheet.copy-to: copyTo names the copy');
  expect(text).toContain('  emulator: ["Copy of","Tiêu đề",["A1:B1"],true,0,0]\n  Google:   ["Bản sao của","Tiêu đề",["A1:B1"],true,0,0]');
  const insert = latencyOf('Spreadsheet.insertSheet');
  expect(text).toContain(`  Spreadsheet.insertSheet | 412 | ${insert.ms} (${insert.source})`);
  for (const rule of EXPECTED_RULES) expect(text).toContain(`  ${rule}`);
});

test('the same sheet downloaded as .xlsx reads the same', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));
  const file = path.join(dir, 'results.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Conformance results');
  const grid = parseCsv(readFileSync(FIXTURE, 'utf8'));
  // Google's download keeps the timing columns as numbers.
  grid.forEach((row) => ws.addRow(row.map((c, j) => ((j === 7 || j === 8) && c !== '' && !Number.isNaN(Number(c)) ? Number(c) : c))));
  await wb.xlsx.writeFile(file);
  expect(importResults(await readResults(file))).toEqual(importResults(await readResults(FIXTURE)));
});

test('a file that is not a results sheet is refused with the header it needs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'conformance-'));
  const file = path.join(dir, 'other.csv');
  writeFileSync(file, 'Tên đơn vị,Loại\nPhường 1,phường\n');
  await expect(readResults(file)).rejects.toThrow('not a conformance results sheet (expected the header kind, id, behaviour');
});

test('npm run conformance:import FILE prints the report and exits 1 when Google differs', () => {
  let status = 0;
  let stdout = '';
  try {
    execFileSync(process.execPath, ['scripts/conformance.mjs', 'import', FIXTURE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    ({ status, stdout } = e as { status: number; stdout: string });
  }
  expect(status).toBe(1);
  expect(stdout).toContain('DIFFERENT sheet.copy-to');
  expect(stdout).toContain(EXPECTED_RULES[0]);
});
