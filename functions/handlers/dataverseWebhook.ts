import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { parseRemoteExecutionContext, WebhookPayloadError, type RemoteExecutionContext } from '../../dataverse/webhook';
import type { Plugin, PluginResult } from '../../plugins/Plugin';
import { pluginsFor } from '../../plugins/registry';
import { isTransient } from '../runtime/isTransient';
import { acceptRequest } from '../runtime/acceptRequest';
import { jsonResponse } from '../runtime/jsonResponse';
import { structuredLogger } from '../runtime/structuredLogger';
import type { AppServices } from '../runtime/AppServices';

/** Dataverse sends at most 256 KB; anything far larger is not from Dataverse. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;
/** Dataverse waits 60 s; answer well inside it. */
export const HANDLER_BUDGET_MS = 45_000;

/**
 * POST /api/webhooks/dataverse, with Dataverse's key (LEADLINK_WEBHOOK_KEY): authenticate, parse the RemoteExecutionContext, run the plug-ins registered for its
 * message, table and stage, and answer as Dataverse needs: 2xx done, nothing to do, or deferred (throttled beyond
 * this answer's time: the sweep, started early in this instance, does the work — plugins/groupCommit/Deferrals.ts),
 * 503 for any other transient failure (Dataverse retries once), 4xx for a bad request.
 */
export async function dataverseWebhook(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  const started = Date.now();
  const accepted = await acceptRequest(request, context, services, {
    event: 'webhook',
    audience: 'dataverse',
    source: 'dataverse',
    maxBytes: MAX_WEBHOOK_BYTES,
  });
  if ('refused' in accepted) return accepted.refused;
  const { app, body } = accepted;
  let event: RemoteExecutionContext;
  try {
    event = parseRemoteExecutionContext(body, Object.fromEntries(request.headers.entries()));
  } catch (error) {
    if (error instanceof WebhookPayloadError) return jsonResponse(400, { error: error.message });
    throw error;
  }
  const log = structuredLogger(context, {
    correlationId: event.correlationId,
    table: event.primaryEntityName,
    recordId: event.primaryEntityId,
    message: event.messageName,
  });
  log.info('webhook.received', {
    stage: event.stage,
    depth: event.depth,
    sizeExceeded: event.sizeExceeded,
    // Parts of the body read leniently and left out (a rare shape no plug-in reads), by path; usually none.
    ...(event.ignored?.length ? { ignored: event.ignored } : {}),
    attributes: event.target && 'attributes' in event.target ? Object.keys(event.target.attributes) : [],
  });
  const matched = pluginsFor(app.plugins, {
    message: event.messageName,
    table: event.primaryEntityName,
    stage: event.stage,
    ...(event.owningExtension ? { stepId: event.owningExtension.id } : {}),
  });
  if (matched.length === 0) {
    log.info('webhook.nothing-to-do', { outcome: 'no plug-in handles this event', durationMs: Date.now() - started });
    return jsonResponse(200, { outcome: 'nothing-to-do', detail: 'No LeadLink plug-in handles this event.' });
  }
  const results: { plugin: string; outcome: PluginResult['outcome']; detail: string }[] = [];
  for (const plugin of unique(matched.map((m) => m.plugin))) {
    try {
      const result = await plugin.handle(event, { ...app.pluginServices(log), deadline: started + HANDLER_BUDGET_MS });
      results.push({ plugin: plugin.name, outcome: result.outcome, detail: result.detail });
      log.info('plugin.finished', {
        plugin: plugin.name,
        outcome: result.outcome,
        detail: result.detail,
        ...result.counts,
      });
    } catch (error) {
      const transient = isTransient(error);
      log.error('plugin.failed', {
        plugin: plugin.name,
        transient,
        error: (error as Error).message,
        durationMs: Date.now() - started,
      });
      return jsonResponse(transient ? 503 : 500, {
        outcome: 'failed',
        plugin: plugin.name,
        error: transient ? 'A transient failure; try again.' : 'The plug-in failed; the sweep will retry the record.',
      });
    }
  }
  log.info('webhook.answered', { durationMs: Date.now() - started });
  const outcome = results.some((r) => r.outcome === 'deferred')
    ? 'deferred'
    : results.some((r) => r.outcome === 'done')
      ? 'done'
      : 'nothing-to-do';
  return jsonResponse(200, { outcome, results });
}

function unique(plugins: readonly Plugin[]): Plugin[] {
  return [...new Set(plugins)];
}
