import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  IntakeRequestError,
  MAX_INTAKE_BYTES,
  receiveInteractions,
  type IntakeOutcome,
} from '../../plugins/interactions';
import { describeFailure } from '../../plugins/rescoring';
import { ScoringModelError } from '../../plugins/scoring';
import { isTransient } from '../runtime/isTransient';
import { acceptRequest } from '../runtime/acceptRequest';
import { jsonResponse } from '../runtime/jsonResponse';
import { structuredLogger } from '../runtime/structuredLogger';
import type { AppServices } from '../runtime/AppServices';

/**
 * POST /api/interactions: up to 1,000 interactions as `{"interactions": [ … ]}`, authenticated with the senders' key
 * (LEADLINK_INTAKE_KEY, as `?code=` or the x-leadlink-key header). Answers 200 when every item is written (now or earlier) and its
 * leads rescored, 207 when some items are invalid or refused or a lead could not be written (see the body), 400 when
 * no item could be accepted or the request is unreadable, 503 when a transient failure left work undone (posting the
 * same body again is safe and finishes it), 500 when the scoring model is not valid (nothing is written then).
 */
export async function interactions(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  const started = Date.now();
  const admitted = await acceptRequest(request, context, services, {
    event: 'interactions',
    audience: 'senders',
    source: 'external',
    maxBytes: MAX_INTAKE_BYTES,
  });
  if ('refused' in admitted) return admitted.refused;
  const { app, body } = admitted;
  const log = structuredLogger(context, { correlationId: context.invocationId });
  let outcome: IntakeOutcome;
  try {
    outcome = await receiveInteractions(app.pluginServices(log), body);
  } catch (error) {
    if (error instanceof IntakeRequestError) return jsonResponse(400, { error: error.message });
    if (error instanceof ScoringModelError) {
      log.error('interactions.scoring-model', { error: error.message });
      return jsonResponse(500, { error: error.message, written: 0 });
    }
    const transient = isTransient(error);
    log.error('interactions.failed', { transient, error: (error as Error).message, durationMs: Date.now() - started });
    return jsonResponse(transient ? 503 : 500, {
      error: transient ? 'A transient failure; post the same body again.' : 'The intake failed; see the log.',
    });
  }
  const { intake, rescore } = outcome;
  const rescoreBody =
    'error' in rescore
      ? { error: rescore.error, retryable: rescore.retryable }
      : { ...rescore, failures: rescore.failures.map(describeFailure) };
  const rescoreFailures = 'error' in rescore ? [{ retryable: rescore.retryable }] : rescore.failures;
  const retry =
    intake.items.some((item) => item.status === 'failed' && item.retryable) ||
    rescoreFailures.some((failure) => failure.retryable);
  const accepted = intake.created + intake.existing + intake.duplicate;
  const incomplete = intake.invalid + intake.failed + rescoreFailures.length > 0;
  const status = retry ? 503 : accepted === 0 ? 400 : incomplete ? 207 : 200;
  log.info('interactions.received', {
    received: intake.received,
    created: intake.created,
    existing: intake.existing,
    invalid: intake.invalid,
    failed: intake.failed,
    status,
    durationMs: Date.now() - started,
  });
  const { contactIds: _contacts, ...counts } = intake;
  return jsonResponse(status, { ...counts, rescore: rescoreBody });
}
