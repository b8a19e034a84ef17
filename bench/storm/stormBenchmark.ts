import { DEFAULT_ASYNC_PARALLELISM, MAX_ASYNC_PARALLELISM } from '../../emulator/webhooks/asyncParallelism';
import { DEFAULT_GROUP_COMMIT } from '../../plugins/groupCommit';
import type { Benchmark } from '../Benchmark';
import { formatNumber } from '../backfill/formatTable';
import { backfillData } from '../backfill/measurePath';
import { formatStorm } from './formatStorm';
import { LATENCY_MS, measureStorm, type ScenarioName, type StormResult } from './measureStorm';

const DEFAULT_LEADS = 10_000;
/** Creates per second of the steady import: a tool creating one record at a time through the Web API. */
const DEFAULT_RATE = 50;

/**
 * `npm run bench -- storm`: an import storm on the real webhook path, today's per-event handling against group
 * commit, each side on a fresh emulator (its own process; Dataverse's default limits; 20 ms a request; LeadLink's
 * webhooks registered; the asynchronous service's parallelism): 10,000 leads by CreateMultiple, then the same leads
 * as single creates at a steady rate. `--leads=N`, `--rate=N` (creates a second), `--parallelism=N`,
 * `--scenarios=import,steady`.
 */
export const stormBenchmark: Benchmark = {
  name: 'storm',
  description: `${formatNumber(DEFAULT_LEADS)} leads by CreateMultiple, then one by one at ${DEFAULT_RATE}/s, webhooks per event vs group commit (--leads=N, --rate=N, --parallelism=N, --scenarios=import,steady)`,
  async run(args) {
    const leads = flag(args, 'leads', DEFAULT_LEADS, 10, 100_000);
    const rate = flag(args, 'rate', DEFAULT_RATE, 1, 500);
    const parallelism = flag(args, 'parallelism', DEFAULT_ASYNC_PARALLELISM, 1, MAX_ASYNC_PARALLELISM);
    const scenarios = scenariosOf(args);
    const data = backfillData(leads);
    console.log(
      `${formatNumber(leads)} leads (30% share an address with another lead or an existing contact, ${formatNumber(data.contacts.length)} contacts exist).`,
    );
    console.log(
      `Each side: a fresh emulator in its own process, Dataverse's default limits, ${LATENCY_MS} ms a request, webhooks ${formatNumber(parallelism)} at a time; group commit at its defaults (${DEFAULT_GROUP_COMMIT.maxSize} a group, ${formatNumber(DEFAULT_GROUP_COMMIT.maxWaitMs)} ms longest wait).\n`,
    );
    const results: { scenario: ScenarioName; perEvent: StormResult; grouped: StormResult }[] = [];
    for (const scenario of scenarios) {
      const label = scenario === 'import' ? 'CreateMultiple import' : `single creates at ${rate}/s`;
      process.stdout.write(`${label}: per-event… `);
      const perEvent = await measureStorm(data, 'per-event', { scenario, rate, parallelism });
      process.stdout.write(`${formatNumber(perEvent.linkedSeconds, 1)} s; group commit… `);
      const grouped = await measureStorm(data, 'group-commit', { scenario, rate, parallelism });
      console.log(`${formatNumber(grouped.linkedSeconds, 1)} s`);
      results.push({ scenario, perEvent, grouped });
    }
    console.log(`\n${formatStorm(results, { leads, rate })}`);
  },
};

function flag(args: readonly string[], name: string, fallback: number, min: number, max: number): number {
  const given = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (given === undefined) return fallback;
  const value = Number(given);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(
      `--${name} takes a whole number from ${formatNumber(min)} to ${formatNumber(max)}; got '${given.slice(0, 40)}'`,
    );
  return value;
}

function scenariosOf(args: readonly string[]): ScenarioName[] {
  const given = args.find((a) => a.startsWith('--scenarios='))?.slice('--scenarios='.length);
  if (given === undefined) return ['import', 'steady'];
  const names = given.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => n !== 'import' && n !== 'steady');
  if (unknown.length > 0 || names.length === 0)
    throw new RangeError(`--scenarios takes import, steady or both (comma-separated); got '${given.slice(0, 40)}'`);
  return names as ScenarioName[];
}
