import { randomBytes } from 'node:crypto';
import { startLocalServer, type LocalServer } from '../../functions/local/localServer';
import { buildHttpRoutes } from '../../functions/routes';
import type { AppServices } from '../../functions/runtime/AppServices';
import { createAppServices } from '../../functions/runtime/createAppServices';
import { GROUP_COMMIT_SETTINGS } from '../../plugins/groupCommit';
import { PLUGINS } from '../../plugins/registry';
import type { DataverseClient } from '../../dataverse';
import { registerWebhooks } from '../../solution/register';

/** Today's handling (each event alone, 503 when throttled) or group commit (groups, deferral to an early sweep). */
export type SideName = 'per-event' | 'group-commit';

/** The function app of one side, serving the webhook on loopback, with what it logged counted. */
export interface StormSide {
  readonly app: AppServices;
  /** Events the plug-ins answered `deferred`. */
  deferred(): number;
  /** The early sweep's summaries: how many deferred leads each linked. */
  deferredLinkedBySweeps(): number;
  close(): Promise<void>;
}

/**
 * Starts the side's function app against the emulator and registers LeadLink's webhooks on it. Per-event is main's
 * behaviour: groups of one (LEADLINK_GROUP_MAX_SIZE=1) and no taker of deferred work, so throttling answers 503.
 */
export async function startSide(side: SideName, emulatorUrl: string, admin: DataverseClient): Promise<StormSide> {
  const key = randomBytes(32).toString('base64');
  let deferred = 0;
  let linkedBySweeps = 0;
  const logHandler = (_level: string, ...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.includes('"outcome":"deferred"') && line.includes('"plugin.finished"')) deferred++;
    if (line.includes('"sweep.finished"')) {
      const summary = JSON.parse(line) as { deferred?: { linked?: number } };
      linkedBySweeps += summary.deferred?.linked ?? 0;
    }
  };
  const env = {
    DATAVERSE_URL: emulatorUrl,
    LEADLINK_WEBHOOK_KEY: key,
    ...(side === 'per-event' ? { [GROUP_COMMIT_SETTINGS.maxSize]: '1' } : {}),
  };
  const built = createAppServices(env, { logHandler });
  const app: AppServices =
    side === 'group-commit'
      ? built
      : {
          ...built,
          deferred: undefined,
          pluginServices: (log) => {
            const { deferrals: _none, ...services } = built.pluginServices(log);
            return services;
          },
        };
  if (side === 'per-event') built.deferred?.stop();
  const server: LocalServer = await startLocalServer(
    buildHttpRoutes(() => Promise.resolve(app)),
    0,
    logHandler,
  );
  await registerWebhooks(admin, PLUGINS, {
    functionUrl: `${server.url}/api/webhooks/dataverse`,
    auth: { kind: 'webhookKey', key },
    enable: true,
    dryRun: false,
  });
  return {
    app,
    deferred: () => deferred,
    deferredLinkedBySweeps: () => linkedBySweeps,
    async close() {
      built.deferred?.stop();
      await server.close();
      built.dataverse.close();
    },
  };
}
