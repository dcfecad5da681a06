// Tests of the built bundle, the sidebar, the CLI and the conformance kit need dist/ and
// dist-conformance/: build both once per jest run.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
module.exports = async () => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build-conformance.mjs')], { stdio: 'inherit' });
};
