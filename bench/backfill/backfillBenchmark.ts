import { DataverseClient, DEFAULT_CONCURRENCY, RequestCounter } from '../../dataverse';
import { importEnvironmentVariables } from '../../bin/start/importEnvironmentVariables';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { runSweep } from '../../plugins/sweep';
import { ENV_VARS } from '../../schema/environmentVariables';
import { CONTACT, LEAD } from '../../schema/names';
import type { Benchmark } from '../Benchmark';
import { checkOutcome, type Outcome } from './checkOutcome';
import { EmulatorProcess } from './EmulatorProcess';
import { formatNumber, formatTable } from './formatTable';
import { naiveWorkflow } from './naiveWorkflow';
import { syntheticLeads, type SyntheticData } from './syntheticLeads';

const DEFAULT_LEADS = 10_000;
const LATENCY_MS = 20;
/** Dataverse's service protection window: 6,000 requests per user per 300 s (api-limits). */
const REQUESTS_PER_WINDOW = 6000;
const WINDOW_S = 300;

interface PathResult {
  readonly seconds: number;
  readonly requests: number;
  readonly clientRequests: number;
  readonly outcome: Outcome;
}

/**
 * `npm run bench -- backfill`: 10,000 orphan leads, each path on a fresh emulator in its own process with 20 ms
 * latency per request and Dataverse's default limits; LeadLink's sweep against a classic per-lead workflow.
 */
export const backfillBenchmark: Benchmark = {
  name: 'backfill',
  description: `${formatNumber(DEFAULT_LEADS)} orphan leads: the bulk sweep vs a per-lead workflow (--leads=N for another size)`,
  async run(args) {
    const leads = leadCount(args);
    const data = syntheticLeads({
      leads,
      existingContacts: Math.round(leads * 0.15),
      matchShare: 0.15,
      sharedShare: 0.15,
      noEmailShare: 0.02,
    });
    console.log(describeData(data));
    console.log(
      `Each path: a fresh emulator in its own process, ${LATENCY_MS} ms latency per request, Dataverse's default limits.\n`,
    );
    const bulk = await measure(data, 'bulk', async (client) => {
      const summary = await runSweep(client, new DataverseEnvironmentSettings(client), {
        concurrency: DEFAULT_CONCURRENCY,
      });
      if (summary.failed.length > 0 || summary.linked !== leads) {
        throw new Error(
          `The sweep did not link every lead: ${JSON.stringify({ ...summary, failed: summary.failed.slice(0, 3) })}`,
        );
      }
    });
    const naive = await measure(data, 'naive', (client) => naiveWorkflow(client, DEFAULT_CONCURRENCY));
    console.log(report(leads, bulk, naive));
  },
};

function leadCount(args: readonly string[]): number {
  const given = args.find((a) => a.startsWith('--leads='))?.slice('--leads='.length);
  if (given === undefined) return DEFAULT_LEADS;
  const n = Number(given);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new RangeError(`--leads must be a whole number from 1 to 100000, got '${given}'`);
  return n;
}

async function measure(
  data: SyntheticData,
  path: 'bulk' | 'naive',
  work: (client: DataverseClient) => Promise<void>,
): Promise<PathResult> {
  process.stdout.write(`Running the ${path === 'bulk' ? 'bulk sweep' : 'per-lead workflow'}… `);
  const emulator = await EmulatorProcess.start();
  const seeder = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  const counter = new RequestCounter();
  const client = DataverseClient.fromConfig(
    { url: emulator.url, authorityHost: '', credentials: { kind: 'none' } },
    { concurrency: DEFAULT_CONCURRENCY, observer: counter },
  );
  try {
    await importEnvironmentVariables(seeder, { [ENV_VARS.orphanLeadContactCreation]: 'yes' });
    for (const [set, table, records] of [
      [CONTACT.set, CONTACT.table, data.contacts],
      [LEAD.set, LEAD.table, data.leads],
    ] as const) {
      for (let start = 0; start < records.length; start += 1000)
        await seeder.createMultiple(set, table, records.slice(start, start + 1000));
    }
    // Fresh limit windows for the timed run. A classic workflow runs inside Dataverse, where the Web API's request
    // count does not apply: the naive path gets that limit lifted (its other limits stay), so its time is what it
    // would be without any Retry-After wait — the comparison favours it.
    await emulator.configure({
      faults: { latencyMs: LATENCY_MS },
      limits: path === 'naive' ? { requests: Number.MAX_SAFE_INTEGER } : {},
    });
    const mark = await emulator.mark();
    const started = performance.now();
    await work(client);
    const seconds = (performance.now() - started) / 1000;
    const requests = await emulator.requestsSince(mark);
    await emulator.configure({ faults: { latencyMs: 0 } });
    const outcome = await checkOutcome(seeder);
    console.log(`${formatNumber(seconds, 1)} s`);
    return { seconds, requests, clientRequests: counter.total, outcome };
  } finally {
    client.close();
    seeder.close();
    await emulator.stop();
  }
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
