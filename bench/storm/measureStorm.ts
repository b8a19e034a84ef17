import { setTimeout as sleep } from 'node:timers/promises';
import { importEnvironmentVariables } from '../../bin/start/importEnvironmentVariables';
import { DataverseClient, type ODataRecord } from '../../dataverse';
import { PLATFORM_IDS } from '../../emulator';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { runSweep } from '../../plugins/sweep';
import { ENV_VARS } from '../../schema/environmentVariables';
import { CONTACT, LEAD, LEAD_STATE } from '../../schema/names';
import { checkOutcome } from '../backfill/checkOutcome';
import { EmulatorProcess } from '../backfill/EmulatorProcess';
import { formatNumber } from '../backfill/formatTable';
import type { SyntheticData } from '../backfill/syntheticLeads';
import { startSide, type SideName } from './StormSide';
import { userClient } from './userClient';

export const LATENCY_MS = 20;
/** The sweep timer runs every 15 minutes by default (LEADLINK_SWEEP_SCHEDULE): a lead left to it waits half that. */
export const TIMER_PERIOD_S = 15 * 60;
/** The importer's users: a steady import through the Web API spreads over a few, each under its own limits. */
const IMPORTERS = 4;
const IDLE_LEADS = 5;
/** Longest the benchmark waits for every lead to be linked. */
const LINK_LIMIT_MS = 40 * 60_000;

/** `import`: CreateMultiple, 1,000 a request; `steady`: one Create at a time, at a steady rate. */
export type ScenarioName = 'import' | 'steady';

export interface StormResult {
  /** LeadLink's Dataverse requests (its application user) from the first lead on. */
  readonly requests: number;
  /** Of them, refused with 429. */
  readonly throttled: number;
  /** From the first lead created until every lead has a parent contact. */
  readonly linkedSeconds: number;
  /** From the first lead created until the last was. */
  readonly createdSeconds: number;
  /** Part of linkedSeconds modelled, not waited: the sweep timer's average wait (0 when the webhooks did it all). */
  readonly timerWaitSeconds: number;
  /** Webhook deliveries that failed for good: the system jobs that stay Failed. */
  readonly failedDeliveries: number;
  /** Events answered `deferred`, and how many of their leads the early sweeps linked. */
  readonly deferred: number;
  readonly deferredLinked: number;
  readonly twins: number;
  readonly orphans: number;
  /** A single lead created while the system is idle, from its Create to its link: the median of a few. */
  readonly idleLatencyMs: number;
}

export interface StormOptions {
  readonly scenario: ScenarioName;
  /** Creates per second in the steady scenario. */
  readonly rate: number;
  /** Webhook deliveries at once (the asynchronous service's parallelism). */
  readonly parallelism: number;
}

/**
 * One side on a fresh emulator in its own process: Dataverse's default limits, 20 ms per request, LeadLink's webhooks
 * registered on the side's function app. First the idle latency (single leads, a quiet pause before each), then the
 * storm: `data`'s leads created as the scenario says, and the wait until every one is linked.
 */
export async function measureStorm(data: SyntheticData, side: SideName, options: StormOptions): Promise<StormResult> {
  const emulator = await EmulatorProcess.start();
  const admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
  const clients: DataverseClient[] = [admin];
  const asUser = async (name: string) => {
    const id = await admin.create('systemusers', {
      firstname: 'Bench',
      lastname: name,
      domainname: `${name}@bench.local`,
    });
    const client = userClient(emulator.url, id);
    clients.push(client);
    return client;
  };
  let stormSide: Awaited<ReturnType<typeof startSide>> | undefined;
  try {
    await emulator.configure({ webhooks: { parallelism: options.parallelism } });
    await importEnvironmentVariables(admin, { [ENV_VARS.orphanLeadContactCreation]: 'yes' });
    for (let start = 0; start < data.contacts.length; start += 1000)
      await admin.createMultiple(CONTACT.set, CONTACT.table, data.contacts.slice(start, start + 1000));
    const importers = await Promise.all(Array.from({ length: IMPORTERS }, (_, i) => asUser(`importer${i}`)));
    const watcher = await asUser('watcher');
    stormSide = await startSide(side, emulator.url, admin);
    await emulator.configure({ faults: { latencyMs: LATENCY_MS } });

    const idleLatencyMs = await idleLatency(emulator, importers[0] ?? admin, watcher);

    await emulator.configure({ limits: {} }); // fresh service protection windows for the storm
    const mark = await emulator.mark();
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    if (options.scenario === 'import') {
      const [importer = admin] = importers;
      for (let start = 0; start < data.leads.length; start += 1000)
        await importer.createMultiple(LEAD.set, LEAD.table, data.leads.slice(start, start + 1000));
    } else {
      await steadyCreates(importers, data.leads, options.rate, started);
    }
    const createdSeconds = seconds();
    let linkedSeconds: number;
    let timerWaitSeconds = 0;
    if (side === 'group-commit') {
      linkedSeconds = await untilLinked(watcher, seconds);
      await emulator.webhooksIdle();
    } else {
      await emulator.webhooksIdle();
      linkedSeconds = seconds();
      if (await anyOrphan(watcher)) {
        // The leads the webhooks left wait for the sweep timer: half its period on average, not waited here. By then
        // the throttling window has slid on and this instance's Retry-After pause has ended: the sweep runs on a fresh
        // client (LeadLink's user, counted with the rest) in fresh windows.
        timerWaitSeconds = TIMER_PERIOD_S / 2;
        await emulator.configure({ limits: {} });
        const sweeper = DataverseClient.fromConfig({
          url: emulator.url,
          authorityHost: '',
          credentials: { kind: 'none' },
        });
        clients.push(sweeper);
        const sweepStarted = performance.now();
        await runSweep(sweeper, new DataverseEnvironmentSettings(sweeper));
        linkedSeconds += timerWaitSeconds + (performance.now() - sweepStarted) / 1000;
      }
    }
    const log = (await emulator.requestLog(mark)).filter((entry) => entry.user === PLATFORM_IDS.integrationUser);
    const steps = await emulator.webhookSteps();
    await emulator.configure({ faults: { latencyMs: 0 } });
    const outcome = await checkOutcome(admin);
    return {
      requests: log.length,
      throttled: log.filter((entry) => entry.status === 429).length,
      linkedSeconds,
      createdSeconds,
      timerWaitSeconds,
      failedDeliveries: steps.reduce((sum, step) => sum + step.failed, 0),
      deferred: stormSide.deferred(),
      deferredLinked: stormSide.deferredLinkedBySweeps(),
      twins: outcome.twins,
      orphans: outcome.orphans,
      idleLatencyMs,
    };
  } finally {
    await stormSide?.close();
    for (const client of clients) client.close();
    await emulator.stop();
  }
}

/** The median time from a single lead's Create to its link, each created after a quiet pause. */
async function idleLatency(
  emulator: EmulatorProcess,
  creator: DataverseClient,
  reader: DataverseClient,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < IDLE_LEADS; i++) {
    await sleep(1_500);
    const started = performance.now();
    const leadId = await creator.create(LEAD.set, {
      [LEAD.lastName]: `Idle ${i}`,
      [LEAD.email]: `idle.${i}@example.com`,
    });
    await emulator.webhooksIdle();
    times.push(performance.now() - started);
    const lead = await reader.retrieve(LEAD.set, leadId, { select: [LEAD.parentContactValue] });
    if (typeof lead[LEAD.parentContactValue] !== 'string') throw new Error('An idle lead was not linked');
  }
  return [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
}

/** One Create at a time per lead, started at a steady rate, spread over the importers' users. */
async function steadyCreates(
  importers: readonly DataverseClient[],
  leads: readonly ODataRecord[],
  rate: number,
  started: number,
): Promise<void> {
  const creates: Promise<string>[] = [];
  for (const [i, lead] of leads.entries()) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const importer = importers[i % importers.length];
    if (importer) creates.push(importer.create(LEAD.set, lead));
  }
  await Promise.all(creates);
}

async function anyOrphan(reader: DataverseClient): Promise<boolean> {
  const rows = await reader.queryAll(LEAD.set, {
    select: [LEAD.id],
    filter: `${LEAD.state} eq ${LEAD_STATE.open} and ${LEAD.parentContactValue} eq null`,
    top: 1,
  });
  return rows.length > 0;
}

/** Seconds until no open lead lacks a parent contact, checked twice a second. */
async function untilLinked(reader: DataverseClient, seconds: () => number): Promise<number> {
  while (await anyOrphan(reader)) {
    if (seconds() * 1000 > LINK_LIMIT_MS)
      throw new Error(`Leads were still orphan after ${formatNumber(LINK_LIMIT_MS / 60_000)} minutes`);
    await sleep(500);
  }
  return seconds();
}
