/**
 * The real stack on loopback for the scoring tests: the emulator (Dataverse, with LeadLink's customizations), the
 * local functions server with the real routes, and — when asked — LeadLink's webhook steps registered through the
 * Web API by `leadlink register`'s library. The functions' clock is the harness's `now` (whole seconds, as Dataverse
 * stores dates), so a test can run the engine with the very instant a lead was scored and expect the same result.
 */
import { DataverseClient, type RetryPolicy } from '../../../../dataverse';
import { Emulator } from '../../../../emulator';
import { startLocalServer, type LocalServer } from '../../../../functions/local/localServer';
import { buildHttpRoutes } from '../../../../functions/routes';
import type { AppServices } from '../../../../functions/runtime/AppServices';
import { createAppServices } from '../../../../functions/runtime/createAppServices';
import { PLUGINS } from '../../../../plugins/registry';
import { DataverseEnvironmentSettings } from '../../../../plugins/settings/DataverseEnvironmentSettings';
import { LEADLINK_CUSTOMIZATIONS } from '../../../../schema/customizations';
import { scoringModelReader } from '../../../../plugins/rescoring';
import { registerWebhooks } from '../../../../solution/register';
import { setEnvironmentVariable } from '../../../support/registerSteps';
import { storeModelText } from '../../../support/scoringModel';

export const WEBHOOK_KEY = 'scoring-tests-webhook-key-0123456789';
/** The senders' key: the intake endpoints take it, not the webhook key. */
export const INTAKE_KEY = 'scoring-tests-intake-key-Q8mW3zR7pL';

export interface HarnessOptions {
  readonly seed?: 'empty' | 'demo';
  /** Register LeadLink's webhook steps, so the plug-ins run after every write. */
  readonly webhooks?: boolean;
  /** A retry policy for the functions' client (default: the client's own). */
  readonly retry?: Partial<RetryPolicy>;
}

export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
}

export class ScoringHarness {
  /** The functions' clock. */
  now: Date = new Date(Math.floor(Date.now() / 1000) * 1000);
  readonly logLines: string[] = [];
  #services: AppServices;
  #functions: LocalServer | undefined;

  private constructor(
    readonly emulator: Emulator,
    readonly admin: DataverseClient,
    private readonly retry: Partial<RetryPolicy> | undefined,
  ) {
    this.#services = this.#newServices();
  }

  static async start(options: HarnessOptions = {}): Promise<ScoringHarness> {
    const emulator = await new Emulator({
      seed: options.seed ?? 'empty',
      customizations: LEADLINK_CUSTOMIZATIONS,
    }).start();
    const admin = DataverseClient.fromConfig({ url: emulator.url, authorityHost: '', credentials: { kind: 'none' } });
    const harness = new ScoringHarness(emulator, admin, options.retry);
    harness.#functions = await startLocalServer(
      buildHttpRoutes(() => Promise.resolve(harness.#services)),
      0,
      (_level, ...args) => harness.logLines.push(args.map(String).join(' ')),
    );
    if (options.webhooks) {
      await registerWebhooks(admin, PLUGINS, {
        functionUrl: `${harness.functionsUrl}/api/webhooks/dataverse`,
        auth: { kind: 'webhookKey', key: WEBHOOK_KEY },
        enable: true,
        dryRun: false,
      });
    }
    return harness;
  }

  get functionsUrl(): string {
    if (!this.#functions) throw new Error('The functions server is not running');
    return this.#functions.url;
  }

  /** Sets an environment variable as an admin would, and drops the functions' settings cache (as its TTL would). */
  async setVariable(schemaName: string, value: string): Promise<void> {
    await setEnvironmentVariable(this.admin, schemaName, value);
    this.#forgetCaches();
  }

  /**
   * Saves and publishes a model in the web resource LeadLink reads, unchecked (as an edit in the maker portal), and
   * drops the functions' caches (as their TTL would).
   */
  async setModel(json: string): Promise<void> {
    await storeModelText(this.admin, json);
    this.#forgetCaches();
  }

  /** The functions as a new process would start them: no cache, no model read yet. */
  restartFunctions(): void {
    this.#services.dataverse.close();
    this.#services = this.#newServices();
  }

  #forgetCaches(): void {
    const services = this.#services.pluginServices({ info() {}, warn() {}, error() {} });
    if (services.settings instanceof DataverseEnvironmentSettings) services.settings.invalidate();
    scoringModelReader(services).invalidate();
  }

  /** POSTs JSON to a function route with the senders' key (or the key given, or none with `null`). */
  async post<T = Record<string, unknown>>(
    route: string,
    body: unknown,
    key: string | null = INTAKE_KEY,
  ): Promise<Answer<T>> {
    const url = new URL(`${this.functionsUrl}/api/${route}`);
    if (key !== null) url.searchParams.set('code', key);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as T };
  }

  async stop(): Promise<void> {
    await this.emulator.webhooks.idle();
    await this.#functions?.close();
    this.#services.dataverse.close();
    this.admin.close();
    await this.emulator.stop();
  }

  #newServices(): AppServices {
    const base = createAppServices({
      DATAVERSE_URL: this.emulator.url,
      LEADLINK_WEBHOOK_KEY: WEBHOOK_KEY,
      LEADLINK_INTAKE_KEY: INTAKE_KEY,
    });
    if (this.retry === undefined) {
      return { ...base, pluginServices: (log) => ({ ...base.pluginServices(log), now: () => this.now }) };
    }
    // The same services with a quicker retry policy, so a test with injected faults does not wait for real backoff.
    base.dataverse.close();
    const dataverse = DataverseClient.fromConfig(
      { url: this.emulator.url, authorityHost: '', credentials: { kind: 'none' } },
      { retry: this.retry },
    );
    const settings = new DataverseEnvironmentSettings(dataverse);
    return { ...base, dataverse, pluginServices: (log) => ({ dataverse, settings, log, now: () => this.now }) };
  }
}
