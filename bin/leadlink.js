#!/usr/bin/env node
// The `leadlink` command. It runs the compiled CLI; `npm install` builds it (the `prepare` script).
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'bin', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('leadlink: the CLI is not built yet. Run `npm run build` in the LeadLink folder first.');
  process.exit(1);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
