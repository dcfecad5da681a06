// `npm run conformance -- --emulator` and `npm run conformance:import FILE`: builds the kit
// (dist-conformance/), bundles its local commands for Node and runs them (src/local/conformance/cli.ts).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
if (!args.includes('--json')) execFileSync(process.execPath, [path.join(root, 'scripts/build-conformance.mjs')], { stdio: 'inherit', cwd: root });
else execFileSync(process.execPath, [path.join(root, 'scripts/build-conformance.mjs')], { stdio: ['ignore', 2, 'inherit'], cwd: root });
const outfile = path.join(root, 'dist/local/conformance.cjs');
await build({
  entryPoints: [path.join(root, 'src/local/conformance/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  outfile, sourcemap: 'inline', logLevel: 'warning', external: ['exceljs'],
});
try {
  execFileSync(process.execPath, ['--enable-source-maps', outfile, ...args], { stdio: 'inherit', cwd: root });
} catch (e) {
  process.exitCode = typeof e.status === 'number' ? e.status : 1;
}
