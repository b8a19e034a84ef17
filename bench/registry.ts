import { backfillBenchmark } from './backfill/backfillBenchmark';
import type { Benchmark } from './Benchmark';
import { bundleSizeBenchmark } from './bundleSize/bundleSizeBenchmark';
import { emulatorScaleBenchmark } from './emulatorScale/emulatorScaleBenchmark';
import { stormBenchmark } from './storm/stormBenchmark';

/** Every benchmark `npm run bench` knows; `npm run bench -- <name>` runs one. */
export const BENCHMARKS: readonly Benchmark[] = [
  backfillBenchmark,
  stormBenchmark,
  emulatorScaleBenchmark,
  bundleSizeBenchmark,
];
