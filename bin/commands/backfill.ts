import { SingleBar } from 'cli-progress';
import {
  DataverseClient,
  DEFAULT_CONCURRENCY,
  loadDataverseConfig,
  RequestCounter,
  type Environment,
} from '../../dataverse';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import {
  countOrphanLeads,
  describeSweep,
  MAX_CONCURRENCY,
  parsePartition,
  runSweep,
  SweepStoppedError,
  WHOLE,
  type Partition,
  type SweepProgress,
  type SweepSummary,
} from '../../plugins/sweep';
import { ENV_VARS } from '../../schema/environmentVariables';
import { intFlag, parseFlags, UsageError } from '../args';

export const backfillUsage = `leadlink backfill [--dry-run] [--json] [--limit N] [--partition i/n] [--concurrency N] [--force-on]
  Links every open lead without a parent contact in Dataverse (DATAVERSE_URL and its credentials) to a matching
  contact, or to a new marketing-only contact — the webhook's rules, in bulk — and clears marketingonly on the
  contacts of qualified leads. Runs only while ${ENV_VARS.orphanLeadContactCreation} is on, unless --force-on.
    --dry-run        read and report what would be done; write nothing (every request is a GET)
    --json           print one JSON summary: scanned, matched, created, linked, flagsCleared, failed, requests, seconds
    --limit N        read at most N leads (per phase)
    --partition i/n  take share i of n (0 ≤ i < n ≤ 256); n processes with 0/n … n-1/n never touch the same lead
    --concurrency N  requests in flight at once (1–${MAX_CONCURRENCY}, default ${DEFAULT_CONCURRENCY})
    --force-on       link orphan leads even while ${ENV_VARS.orphanLeadContactCreation} is off (says so loudly)
  Ctrl-C stops between two requests; running the command again finishes the work, with no duplicate.
  Exit codes: 0 done, 1 stopped by an error, 2 usage, 3 done but some records failed (listed), 130 interrupted.`;

const flags = {
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  limit: { type: 'string' },
  partition: { type: 'string' },
  concurrency: { type: 'string' },
  'force-on': { type: 'boolean' },
} as const;

const EXIT = { done: 0, stopped: 1, recordsFailed: 3, interrupted: 130 } as const;

type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

export interface BackfillIo {
  readonly print: (text: string) => void;
  /** Warnings and the progress bar (a bar only on a terminal). */
  readonly stderr: ProgressStream;
  /** Where Ctrl-C (SIGINT) is heard: the process, or any event emitter in tests. */
  readonly signals: {
    on(event: 'SIGINT', listener: () => void): unknown;
    off(event: 'SIGINT', listener: () => void): unknown;
  };
  /** Called on a second Ctrl-C: leave at once. */
  readonly exit: (code: number) => void;
}

const PROCESS_IO: BackfillIo = {
  print: (text) => console.log(text),
  stderr: process.stderr,
  signals: process,
  exit: (code) => process.exit(code),
};

/** `leadlink backfill`: the sweep from the command line, with progress, a summary and Ctrl-C between requests. */
export async function runBackfill(
  argv: readonly string[],
  env: Environment = process.env,
  io: BackfillIo = PROCESS_IO,
): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
  const limit = values.limit === undefined ? undefined : intFlag('limit', values.limit, 0, 1);
  const concurrency = intFlag('concurrency', values.concurrency, DEFAULT_CONCURRENCY, 1, MAX_CONCURRENCY);
  const partition = readPartition(values.partition);
  const forceOn = values['force-on'] === true;
  const dryRun = values['dry-run'] === true;
  if (forceOn) {
    io.stderr.write(
      `WARNING: --force-on: orphan leads are linked even if ${ENV_VARS.orphanLeadContactCreation} is off in this environment.\n`,
    );
  }
  const requests = new RequestCounter();
  const client = DataverseClient.fromConfig(loadDataverseConfig(env), { concurrency, observer: requests });
  const stop = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    interrupts += 1;
    if (interrupts > 1) return io.exit(EXIT.interrupted);
    io.stderr.write('\nStopping after the requests in flight… (Ctrl-C again to quit at once)\n');
    stop.abort();
  };
  io.signals.on('SIGINT', onInterrupt);
  const progress = createProgress(io.stderr);
  try {
    if (io.stderr.isTTY) {
      const orphans = await countOrphanLeads(client, partition);
      progress.start(orphans === undefined || limit === undefined ? orphans : Math.min(orphans, limit));
    }
    let summary: SweepSummary;
    try {
      summary = await runSweep(client, new DataverseEnvironmentSettings(client), {
        dryRun,
        partition,
        concurrency,
        forceOn,
        signal: stop.signal,
        onProgress: progress.update,
        ...(limit !== undefined ? { limit } : {}),
      });
    } catch (error) {
      if (!(error instanceof SweepStoppedError)) throw error;
      progress.stop();
      report(io, values.json === true, error.summary, requests.total, error.message);
      return EXIT.stopped;
    }
    progress.stop();
    report(io, values.json === true, summary, requests.total);
    if (summary.interrupted) return EXIT.interrupted;
    return summary.failed.length > 0 ? EXIT.recordsFailed : EXIT.done;
  } finally {
    progress.stop();
    io.signals.off('SIGINT', onInterrupt);
    client.close();
  }
}

function readPartition(text: string | undefined): Partition {
  if (text === undefined) return WHOLE;
  try {
    return parsePartition(text);
  } catch (error) {
    throw new UsageError(`--partition: ${(error as Error).message}`);
  }
}

function report(io: BackfillIo, json: boolean, summary: SweepSummary, requests: number, error?: string): void {
  if (json) {
    io.print(JSON.stringify({ ...summary, requests, ...(error !== undefined ? { error } : {}) }, null, 2));
    return;
  }
  io.print(`${describeSweep(summary)}\n  Dataverse requests: ${requests.toLocaleString('en-US')}`);
  if (error !== undefined) io.stderr.write(`${error}\n`);
}

interface Progress {
  start(total: number | undefined): void;
  update(progress: SweepProgress): void;
  stop(): void;
}

/** A bar with leads/s and the ETA on a terminal; nothing otherwise (the summary says it all at the end). */
function createProgress(stream: ProgressStream): Progress {
  if (!stream.isTTY) return { start: () => undefined, update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({
    stream,
    format: 'Linking orphan leads [{bar}] {value}/{total} · {rate} leads/s · ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 5,
  });
  let started: number | undefined;
  return {
    start: (total) => {
      started = Date.now();
      bar.start(total ?? 0, 0, { rate: '0' });
    },
    update: (progress) => {
      if (started === undefined || progress.phase !== 'link') return;
      if (progress.scanned > bar.getTotal()) bar.setTotal(progress.scanned);
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      bar.update(progress.scanned, { rate: Math.round(progress.scanned / seconds).toLocaleString('en-US') });
    },
    stop: () => {
      if (started !== undefined) bar.stop();
      started = undefined;
    },
  };
}
