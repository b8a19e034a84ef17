import type { ODataRecord } from '../../../dataverse';
import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import { FAILURE_ALIAS, FAILURE_SAMPLE } from '../read/failureQueries';
import { ASYNC_OPERATION } from '../read/platformNames';
import type { Read } from '../read/Read';
import { countOf, describeCount } from './countOf';

const G = 'failures';
type Rows = Read<readonly ODataRecord[]>;
/** How many of the most common messages are shown, and how much of each. */
const TOP_MESSAGES = 3;
const MESSAGE_LENGTH = 200;

export interface FailureInput {
  readonly recent: Rows;
  readonly recentMessages: Rows;
  readonly all: Rows;
  /** What counts as recent, for titles, e.g. `24 h`. */
  readonly window: string;
}

/** LeadLink's failed system jobs: recent ones with their most common messages, and every delivery given up on. */
export function failureChecks(input: FailureInput): CheckResult[] {
  return [recentCheck(input), givenUpCheck(input)];
}

function recentCheck(input: FailureInput): CheckResult {
  const id = 'failures.recent';
  const count = countOf(input.recent, FAILURE_ALIAS.count);
  if (count.kind === 'unknown') return check(G, id, 'error', 'The failed system jobs cannot be read', [count.error]);
  if (count.kind === 'exact' && count.value === 0)
    return check(G, id, 'pass', `No LeadLink system job failed in the last ${input.window}`);
  const details: string[] = [];
  if (count.kind === 'exact') {
    details.push(
      `first ${String(count.row[FAILURE_ALIAS.first] ?? '?')}, last ${String(count.row[FAILURE_ALIAS.last] ?? '?')}`,
    );
  }
  const messages = commonMessages(input.recentMessages);
  details.push(...messages);
  // Dataverse records the status the endpoint answered; 401 means the key it sends is not the app's.
  const refusedKey = messages.some((m) => /\bHTTP 401\b/.test(m));
  return check(
    G,
    id,
    'fail',
    `${describeCount(count)} LeadLink system jobs failed in the last ${input.window}`,
    details,
    refusedKey ? FIX.rotateKey : FIX.failures,
  );
}

function commonMessages(read: Rows): string[] {
  if (!read.ok) return [`the messages cannot be read: ${read.error}`];
  const tally = new Map<string, number>();
  for (const row of read.value) {
    const text = row[ASYNC_OPERATION.friendlyMessage] ?? row[ASYNC_OPERATION.message];
    const key =
      typeof text === 'string' && text.trim() !== ''
        ? text.trim().replace(/\s+/g, ' ').slice(0, MESSAGE_LENGTH)
        : '(no message)';
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  const among = read.value.length >= FAILURE_SAMPLE ? ` (among the latest ${FAILURE_SAMPLE})` : '';
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_MESSAGES)
    .map(([text, n], index) => `${index === 0 ? `most common${among}` : 'then'}: ×${n} ${text}`);
}

function givenUpCheck(input: FailureInput): CheckResult {
  const id = 'failures.givenUp';
  const count = countOf(input.all, FAILURE_ALIAS.count);
  if (count.kind === 'unknown') return check(G, id, 'error', 'The failed system jobs cannot be counted', [count.error]);
  if (count.kind === 'exact' && count.value === 0)
    return check(G, id, 'pass', 'Dataverse gave up on no webhook delivery');
  return check(
    G,
    id,
    'warn',
    `Dataverse gave up on ${describeCount(count)} webhook deliveries`,
    ['failed system jobs are not retried: their events are lost until the sweep repairs what they missed'],
    FIX.backfill,
  );
}
