#!/usr/bin/env node
// Starts the built CLI; the TypeScript sources are not run directly.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const built = path.join(__dirname, '..', 'dist', 'local', 'dvk.cjs');
if (!fs.existsSync(built)) {
  process.stderr.write('dvk: chưa build — chạy npm run build\n');
  process.exit(2);
}
require(built).main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
