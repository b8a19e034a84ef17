import { Emulator, parseSeed, type SeedOption } from '../../emulator';
import { DEFAULT_ASYNC_PARALLELISM, MAX_ASYNC_PARALLELISM } from '../../emulator/webhooks/asyncParallelism';
import { LEADLINK_CUSTOMIZATIONS } from '../../schema/customizations';
import { intFlag, numberFlag, parseFlags, UsageError } from '../args';
import { waitForSignal } from '../waitForSignal';

export const emulatorUsage = `leadlink emulator [--port 7070] [--seed demo|empty|large:N]
    [--max-requests 6000] [--window-seconds 300] [--max-concurrent 52] [--max-execution-ms 1200000]
    [--latency-ms 0] [--error-rate 0] [--reset-rate 0] [--webhook-parallelism 100]
  Runs the Dataverse Web API emulator on 127.0.0.1 until Ctrl-C. --webhook-parallelism: webhook deliveries at once,
  as Dataverse's asynchronous service runs them. --seed large:100000 starts it with 100,000
  synthetic contacts and 100,000 leads (30% of them orphans), for demos and benchmarks at scale.`;

export const emulatorFlags = {
  port: { type: 'string' },
  seed: { type: 'string' },
  'max-requests': { type: 'string' },
  'window-seconds': { type: 'string' },
  'max-concurrent': { type: 'string' },
  'max-execution-ms': { type: 'string' },
  'latency-ms': { type: 'string' },
  'error-rate': { type: 'string' },
  'reset-rate': { type: 'string' },
  'webhook-parallelism': { type: 'string' },
} as const;

type EmulatorFlagValues = Partial<Record<keyof typeof emulatorFlags, string>>;

/** Builds an emulator from the shared flags (used by `emulator` and `start`). */
export function emulatorFromFlags(
  values: EmulatorFlagValues,
  defaultSeed: SeedOption,
): { emulator: Emulator; port: number; seed: SeedOption } {
  const seed = values.seed === undefined ? defaultSeed : seedFlag(values.seed);
  const emulator = new Emulator({
    seed,
    customizations: LEADLINK_CUSTOMIZATIONS,
    limits: {
      requests: intFlag('max-requests', values['max-requests'], 6000, 1),
      windowMs: intFlag('window-seconds', values['window-seconds'], 300, 1) * 1000,
      concurrent: intFlag('max-concurrent', values['max-concurrent'], 52, 1),
      executionMs: intFlag('max-execution-ms', values['max-execution-ms'], 1_200_000, 1),
    },
    faults: {
      latencyMs: intFlag('latency-ms', values['latency-ms'], 0, 0, 60_000),
      serverErrorRate: numberFlag('error-rate', values['error-rate'], 0, 0, 1),
      resetRate: numberFlag('reset-rate', values['reset-rate'], 0, 0, 1),
    },
    webhookConcurrency: intFlag(
      'webhook-parallelism',
      values['webhook-parallelism'],
      DEFAULT_ASYNC_PARALLELISM,
      1,
      MAX_ASYNC_PARALLELISM,
    ),
  });
  return { emulator, port: intFlag('port', values.port, 7070, 0, 65535), seed };
}

function seedFlag(text: string): SeedOption {
  try {
    return parseSeed(text);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function runEmulator(argv: readonly string[]): Promise<number> {
  const { values } = parseFlags(argv, emulatorFlags);
  const { emulator, port } = emulatorFromFlags(values, 'demo');
  await emulator.start(port);
  console.log(`Emulator: ${emulator.apiUrl}`);
  console.log('This is the LeadLink Dataverse emulator (in memory, loopback only). Ctrl-C stops it.');
  await waitForSignal();
  await emulator.stop();
  return 0;
}
