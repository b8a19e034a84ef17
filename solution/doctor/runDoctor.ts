import { join } from 'node:path';
import { RequestCounter, type Environment, type MsalOverrides, type ODataRecord } from '../../dataverse';
import { KEY_HEADER } from '../../functions/auth/presentedKey';
import type { Plugin } from '../../plugins/Plugin';
import { PLUGINS } from '../../plugins/registry';
import { ENVIRONMENT_VARIABLE_SPECS } from '../../plugins/settings/environmentVariableSpecs';
import { parseFlag } from '../../plugins/settings/parseFlag';
import { ENV_VARS } from '../../schema/environmentVariables';
import { checkFunctionUrl } from '../register/checkFunctionUrl';
import type { WebhookAuth } from '../register/webhookAuth';
import { SERVICE_ENDPOINT } from '../webhook/registrationNames';
import { webhookSteps } from '../webhook/webhookSteps';
import { CHECK_GROUPS, type CheckResult } from './CheckResult';
import { backlogChecks } from './checks/backlogChecks';
import { connectionChecks, describeUser } from './checks/connectionChecks';
import { endpointCheck } from './checks/endpointCheck';
import { failureChecks } from './checks/failureChecks';
import { functionAppChecks } from './checks/functionAppChecks';
import { securityChecks } from './checks/securityChecks';
import { settingsChecks } from './checks/settingsChecks';
import { solutionCheck } from './checks/solutionCheck';
import { stepChecks } from './checks/stepChecks';
import { exitCodeOf, verdictOf, type DoctorReport } from './DoctorReport';
import { FIX } from './format/fixes';
import {
  ADMIN_KEY_SETTING,
  anonymousHealth,
  apiBaseOf,
  deepHealth,
  FUNCTION_HOST_SETTING,
  webhookUrlForHost,
  type HealthRequest,
} from './functionApp/functionAppEndpoints';
import { probeHealth } from './functionApp/probeHealth';
import { readAppRoles } from './read/appRoles';
import { connect } from './read/connect';
import { findApplicationUser } from './read/findApplicationUser';
import { packedSolution } from './read/packedSolution';
import { SYSTEM_USER } from './read/platformNames';
import type { Read } from './read/Read';
import { readDeployment, type DeploymentReads } from './read/readDeployment';
import { readScoringModel, type ScoringModelState } from './read/readScoringModel';
import { settingsFromRows } from './read/settingsFromRows';

/** What counts as a recent failure. */
const RECENT_HOURS = 24;

export interface DoctorOptions {
  /** DATAVERSE_URL and its credentials; LEADLINK_WEBHOOK_KEY, LEADLINK_ADMIN_KEY and WEBSITE_HOSTNAME when known. */
  readonly env: Environment;
  /** The webhook URL Dataverse should post to, as `leadlink register --function-url` takes it. */
  readonly functionUrl?: string;
  /** How Dataverse proves itself to the app: `?code=` (the default) or a header. */
  readonly authKind?: WebhookAuth['kind'];
  /** The plug-ins whose steps must be registered (the registry). */
  readonly plugins?: readonly Plugin[];
  readonly now?: () => Date;
  /** The LeadLink folder whose solution source and package.json say what should be installed. */
  readonly repoRoot?: string;
  readonly msal?: MsalOverrides;
  readonly healthTimeoutMs?: number;
  /**
   * The app registration (client id) of LeadLink's application user, when doctor runs as someone else — an
   * administrator, who can read what LeadLink's least-privilege role cannot. Without it, the caller is checked.
   */
  readonly applicationId?: string;
}

/**
 * Checks a deployment end to end and reads only: WhoAmI, the named application user if any, then every Dataverse
 * read in one `$batch`, then the scoring model's web resource (three or four Dataverse requests in all), and two GETs to the function app. Each check is a
 * pure function of what was read. A bad --function-url throws RegistrationError before anything is sent.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const now = options.now ?? (() => new Date());
  const env = options.env;
  const expectedUrl = expectedWebhookUrl(options);
  const authKind = options.authKind ?? 'webhookKey';
  const auth = webhookAuth(authKind, env.LEADLINK_WEBHOOK_KEY);
  const roles = readAppRoles(options.repoRoot === undefined ? undefined : join(options.repoRoot, 'solution', 'src'));
  const packed = packedSolution(options.repoRoot);
  const steps = webhookSteps(options.plugins ?? PLUGINS);
  const requests = new RequestCounter();

  const outcome = await connect(env, { observer: requests, ...(options.msal ? { msal: options.msal } : {}) });
  let reads: DeploymentReads | undefined;
  let named: Read<readonly ODataRecord[]> | undefined;
  let scoringModel: ScoringModelState | undefined;
  try {
    if (outcome.stage === 'connected') {
      named = options.applicationId ? await findApplicationUser(outcome.client, options.applicationId) : undefined;
      const namedId = named?.ok ? named.value[0]?.[SYSTEM_USER.id] : undefined;
      reads = await readDeployment(outcome.client, {
        userId: typeof namedId === 'string' ? namedId : outcome.whoAmI.userId,
        solutionUniqueName: packed.uniqueName,
        privilegeNames: [...new Set(roles.flatMap((r) => r.privileges.map((p) => p.name)))],
        steps,
        since: new Date(now().getTime() - RECENT_HOURS * 3600_000),
      });
      const definitions = reads.environmentVariables;
      // The model may live in a web resource the settings name: one more read, only when the settings were read.
      if (definitions.ok) scoringModel = await readScoringModel(outcome.client, settingsFromRows(definitions.value));
    }
  } finally {
    if (outcome.stage === 'connected') outcome.client.close();
  }

  const registeredUrl = registeredEndpointUrl(reads);
  const fix = FIX.register(expectedUrl.url ?? registeredUrl, authKind === 'httpHeader' ? ' --auth header' : '');
  const appUrl = expectedUrl.url ?? registeredUrl;
  const apiBase = appUrl === undefined ? undefined : apiBaseOf(appUrl);
  const adminKey = env[ADMIN_KEY_SETTING]?.trim();
  const probe = (request: HealthRequest) => probeHealth(request, options.healthTimeoutMs);
  const [anonymous, deep] = await Promise.all([
    apiBase === undefined ? undefined : probe(anonymousHealth(apiBase)),
    apiBase === undefined || !adminKey ? undefined : probe(deepHealth(apiBase, adminKey)),
  ]);

  // A named application user that does not exist has no roles to check: its own check says so.
  const subject = named && (!named.ok || named.value.length === 0) ? named : reads?.user;
  const checks: CheckResult[] = [...connectionChecks(outcome, subject, options.applicationId)];
  if (reads && outcome.stage === 'connected') {
    const userRow = reads.user.ok ? (reads.user.value[0] ?? {}) : {};
    const definitions = reads.environmentVariables;
    const settings = definitions.ok ? settingsFromRows(definitions.value) : undefined;
    const security =
      subject !== reads.user
        ? []
        : securityChecks({
            roles,
            userName: describeUser(userRow, outcome.whoAmI.userId),
            rolesHeld: reads.rolesHeld,
            privileges: reads.privileges,
            userPrivileges: reads.userPrivileges,
          });
    checks.push(
      ...security,
      solutionCheck(packed, reads.solutions),
      ...settingsChecks({
        specs: ENVIRONMENT_VARIABLE_SPECS,
        definitions,
        scoringModel,
      }),
      endpointCheck({ url: expectedUrl.url, urlSource: expectedUrl.source, authKind, auth, fix }, reads.endpoints),
      ...stepChecks({
        steps,
        registered: reads.steps,
        images: reads.images,
        messages: reads.messages,
        messageFilters: reads.messageFilters,
        fix,
      }),
      ...failureChecks({
        recent: reads.recentFailures,
        recentMessages: reads.recentFailureMessages,
        all: reads.allFailures,
        window: `${RECENT_HOURS} h`,
      }),
      ...backlogChecks({
        orphanLeads: reads.orphanLeads,
        qualifiedMarketingOnly: reads.qualifiedMarketingOnly,
        unlinkedMarketingOnly: reads.unlinkedMarketingOnly,
        contactCreationOn: settings ? await contactCreationOn(settings) : undefined,
      }),
    );
  }
  checks.push(...functionAppChecks({ apiBase, anonymous, deep }));
  const ordered = CHECK_GROUPS.flatMap((group) => checks.filter((c) => c.group === group));
  return {
    checks: ordered,
    exitCode: exitCodeOf(ordered),
    verdict: verdictOf(ordered),
    dataverseRequests: requests.total,
  };
}

function expectedWebhookUrl(options: DoctorOptions): { url: string | undefined; source: string } {
  if (options.functionUrl !== undefined)
    return { url: checkFunctionUrl(options.functionUrl), source: '--function-url' };
  const host = options.env[FUNCTION_HOST_SETTING]?.trim();
  if (host) return { url: checkFunctionUrl(webhookUrlForHost(host)), source: FUNCTION_HOST_SETTING };
  return { url: undefined, source: `pass --function-url or set ${FUNCTION_HOST_SETTING}` };
}

function webhookAuth(kind: WebhookAuth['kind'], key: string | undefined): WebhookAuth | undefined {
  const value = key?.trim();
  if (!value) return undefined;
  return kind === 'webhookKey' ? { kind, key: value } : { kind, name: KEY_HEADER, value };
}

function registeredEndpointUrl(reads: DeploymentReads | undefined): string | undefined {
  const row: ODataRecord | undefined = reads?.endpoints.ok ? reads.endpoints.value[0] : undefined;
  const url = row?.[SERVICE_ENDPOINT.url];
  return typeof url === 'string' && url !== '' ? url : undefined;
}

async function contactCreationOn(settings: ReturnType<typeof settingsFromRows>): Promise<boolean | undefined> {
  try {
    return parseFlag(ENV_VARS.orphanLeadContactCreation, await settings.text(ENV_VARS.orphanLeadContactCreation));
  } catch {
    return undefined;
  }
}
