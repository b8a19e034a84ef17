import { DEFAULT_CONCURRENCY } from '../../dataverse';
import type { Benchmark } from '../Benchmark';
import { formatNumber, formatTable } from './formatTable';
import { backfillData, LATENCY_MS, measurePath, type PathResult } from './measurePath';
import { scalingTable, type ScalingRow } from './scalingTable';
import type { SyntheticData } from './syntheticLeads';

const DEFAULT_LEADS = 10_000;
/** Dataverse's service protection window: 6,000 requests per user per 300 s (api-limits). */
const REQUESTS_PER_WINDOW = 6000;
const WINDOW_S = 300;

const SCALING_SIZES = [1_000, 10_000, 100_000];
/** The largest size the naive path runs at by default: at 10,000 leads it already takes minutes. */
const NAIVE_UP_TO = 10_000;
const MAX_LEADS = 100_000;

/**
 * `npm run bench -- backfill`: 10,000 orphan leads, each path on a fresh emulator in its own process with 20 ms
 * latency per request and Dataverse's default limits, LeadLink's sweep against a classic per-lead workflow; then the
 * scaling table (1,000, 10,000 and 100,000 leads). `--leads=N` runs only the comparison, at N leads;
 * `--sizes=a,b,…` only the scaling table; `--naive-up-to=N` runs the naive path up to N leads (default 10,000).
 */
export const backfillBenchmark: Benchmark = {
  name: 'backfill',
  description: `${formatNumber(DEFAULT_LEADS)} orphan leads, the bulk sweep vs a per-lead workflow; then ${SCALING_SIZES.map((n) => formatNumber(n)).join(' / ')} leads (--leads=N, --sizes=a,b, --naive-up-to=N)`,
  async run(args) {
    const leads = flagNumbers(args, 'leads');
    const sizes = flagNumbers(args, 'sizes');
    const naiveUpTo = flagNumbers(args, 'naive-up-to', 0)?.[0] ?? NAIVE_UP_TO;
    const measured = new Map<number, ScalingRow>();
    if (sizes === undefined) {
      const n = leads?.[0] ?? DEFAULT_LEADS;
      const data = backfillData(n);
      console.log(describeData(data));
      console.log(
        `Each path: a fresh emulator in its own process, ${LATENCY_MS} ms latency per request, Dataverse's default limits.\n`,
      );
      const bulk = await measurePath(data, 'bulk');
      const naive = await measurePath(data, 'naive');
      console.log(report(n, bulk, naive));
      measured.set(n, { leads: n, bulk, naive });
      if (leads !== undefined) return;
    }
    console.log('');
    const rows: ScalingRow[] = [];
    for (const n of [...new Set(sizes ?? SCALING_SIZES)].sort((a, b) => a - b)) {
      const known = measured.get(n);
      if (known) {
        rows.push(known);
        continue;
      }
      const data = backfillData(n);
      const bulk = await measurePath(data, 'bulk');
      rows.push({ leads: n, bulk, ...(n <= naiveUpTo ? { naive: await measurePath(data, 'naive') } : {}) });
    }
    console.log(scalingTable(rows));
  },
};

/** `--name=1000,10000`: whole numbers from `min` to 100,000; undefined when the flag is absent. */
function flagNumbers(args: readonly string[], name: string, min = 1): number[] | undefined {
  const given = args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  if (given === undefined) return undefined;
  const numbers = given.split(',').map((part) => Number(part.trim()));
  if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < min || n > MAX_LEADS))
    throw new RangeError(
      `--${name} takes whole numbers from ${formatNumber(min)} to ${formatNumber(MAX_LEADS)}, separated by commas; got '${given.slice(0, 60)}'`,
    );
  return numbers;
}

function describeData(data: SyntheticData): string {
  const emails = data.leads.map((l) =>
    typeof l.emailaddress1 === 'string' ? l.emailaddress1.trim().toLowerCase() : '',
  );
  const existing = new Set(data.contacts.map((c) => String(c.emailaddress1)));
  const counts = new Map<string, number>();
  for (const e of emails) if (e !== '') counts.set(e, (counts.get(e) ?? 0) + 1);
  const matching = emails.filter((e) => existing.has(e)).length;
  const sharing = emails.filter((e) => e !== '' && !existing.has(e) && (counts.get(e) ?? 0) > 1).length;
  const without = emails.filter((e) => e === '').length;
  return (
    `${formatNumber(data.leads.length)} orphan leads: ${formatNumber(matching)} match one of ${formatNumber(data.contacts.length)} existing ` +
    `contacts (other case, stray spaces), ${formatNumber(sharing)} share a new e-mail with other leads, ${formatNumber(without)} have no e-mail.`
  );
}

function report(leads: number, bulk: PathResult, naive: PathResult): string {
  const rate = (r: PathResult) => leads / r.seconds;
  const rows = [
    ['', 'LeadLink bulk sweep', 'naive per-lead workflow', 'ratio'],
    [
      'wall time',
      `${formatNumber(bulk.seconds, 1)} s`,
      `${formatNumber(naive.seconds, 1)} s`,
      `${formatNumber(naive.seconds / bulk.seconds, 1)}× faster`,
    ],
    ['leads/s', formatNumber(rate(bulk)), formatNumber(rate(naive)), ''],
    [
      'Dataverse requests',
      formatNumber(bulk.requests),
      formatNumber(naive.requests),
      `${formatNumber(naive.requests / bulk.requests)}× fewer`,
    ],
    ['requests per lead', formatNumber(bulk.requests / leads, 4), formatNumber(naive.requests / leads, 2), ''],
    ['leads left orphan', formatNumber(bulk.outcome.orphans), formatNumber(naive.outcome.orphans), ''],
    ['twin contacts (same e-mail)', formatNumber(bulk.outcome.twins), formatNumber(naive.outcome.twins), ''],
  ];
  const windows = Math.ceil(naive.requests / REQUESTS_PER_WINDOW) - 1;
  const throttling =
    windows > 0
      ? [
          `Through the Web API its ${formatNumber(naive.requests)} requests exceed ${formatNumber(REQUESTS_PER_WINDOW)} per ${WINDOW_S} s, so it would also`,
          `wait about ${formatNumber((windows * WINDOW_S) / 60)} more minutes for Retry-After. The bulk sweep ran under every default limit.`,
        ]
      : [
          `Its ${formatNumber(naive.requests)} requests fit in one ${WINDOW_S}-s window. The bulk sweep ran under every default limit.`,
        ];
  return [
    '',
    formatTable(rows),
    '',
    `Requests are counted by the emulator (the clients counted ${formatNumber(bulk.clientRequests)} and ${formatNumber(naive.clientRequests)}).`,
    `The naive path ran ${DEFAULT_CONCURRENCY} leads at a time (the client's default concurrency), with the request-count limit lifted:`,
    "a classic workflow runs inside Dataverse, outside the Web API's count, so its time is shown without any throttling.",
    ...throttling,
  ].join('\n');
}
