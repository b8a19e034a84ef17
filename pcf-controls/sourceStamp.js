/**
 * A fingerprint of everything the control's build reads: every file of the control's folder, the modules it imports
 * from elsewhere in the repository (followed through relative imports), this folder's build configuration, and the
 * versions of pcf-scripts and the platform libraries. The same fingerprint means the same bundle, so
 * `build.js --if-changed` can keep the output it has.
 */
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const CONTROL = path.join(__dirname, 'MarketingInsightsPanel');
const CONFIG = ['build.js', 'sourceStamp.js', 'pcfconfig.json', 'eslint.config.mjs', 'tsconfig.json'];
const PACKAGES = ['pcf-scripts', 'react', 'react-dom', '@fluentui/react-components', 'typescript'];
const SKIP = new Set(['generated', 'node_modules', 'out']);
const CODE = /\.(tsx?|jsx?|mjs)$/;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name)) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The file a relative import names, as TypeScript resolves it (`./x` → x.ts, x.tsx or x/index.ts). */
function resolveImport(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The control's files and every repository module they import, transitively. */
function inputFiles() {
  const seen = new Set();
  const pending = filesUnder(CONTROL);
  while (pending.length > 0) {
    const file = pending.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    if (!CODE.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolveImport(file, match[1]);
      if (target) pending.push(target);
    }
  }
  return [...seen, ...CONFIG.map((name) => path.join(__dirname, name))].sort();
}

function packageVersion(name) {
  try {
    const manifest = require.resolve(`${name}/package.json`, { paths: [__dirname] });
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    return 'missing';
  }
}

function sourceStamp() {
  const hash = createHash('sha256');
  for (const file of inputFiles()) {
    hash.update(path.relative(__dirname, file)).update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : 'missing').update('\0');
  }
  for (const name of PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex');
}

module.exports = { sourceStamp, inputFiles };
