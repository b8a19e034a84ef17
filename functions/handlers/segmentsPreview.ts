import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  parseSegmentDefinition,
  previewSegment,
  SegmentDefinitionError,
  SegmentMetadataCache,
} from '../../plugins/segments';
import type { AppServices } from '../runtime/AppServices';
import { isTransient } from '../runtime/isTransient';
import { acceptRequest } from '../runtime/acceptRequest';
import { jsonResponse } from '../runtime/jsonResponse';
import { structuredLogger } from '../runtime/structuredLogger';

/** A segment definition is a few conditions; anything this large is not one. */
export const MAX_SEGMENT_BYTES = 64 * 1024;

const metadataCache = new SegmentMetadataCache();

/**
 * POST /api/segments/preview: a segment definition (JSON, as in segments/*.json) in; its count, first 20 contacts and
 * what each exclusion removed out. For tools, so it takes the same key as the webhook (LEADLINK_WEBHOOK_KEY as `?code=`
 * or the x-leadlink-webhook-key header). Read-only. A bad definition is 400 with every problem at its path.
 */
export async function segmentsPreview(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  const started = Date.now();
  const accepted = await acceptRequest(request, context, services, { event: 'segments', maxBytes: MAX_SEGMENT_BYTES });
  if ('refused' in accepted) return accepted.refused;
  const { app, body } = accepted;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return invalid([{ path: '(body)', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const log = structuredLogger(context, { invocationId: context.invocationId });
  try {
    const metadata = await metadataCache.get(app.dataverse);
    const definition = parseSegmentDefinition(raw, metadata);
    const preview = await previewSegment(app.dataverse, definition);
    log.info('segments.preview', {
      outcome: 'done',
      contacts: preview.contacts.length,
      durationMs: Date.now() - started,
    });
    return jsonResponse(200, { ...preview });
  } catch (error) {
    if (error instanceof SegmentDefinitionError) return invalid(error.issues);
    const transient = isTransient(error);
    log.error('segments.preview.failed', {
      transient,
      error: (error as Error).message,
      durationMs: Date.now() - started,
    });
    return jsonResponse(transient ? 503 : 500, {
      error: transient ? 'Dataverse is busy or unreachable; try again.' : 'The preview failed; see the function log.',
    });
  }
}

function invalid(issues: readonly { readonly path: string; readonly message: string }[]): HttpResponseInit {
  return jsonResponse(400, { error: 'The segment definition is not valid.', issues });
}
