import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TableDef } from '../schema/types';
import { adminRoutes } from './adminRoutes';
import { FaultInjector, type FaultSettings } from './faults/FaultInjector';
import type { EmulatorContext } from './http/context';
import { createEmulatorServer, SERVICE_ROOT_PATH } from './http/server';
import { header, type ApiRequest } from './http/types';
import { RequestLog } from './log/RequestLog';
import { MessageExecutions } from './messages/MessageExecutions';
import { PlatformBehaviour, type PlatformBehaviourSettings } from './messages/PlatformBehaviour';
import { Catalog } from './metadata/catalog';
import { MICROSOFT_TABLES } from './metadata/tables';
import type { ProtectionLimits } from './protection/limits';
import { ServiceProtection } from './protection/ServiceProtection';
import { UnpublishedChanges } from './publishing/UnpublishedChanges';
import { seedDemo } from './seed/demo';
import { seedLarge } from './seed/large';
import type { SeedOption } from './seed/seedOption';
import { seedPlatform, PLATFORM_IDS } from './seed/platform';
import { defineIndexes } from './store/defineIndexes';
import { Store } from './store/Store';
import { checkParallelism, DEFAULT_ASYNC_PARALLELISM } from './webhooks/asyncParallelism';
import { WebhookDispatcher, type ChangeOrigin } from './webhooks/WebhookDispatcher';

export interface EmulatorOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly seed?: SeedOption;
  /** Tables and columns a solution adds, loaded as if the solution were imported. */
  readonly customizations?: readonly TableDef[];
  readonly limits?: Partial<ProtectionLimits>;
  readonly faults?: Partial<FaultSettings>;
  readonly webhookTimeoutMs?: number;
  /** Webhook deliveries at once, the asynchronous service's parallelism (webhooks/asyncParallelism.ts). */
  readonly webhookConcurrency?: number;
  /** Platform behaviour the documentation leaves open (PlatformBehaviour.ts). */
  readonly platform?: Partial<PlatformBehaviourSettings>;
  readonly now?: () => Date;
  /** Web page origins, besides the emulator's own, that may write to it (emulator/http/crossSiteGuard.ts). */
  readonly allowedOrigins?: readonly string[];
  /** False: no index, every query scans (the reference the indexed results are checked against). Default true. */
  readonly indexes?: boolean;
}

/** A Dataverse Web API on loopback, in memory: the tables, the queries, the writes, the limits and the webhooks. */
export class Emulator {
  readonly catalog: Catalog;
  readonly store: Store;
  readonly log = new RequestLog();
  readonly protection: ServiceProtection;
  readonly faults: FaultInjector;
  readonly webhooks: WebhookDispatcher;
  readonly platform: PlatformBehaviour;
  readonly ctx: EmulatorContext;
  #server: Server | undefined;
  #url = '';
  #origin: ChangeOrigin | undefined;

  constructor(private readonly options: EmulatorOptions = {}) {
    this.catalog = new Catalog(MICROSOFT_TABLES);
    if (options.customizations) this.catalog.importTables(options.customizations);
    this.store = new Store({ indexes: options.indexes ?? true });
    defineIndexes(this.store, this.catalog.tables());
    this.protection = new ServiceProtection(options.limits);
    this.faults = new FaultInjector(options.faults);
    this.platform = new PlatformBehaviour(options.platform);
    const messages = new MessageExecutions();
    this.ctx = {
      catalog: this.catalog,
      store: this.store,
      organizationId: PLATFORM_IDS.organization,
      businessUnitId: PLATFORM_IDS.businessUnit,
      now: options.now ?? (() => new Date()),
      unpublished: new UnpublishedChanges(),
      messages,
      platform: this.platform,
    };
    this.webhooks = new WebhookDispatcher(this.store, this.catalog, messages, {
      organizationId: PLATFORM_IDS.organization,
      organizationName: 'leadlinkemulator',
      businessUnitId: PLATFORM_IDS.businessUnit,
      timeoutMs: options.webhookTimeoutMs ?? 60_000,
      concurrency: checkParallelism(options.webhookConcurrency ?? DEFAULT_ASYNC_PARALLELISM),
      now: this.ctx.now,
    });
    seedPlatform(this.ctx);
    if (options.seed === 'demo') seedDemo(this.ctx);
    else if (typeof options.seed === 'object') seedLarge(this.ctx, options.seed.large);
    this.store.onCommit((changes) => {
      if (this.#origin) this.webhooks.onChanges(changes, this.#origin);
    });
  }

  /** The Web API root, e.g. `http://127.0.0.1:7070/api/data/v9.2/`. */
  get apiUrl(): string {
    return `${this.#url}${SERVICE_ROOT_PATH}`;
  }

  /** The environment URL a client is configured with (DATAVERSE_URL), e.g. `http://127.0.0.1:7070`. */
  get url(): string {
    return this.#url;
  }

  async start(port = this.options.port ?? 0): Promise<this> {
    const server = createEmulatorServer({
      ctx: this.ctx,
      log: this.log,
      protection: this.protection,
      faults: this.faults,
      defaultUserId: PLATFORM_IDS.integrationUser,
      admin: adminRoutes(this),
      withRequest: (req, work) => this.#withOrigin(req, work),
      allowedOrigins: new Set(this.options.allowedOrigins ?? []),
    });
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  #withOrigin<T>(req: ApiRequest, work: () => T): T {
    const incoming = header(req, 'x-ms-correlation-request-id');
    this.#origin = {
      correlationId: incoming ?? randomUUID(),
      depth: this.webhooks.depthFor(incoming),
      userId: req.userId,
    };
    try {
      return work();
    } finally {
      this.#origin = undefined;
    }
  }
}
