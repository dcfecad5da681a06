/**
 * The conformance kit's local commands (scripts/conformance.mjs runs this bundled):
 *   --emulator       every scenario on the emulator, one line each; exit 1 if one fails
 *   import FILE      a real run's results sheet (.xlsx or .csv): the differences and the latency rules
 */
import { runOnEmulator } from './emulator-run';
import { importResults, printImport } from './import';
import { readResults } from './results-file';

const line = (s = '') => process.stdout.write(`${s}\n`);

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'import') {
    if (!argv[1]) { process.stderr.write('usage: npm run conformance:import -- FILE (.xlsx or .csv)\n'); return 2; }
    const report = importResults(await readResults(argv[1]));
    if (argv.includes('--json')) line(JSON.stringify(report, null, 2)); else printImport(report, line);
    return report.differences.length ? 1 : 0;
  }
  if (argv.includes('--emulator')) {
    const { outcomes } = runOnEmulator({ samples: 0, write: false });
    for (const o of outcomes) {
      line(`${o.result === 'pass' ? 'pass' : 'FAIL'}  ${o.id}: ${o.behaviour}`);
      if (o.result !== 'pass') line(`      expected ${o.expected}\n      observed ${o.observed}${o.note ? ` (${o.note})` : ''}`);
    }
    const failed = outcomes.filter((o) => o.result !== 'pass').length;
    line(`\n${outcomes.length - failed} of ${outcomes.length} behaviours pass on the emulator.`);
    return failed ? 1 : 0;
  }
  process.stderr.write('usage: npm run conformance -- --emulator | npm run conformance:import -- FILE\n'
    + 'On Google: npm run conformance:build, then follow dist-conformance/README.md.\n');
  return 2;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 2;
});
