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
 * what each exclusion removed out. For administrators only (LEADLINK_ADMIN_KEY as `?code=` or the x-leadlink-key
 * header): counts of arbitrary conditions can be narrowed until they tell a contact's values, so whoever holds the key
 * can learn what the app can read — the key is as sensitive as read access to contacts and leads. The listed contacts
 * are never excluded ones (opted-out, inactive, minors without consent); excluded contacts are only counted.
 * Read-only. A bad definition is 400 with every problem at its path.
 */
export async function segmentsPreview(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  const started = Date.now();
  const accepted = await acceptRequest(request, context, services, {
    event: 'segments',
    audience: 'administrators',
    source: 'external',
    maxBytes: MAX_SEGMENT_BYTES,
  });
  if ('refused' in accepted) return accepted.refused;
  const { app, json: raw } = accepted;
  const log = structuredLogger(context, { invocationId: context.invocationId });
  try {
    const metadata = await metadataCache.get(app.dataverse);
    const definition = parseSegmentDefinition(raw, metadata);
    const preview = await previewSegment(app.dataverse, definition, { listExcluded: false });
    log.info('segments.preview', {
      outcome: 'done',
      contacts: preview.contacts.length,
      count: preview.count,
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
