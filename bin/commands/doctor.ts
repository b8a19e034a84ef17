import type { Environment } from '../../dataverse';
import {
  ADMIN_KEY_SETTING,
  formatChecklist,
  FUNCTION_HOST_SETTING,
  reportJson,
  runDoctor,
} from '../../solution/doctor';
import { RegistrationError } from '../../solution/register';
import { authKindFlag, parseFlags, UsageError } from '../args';

export const doctorUsage = `leadlink doctor [--function-url URL] [--auth webhookkey|header] [--application-id GUID] [--json]
  Checks a deployment and changes nothing: the connection (DATAVERSE_URL and its credentials), the application user's
  roles and privileges, the LeadLink solution, its environment variables, the webhook endpoint and every step, the
  function app's health (${ADMIN_KEY_SETTING} for the deep check), failed system jobs and the backlog. --function-url
  (else https://$${FUNCTION_HOST_SETTING}/api/webhooks/dataverse) is the webhook URL the endpoint must hold;
  LEADLINK_WEBHOOK_KEY, when set, must be the key Dataverse sends. Run it with the function app's settings, or as an
  administrator with --application-id (the app's AZURE_CLIENT_ID) to check LeadLink's application user from outside
  its least-privilege role. Every ✗ names its fix.
  Exit codes: 0 all good (warnings allowed), 1 something is wrong, 2 it could not check.`;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const flags = {
  'function-url': { type: 'string' },
  auth: { type: 'string' },
  'application-id': { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `leadlink doctor`: prints the checklist (or one JSON document) and returns its exit code. */
export async function runDoctorCommand(
  argv: readonly string[],
  env: Environment = process.env,
  print: (text: string) => void = console.log,
): Promise<number> {
  const { values, positionals } = parseFlags(argv, flags);
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'.`);
  const authKind = authKindFlag(values.auth);
  const applicationId = values['application-id']?.trim().toLowerCase();
  if (applicationId !== undefined && !GUID.test(applicationId)) {
    throw new UsageError(`--application-id must be the app registration's client id (a GUID), got '${applicationId}'.`);
  }
  let report;
  try {
    report = await runDoctor({
      env,
      ...(values['function-url'] !== undefined ? { functionUrl: values['function-url'] } : {}),
      authKind,
      ...(applicationId !== undefined ? { applicationId } : {}),
    });
  } catch (error) {
    if (error instanceof RegistrationError) throw new UsageError(error.message);
    // Nothing else is expected (every read failure is a check); whatever it is, nothing could be checked.
    console.error(`leadlink doctor: could not check: ${(error as Error).message}`);
    return 2;
  }
  print(values.json === true ? reportJson(report) : formatChecklist(report));
  return report.exitCode;
}
