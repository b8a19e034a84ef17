import { BENCHMARKS } from './registry';

/**
 * `npm run bench [-- name …]`: runs the named benchmarks (all when none is named). Each prints ours vs the naive way
 * with ratios; timings are printed, never asserted.
 */
async function main(argv: readonly string[]): Promise<number> {
  const names = argv.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !BENCHMARKS.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark: ${unknown.join(', ')}. Known: ${BENCHMARKS.map((b) => b.name).join(', ')}.`);
    return 2;
  }
  const chosen = names.length === 0 ? BENCHMARKS : BENCHMARKS.filter((b) => names.includes(b.name));
  for (const benchmark of chosen) {
    console.log(`\n== ${benchmark.name}: ${benchmark.description}\n`);
    await benchmark.run(argv.filter((a) => a.startsWith('-')));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error((error as Error).stack ?? String(error));
    process.exitCode = 1;
  },
);
