// `npm start`: the first command of the README. Builds dist/ if needed, writes the Quận 3 2021
// sample workbook once (sample/quan3-2021.xlsx, generated, not committed), then checks it with the
// CLI as its owner would on 20/05/2021 (Đợt 1 running, Đợt 2 registration open), so the report
// shows a campaign in progress whatever today's date is.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dvk = path.join(root, 'bin', 'dvk.js');
// DVK_SAMPLE lets the test put the sample in a temporary directory.
const sample = process.env.DVK_SAMPLE ?? path.join('sample', 'quan3-2021.xlsx');
const SAMPLE_TODAY = '2021-05-20';

function run(args, { allowed = [0] } = {}) {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (!allowed.includes(r.status)) process.exit(r.status ?? 1);
  return r.status;
}

if (!existsSync(path.join(root, 'dist', 'local', 'dvk.cjs')) || !existsSync(path.join(root, 'dist', 'Code.js'))) {
  run([path.join(root, 'scripts', 'build.mjs')]);
}
if (!existsSync(path.resolve(root, sample))) {
  mkdirSync(path.dirname(path.resolve(root, sample)), { recursive: true });
  run([dvk, 'sample', sample]);
}
console.log(`\n$ dvk check ${sample} --today ${SAMPLE_TODAY}`);
// Exit 1 means "the workbook has errors": the sample has them on purpose.
run([dvk, 'check', sample, '--today', SAMPLE_TODAY], { allowed: [0, 1] });
// Then the playground on the same file and day (Ctrl+C stops it).
run([dvk, 'play', sample, '--today', SAMPLE_TODAY], { allowed: [0, 130] });
