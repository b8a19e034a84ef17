import { SingleBar } from 'cli-progress';
import { DataverseClient, loadDataverseConfig, type Environment } from '../../dataverse';
import { describeFailure, loadScoringModel, rescoreAll, type RescoreAllResult } from '../../plugins/rescoring';
import { DataverseEnvironmentSettings } from '../../plugins/settings/DataverseEnvironmentSettings';
import { parseFlags, UsageError } from '../args';

export const rescoreUsage = `leadlink rescore [--json] [--after LEAD_ID]
  Rescores every open lead in Dataverse (DATAVERSE_URL and its credentials) with the model in leadlink_ScoringModel:
  decay and model changes take effect, only leads whose score changed are written. Ctrl-C stops after the current
  page and prints where to resume (--after); running again from the start is safe too. --json prints the summary.`;

/** Exit code when Ctrl-C stopped the run (128 + SIGINT), as shells report it. */
const INTERRUPTED = 130;

export interface RescoreIo {
  readonly print: (text: string) => void;
  /** Where progress goes (a bar on a terminal, a line per page otherwise). */
  readonly progress: ProgressStream;
  /** Where Ctrl-C (SIGINT) is heard: the process, or any event emitter in tests. */
  readonly signals: {
    once(event: 'SIGINT', listener: () => void): unknown;
    off(event: 'SIGINT', listener: () => void): unknown;
  };
}

/** `leadlink rescore`: rescores all open leads a page at a time, with progress; prints what changed. */
export async function runRescore(
  argv: readonly string[],
  env: Environment = process.env,
  io: RescoreIo = { print: console.log, progress: process.stderr, signals: process },
): Promise<number> {
  const { values, positionals } = parseFlags(argv, { json: { type: 'boolean' }, after: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
  if (values.after !== undefined && !GUID.test(values.after.trim())) {
    throw new UsageError(`--after must be a lead id (a GUID), got '${values.after.slice(0, 40)}'.`);
  }
  const client = DataverseClient.fromConfig(loadDataverseConfig(env));
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  io.signals.once('SIGINT', onSignal);
  const progress = createProgress(io.progress);
  try {
    const model = await loadModel(client);
    const result = await rescoreAll({ dataverse: client, now: () => new Date() }, model, {
      signal: stop.signal,
      ...(values.after !== undefined ? { startAfter: values.after } : {}),
      onStart: progress.start,
      onProgress: progress.update,
    });
    progress.stop();
    io.print(values.json ? JSON.stringify(toJson(result), null, 2) : describe(result));
    if (!result.completed) return INTERRUPTED;
    return result.failures.length > 0 ? 1 : 0;
  } finally {
    progress.stop();
    io.signals.off('SIGINT', onSignal);
    client.close();
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The model; a ScoringModelError names where it was read from along with the validator's findings. */
function loadModel(client: DataverseClient) {
  return loadScoringModel({ dataverse: client, settings: new DataverseEnvironmentSettings(client) });
}

type ProgressStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

interface Progress {
  start(total: number | undefined): void;
  update(done: number): void;
  stop(): void;
}

function createProgress(stream: ProgressStream): Progress {
  if (!stream.isTTY) {
    let total: number | undefined;
    return {
      start: (count) => {
        total = count;
      },
      update: (done) => stream.write(`rescored ${done}${total === undefined ? '' : `/${total}`} open leads\n`),
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream,
    format: 'Rescoring [{bar}] {value}/{total} open leads · {duration_formatted}',
    hideCursor: true,
  });
  let running = false;
  return {
    start: (total) => {
      bar.start(total ?? 0, 0);
      running = true;
    },
    update: (done) => {
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    stop: () => {
      if (running) bar.stop();
      running = false;
    },
  };
}

function toJson(result: RescoreAllResult) {
  return { ...result, failures: result.failures.map(describeFailure) };
}

function describe(result: RescoreAllResult): string {
  const lines = [
    `${result.completed ? 'Rescored' : 'Stopped after rescoring'} ${result.scored} open lead(s): ${result.changed} changed, ` +
      `${result.becameSalesReady} became sales-ready, ${result.tasksCreated} task(s) created.`,
  ];
  for (const failure of result.failures.slice(0, 20)) {
    lines.push(
      `  ${failure.what} ${failure.leadId}: ${failure.message}${failure.retryable ? ' (transient; run again)' : ''}`,
    );
  }
  if (result.failures.length > 20) lines.push(`  … and ${result.failures.length - 20} more failure(s).`);
  if (!result.completed && result.lastLeadId !== undefined) {
    lines.push(`Resume with: leadlink rescore --after ${result.lastLeadId}`);
  }
  return lines.join('\n');
}
