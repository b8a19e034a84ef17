import { check, type CheckResult } from '../CheckResult';
import { FIX } from '../format/fixes';
import { ADMIN_KEY_SETTING } from '../functionApp/functionAppEndpoints';
import type { HealthAnswer } from '../functionApp/probeHealth';

const G = 'functionApp';

export interface FunctionAppInput {
  /** The app's API root, or undefined when no URL is known. */
  readonly apiBase: string | undefined;
  readonly anonymous: HealthAnswer | undefined;
  /** Undefined when no administrators' key was given. */
  readonly deep: HealthAnswer | undefined;
}

/** What an answer's JSON says, briefly: its status and detail, never more than a line. */
function summary(body: unknown): string {
  if (typeof body !== 'object' || body === null) return String(body ?? '').slice(0, 200);
  const record = body as Record<string, unknown>;
  return ['status', 'dataverse', 'detail']
    .filter((k) => record[k] !== undefined)
    .map((k) => `${k}: ${String(record[k]).slice(0, 200)}`)
    .join('; ');
}

/** The anonymous health answers; the deep health check, with the administrators' key, passes. */
export function functionAppChecks(input: FunctionAppInput): CheckResult[] {
  if (input.apiBase === undefined || input.anonymous === undefined) {
    return [
      check(G, 'functionApp.health', 'warn', 'The function app is not checked: its URL is not known', [
        'pass --function-url, set WEBSITE_HOSTNAME, or register the webhook endpoint',
      ]),
    ];
  }
  return [anonymousCheck(input.apiBase, input.anonymous), deepCheck(input.apiBase, input.deep)];
}

function anonymousCheck(apiBase: string, answer: HealthAnswer): CheckResult {
  const id = 'functionApp.health';
  if (!answer.answered)
    return check(
      G,
      id,
      'fail',
      `The function app does not answer at ${apiBase}`,
      [answer.error],
      FIX.functionApp(apiBase),
    );
  if (answer.status >= 200 && answer.status < 300)
    return check(G, id, 'pass', `The function app answers at ${apiBase}`);
  return check(
    G,
    id,
    'fail',
    `The function app's health answers HTTP ${answer.status}`,
    [summary(answer.body)],
    FIX.functionApp(apiBase),
  );
}

function deepCheck(apiBase: string, answer: HealthAnswer | undefined): CheckResult {
  const id = 'functionApp.deepHealth';
  if (answer === undefined) {
    return check(
      G,
      id,
      'warn',
      `The deep health check is not run: ${ADMIN_KEY_SETTING} is not set`,
      [],
      FIX.adminKey(ADMIN_KEY_SETTING),
    );
  }
  if (!answer.answered)
    return check(G, id, 'fail', 'The deep health check got no answer', [answer.error], FIX.functionApp(apiBase));
  if (answer.status === 401 || answer.status === 403) {
    return check(
      G,
      id,
      'fail',
      `The function app refused the administrators' key (HTTP ${answer.status})`,
      [],
      FIX.adminKey(ADMIN_KEY_SETTING),
    );
  }
  const status =
    typeof answer.body === 'object' && answer.body !== null
      ? (answer.body as Record<string, unknown>).status
      : undefined;
  if (answer.status >= 200 && answer.status < 300 && (status === undefined || status === 'ok')) {
    return check(G, id, 'pass', 'The deep health check passes', [summary(answer.body)].filter(Boolean));
  }
  return check(
    G,
    id,
    'fail',
    `The deep health check fails (HTTP ${answer.status})`,
    [summary(answer.body)],
    FIX.functionAppSettings,
  );
}
