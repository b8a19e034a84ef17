import { DataverseClient, DEFAULT_CONCURRENCY, RequestCounter } from '../../dataverse';
import { importEnvironmentVariables } from '../../bin/start/importEnvironmentVariables';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { runSweep } from '../../plugins/sweep';
import { ENV_VARS } from '../../schema/environmentVariables';
import { CONTACT, LEAD } from '../../schema/names';
import { checkOutcome, type Outcome } from './checkOutcome';
import { EmulatorProcess } from './EmulatorProcess';
import { formatNumber } from './formatTable';
import { naiveWorkflow } from './naiveWorkflow';
import { syntheticLeads, type SyntheticData } from './syntheticLeads';

export const LATENCY_MS = 20;

export type PathName = 'bulk' | 'naive';

export interface PathResult {
  readonly seconds: number;
  readonly requests: number;
  readonly clientRequests: number;
  readonly outcome: Outcome;
}

/** The benchmark's orphan leads: 15% match existing contacts, 15% share a new e-mail, 2% have none. */
export function backfillData(leads: number): SyntheticData {
  return syntheticLeads({
    leads,
    existingContacts: Math.round(leads * 0.15),
    matchShare: 0.15,
    sharedShare: 0.15,
    noEmailShare: 0.02,
  });
}

/**
 * Runs one path on a fresh emulator in its own process, seeded with `data`, with 20 ms latency per request and
 * Dataverse's default limits: LeadLink's sweep, or a classic per-lead workflow.
 */
export function measurePath(data: SyntheticData, path: PathName): Promise<PathResult> {
  return path === 'bulk' ? measure(data, path, sweep(data.leads.length)) : measure(data, path, naive);
}

function sweep(leads: number) {
  return async (client: DataverseClient): Promise<void> => {
    const summary = await runSweep(client, new DataverseEnvironmentSettings(client), {
      concurrency: DEFAULT_CONCURRENCY,
    });
    if (summary.failed.length > 0 || summary.linked !== leads) {
      throw new Error(
        `The sweep did not link every lead: ${JSON.stringify({ ...summary, failed: summary.failed.slice(0, 3) })}`,
      );
    }
  };
}

const naive = (client: DataverseClient) => naiveWorkflow(client, DEFAULT_CONCURRENCY);

async function measure(
  data: SyntheticData,
  path: PathName,
  work: (client: DataverseClient) => Promise<void>,
): Promise<PathResult> {
  const label = path === 'bulk' ? 'bulk sweep' : 'per-lead workflow';
  process.stdout.write(`Running the ${label} on ${formatNumber(data.leads.length)} leads… `);
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
