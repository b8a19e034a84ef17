#!/usr/bin/env node
/**
 * Builds the PCF control with pcf-scripts from this folder: pcf-scripts finds controls under its working directory
 * (any folder holding a ControlManifest.Input.xml) and reads pcfconfig.json and eslint.config.mjs from there.
 * Usage: node pcf-controls/build.js [build|rebuild|clean|refreshTypes] [--buildMode development|production]
 *        [--if-changed]
 * Default: `rebuild --buildMode production`, output in pcf-controls/out/controls/MarketingInsightsPanel/.
 * `--if-changed` keeps the output when nothing it was built from has changed since (sourceStamp.js): `npm start` and
 * `npm run build` use it, so an unchanged tree starts without rebuilding the control.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { sourceStamp } = require('./sourceStamp');

const VERBS = ['build', 'rebuild', 'clean', 'refreshTypes'];
const args = process.argv.slice(2);
const ifChanged = args.includes('--if-changed');
if (ifChanged) args.splice(args.indexOf('--if-changed'), 1);
const verb = args[0] && !args[0].startsWith('-') ? args.shift() : 'rebuild';
if (!VERBS.includes(verb)) {
  console.error(`Unknown pcf-scripts verb "${verb}"; use one of: ${VERBS.join(', ')}.`);
  process.exit(2);
}
const needsMode = verb === 'build' || verb === 'rebuild';
const extra = needsMode && !args.includes('--buildMode') ? ['--buildMode', 'production'] : [];
const OUTPUT = path.join(__dirname, 'out', 'controls', 'MarketingInsightsPanel');
// Out of the control's output folder, which pcf-scripts cleans; and with the mode it was built in.
const STAMP_FILE = path.join(__dirname, 'out', '.build-stamp');
const stamp = needsMode ? `${sourceStamp()} ${[verb === 'rebuild' ? 'build' : verb, ...extra, ...args].join(' ')}` : '';
if (ifChanged && needsMode && existsSync(path.join(OUTPUT, 'ControlManifest.xml')) && readStamp() === stamp) {
  console.log(`The control is up to date (nothing it is built from changed): ${OUTPUT}`);
  process.exit(0);
}

function readStamp() {
  try {
    return readFileSync(STAMP_FILE, 'utf8');
  } catch {
    return undefined;
  }
}

// A build that fails half-way must not leave a stamp claiming its output.
rmSync(STAMP_FILE, { force: true });
const cli = require.resolve('pcf-scripts/bin/pcf-scripts.js', { paths: [__dirname] });
const result = spawnSync(process.execPath, [cli, verb, ...extra, ...args], {
  cwd: __dirname,
  encoding: 'utf8',
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, PP_TOOLS_TELEMETRY_OPTOUT: 'true' },
});
if (result.error) {
  console.error(`Could not run pcf-scripts: ${result.error.message}`);
  process.exit(1);
}
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
// pcf-scripts 1.51 exits 0 even when a task fails (it logs "Failed:" and its pcf-#### diagnostics instead), so the
// outcome is read from its log: an error diagnostic or a failed task fails this script.
const log = `${result.stdout}\n${result.stderr}`;
const failed = result.status !== 0 || /\] Failed:|\[pcf-\d+\] \[Error\]|encountered unexpected error/.test(log);
if (failed) {
  console.error(`pcf-scripts ${verb} failed.`);
  process.exit(1);
}
if (needsMode) {
  writeFileSync(STAMP_FILE, stamp);
  console.log(`Output: ${OUTPUT}`);
}
