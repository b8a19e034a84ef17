/**
 * The real webhook path on loopback: the emulator (Dataverse), the local functions server running the registry's
 * plug-ins, and the steps registered through the emulator's Web API. Every webhook the emulator posts is recorded, so
 * a test can deliver it again. The test's own requests run as another user (a token whose `oid` is the sales user), so
 * the emulator's log tells them apart from the plug-ins' requests, which run as the integration user.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { DataverseClient, type ODataRecord } from '../../../dataverse';
import { Emulator, PLATFORM_IDS, type RequestLogEntry } from '../../../emulator';
import { startLocalServer, type LocalServer } from '../../../functions/local/localServer';
import { buildHttpRoutes, type HttpRoute } from '../../../functions/routes';
import type { AppServices } from '../../../functions/runtime/AppServices';
import { createAppServices } from '../../../functions/runtime/createAppServices';
import { LEAD_QUALIFIED } from '../../../plugins/leadQualified';
import { ORPHAN_LEAD_CONTACT } from '../../../plugins/orphanLeadContact';
import type { Clock } from '../../../plugins/groupCommit';
import type { Plugin } from '../../../plugins/Plugin';
import { PLUGINS } from '../../../plugins/registry';
import { DataverseEnvironmentSettings } from '../../../plugins/settings/DataverseEnvironmentSettings';
import { ENV_VARS } from '../../../schema/environmentVariables';
import { LEADLINK_CUSTOMIZATIONS } from '../../../schema/customizations';
import { ENVIRONMENT_VARIABLE } from '../../../schema/names';
import { registerSteps, setEnvironmentVariable } from '../../support/registerSteps';

export const WEBHOOK_KEY = 'orphan-leads-webhook-key-0123456789';
const WEBHOOK_ROUTE = 'webhooks/dataverse';

/**
 * The registry's two plug-ins under test, taken from PLUGINS itself (so they must be registered there). Other
 * plug-ins are left out, so the emulator's log holds only these plug-ins' requests.
 */
function pluginsUnderTest(): readonly Plugin[] {
  const names = [ORPHAN_LEAD_CONTACT, LEAD_QUALIFIED];
  const plugins = PLUGINS.filter((p) => names.includes(p.name));
  if (plugins.length !== names.length) throw new Error(`PLUGINS must hold ${names.join(' and ')}`);
  return plugins;
}

/** The body Dataverse sends past 256 KB: InputParameters, the images and ParentContext removed (use-webhooks). */
export function withoutLargeMembers(body: string): string {
  const {
    InputParameters: _i,
    PreEntityImages: _pre,
    PostEntityImages: _post,
    ParentContext: _p,
    ...kept
  } = JSON.parse(body) as Record<string, unknown>;
  return JSON.stringify(kept);
}

export interface RecordedDelivery {
  readonly body: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly status: number;
  /** What the function answered (its JSON body). */
  readonly answer: unknown;
}

/** A bearer token the emulator reads the caller from (it does not verify tokens; it runs on loopback only). */
export function tokenFor(userId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ oid: userId })}.`;
}

export class Harness {
  readonly deliveries: RecordedDelivery[] = [];
  readonly logLines: string[] = [];
  services: AppServices;
  #functions: LocalServer | undefined;
  #held: Promise<void> | undefined;

  private constructor(
    readonly emulator: Emulator,
    /** The test's own client: a person at the sales user's desk. */
    readonly admin: DataverseClient,
    private readonly clock?: Clock,
  ) {
    this.services = this.#newServices();
  }

  static async start(
    options: {
      readonly seed?: 'empty' | 'demo';
      readonly webhookTimeoutMs?: number;
      /** The function app's clock (groups, the early sweep, the client's pause); the system's by default. */
      readonly clock?: Clock;
    } = {},
  ): Promise<Harness> {
    const emulator = await new Emulator({
      seed: options.seed ?? 'empty',
      customizations: LEADLINK_CUSTOMIZATIONS,
      ...(options.webhookTimeoutMs !== undefined && { webhookTimeoutMs: options.webhookTimeoutMs }),
    }).start();
    const token = tokenFor(PLATFORM_IDS.salesUser);
    const admin = new DataverseClient({
      url: emulator.url,
      tokenProvider: { description: 'test user token', getToken: async () => token },
      retry: { maxAttempts: 1 },
    });
    const harness = new Harness(emulator, admin, options.clock);
    await harness.#startFunctions();
    return harness;
  }

  get webhookUrl(): string {
    if (!this.#functions) throw new Error('The functions server is not running');
    return `${this.#functions.url}/api/${WEBHOOK_ROUTE}`;
  }

  /** Switches leadlink_OrphanLeadContactCreation and drops the functions' settings cache, as its TTL would. */
  async switchOrphanCreation(on: boolean): Promise<void> {
    await setEnvironmentVariable(this.admin, ENV_VARS.orphanLeadContactCreation, on ? 'yes' : 'no');
    const settings = this.services.pluginServices({ info() {}, warn() {}, error() {} }).settings;
    if (settings instanceof DataverseEnvironmentSettings) settings.invalidate();
  }

  /** A fresh function instance: a new client (no shared Retry-After pause) and empty caches. */
  renewServices(): void {
    this.services.deferred?.stop();
    this.services.dataverse.close();
    this.services = this.#newServices();
  }

  /**
   * Holds every delivery at the function's door until the returned release is called: what happens meanwhile (edits,
   * qualifications, deletions) happens before the plug-ins run, so they meet stale events.
   */
  holdDeliveries(): () => void {
    let release!: () => void;
    this.#held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.#held = undefined;
      release();
    };
  }

  /** Posts a recorded (or crafted) webhook to the function again, as Dataverse would; returns the status. */
  async deliver(
    body: string,
    headers: Readonly<Record<string, string>> = {},
  ): Promise<{ status: number; answer: unknown }> {
    const url = new URL(this.webhookUrl);
    url.searchParams.set('code', WEBHOOK_KEY);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, answer: await response.json() };
  }

  /** Requests the plug-ins made (as the integration user) since a log mark, without the cached settings read. */
  pluginRequests(since: number): RequestLogEntry[] {
    return this.emulator.log
      .entries(since)
      .filter((e) => e.user === PLATFORM_IDS.integrationUser && !e.path.startsWith(ENVIRONMENT_VARIABLE.definitionSet));
  }

  async createLead(record: ODataRecord): Promise<string> {
    return this.admin.create('leads', record);
  }

  async stop(): Promise<void> {
    await this.emulator.webhooks.idle();
    await this.#functions?.close();
    this.services.deferred?.stop();
    this.services.dataverse.close();
    this.admin.close();
    await this.emulator.stop();
  }

  /** The recorded deliveries of one record's event. */
  deliveriesOf(recordId: string, message: 'Create' | 'Update' | 'QualifyLead'): RecordedDelivery[] {
    return this.deliveries.filter((d) => {
      const body = parsed(d.body);
      return body?.PrimaryEntityId === recordId && body.MessageName === message;
    });
  }

  #newServices(): AppServices {
    return {
      ...createAppServices(
        { DATAVERSE_URL: this.emulator.url, LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY },
        {
          logHandler: (_level, ...args) => this.logLines.push(args.map(String).join(' ')),
          ...(this.clock ? { clock: this.clock } : {}),
        },
      ),
      plugins: pluginsUnderTest(),
    };
  }

  async #startFunctions(): Promise<void> {
    const routes = buildHttpRoutes(() => Promise.resolve(this.services)).map((route): HttpRoute =>
      route.route === WEBHOOK_ROUTE
        ? { ...route, handler: (req, ctx) => this.#record(req, ctx, route.handler) }
        : route,
    );
    this.#functions = await startLocalServer(routes, 0, (_level, ...args) =>
      this.logLines.push(args.map(String).join(' ')),
    );
    await registerSteps(
      this.admin,
      { name: 'LeadLink functions', url: this.webhookUrl, key: WEBHOOK_KEY },
      pluginsUnderTest(),
    );
  }

  async #record(
    request: HttpRequest,
    context: InvocationContext,
    handler: HttpRoute['handler'],
  ): Promise<HttpResponseInit> {
    const body = await request.clone().text();
    await this.#held;
    const response = await handler(request, context);
    this.deliveries.push({
      body,
      headers: Object.fromEntries(request.headers.entries()),
      status: response.status ?? 200,
      answer: response.jsonBody,
    });
    return response;
  }
}

/** What one plug-in answered in a recorded delivery. */
export function answerOf(
  delivery: Pick<RecordedDelivery, 'answer'> | undefined,
  plugin: string,
): { outcome?: string; detail?: string } | undefined {
  const results = (delivery?.answer as { results?: { plugin: string; outcome: string; detail: string }[] } | undefined)
    ?.results;
  return results?.find((r) => r.plugin === plugin);
}

/** A recorded body as JSON; undefined for one that is not (a malformed delivery a test sent on purpose). */
function parsed(body: string): { PrimaryEntityId?: string; MessageName?: string } | undefined {
  try {
    return JSON.parse(body) as { PrimaryEntityId?: string; MessageName?: string };
  } catch {
    return undefined;
  }
}
