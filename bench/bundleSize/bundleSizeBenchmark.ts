import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../../bin/start/repoRoot';
import type { Benchmark } from '../Benchmark';

/** The target for the panel's production bundle, platform libraries excluded (issue 6). */
const TARGET_BYTES = 60 * 1024;

function sizes(file: string): { raw: number; gzip: number } {
  return { raw: statSync(file).size, gzip: gzipSync(readFileSync(file)).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The panel's production bundle against the naive way — a control that bundles React 16 and Fluent UI 9 itself
 * (measured here by the builds pcf-start ships for them) — raw and gzipped, with the ratio and the 60 KB target.
 */
export const bundleSizeBenchmark: Benchmark = {
  name: 'bundle',
  description: 'the PCF control bundle (React and Fluent as platform libraries) vs bundling them',
  async run() {
    const bundle = path.join(repoRoot(), 'pcf-controls/out/controls/MarketingInsightsPanel/bundle.js');
    if (!existsSync(bundle)) throw new Error('The control is not built: run `npm run build:pcf` first.');
    const lib = path.join(path.dirname(require.resolve('pcf-start/package.json')), 'lib');
    const ours = sizes(bundle);
    const react = sizes(path.join(lib, 'react_16_14_0.js'));
    const fluent = sizes(path.join(lib, 'fluent_9_4_0.js'));
    const naive = { raw: ours.raw + react.raw + fluent.raw, gzip: ours.gzip + react.gzip + fluent.gzip };
    const row = (label: string, a: string, b: string, c: string) =>
      console.log(label.padEnd(24) + a.padStart(22) + b.padStart(26) + c.padStart(16));
    row('', 'LeadLink (platform libs)', 'bundling React + Fluent', 'ratio');
    row('bundle.js', kb(ours.raw), kb(naive.raw), `${(naive.raw / ours.raw).toFixed(1)}× smaller`);
    row('gzipped', kb(ours.gzip), kb(naive.gzip), `${(naive.gzip / ours.gzip).toFixed(1)}× smaller`);
    console.log(`\nTarget ≤ ${kb(TARGET_BYTES)}: ${ours.raw <= TARGET_BYTES ? 'met' : 'MISSED'} (${kb(ours.raw)}).`);
  },
};
