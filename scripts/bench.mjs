// `npm run bench`: builds dist/ (the bundle under test), bundles the benchmark for Node, runs it.
// Arguments after `--` go to the benchmark: --json, --sizes 12,50,150,300.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const json = process.argv.includes('--json');
// The build's own summary line would break --json output: send it to stderr.
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: ['ignore', json ? 2 : 'inherit', 'inherit'], cwd: root });
const outfile = path.join(root, 'dist/local/bench.cjs');
await build({
  entryPoints: [path.join(root, 'src/local/bench/main.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  outfile, sourcemap: 'inline', logLevel: 'warning',
});
execFileSync(process.execPath, ['--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
