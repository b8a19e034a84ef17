import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import {
  MAX_SUBMISSION_BYTES,
  receiveSubmission,
  SettingError,
  SubmissionError,
  type SubmissionOutcome,
} from '../../plugins/landingPages';
import { describeFailure } from '../../plugins/rescoring';
import { ScoringModelError } from '../../plugins/scoring';
import { isTransient } from '../runtime/isTransient';
import { acceptRequest } from '../runtime/acceptRequest';
import { jsonResponse } from '../runtime/jsonResponse';
import { structuredLogger } from '../runtime/structuredLogger';
import type { AppServices } from '../runtime/AppServices';

/**
 * POST /api/landing-pages/submissions: one form submission, authenticated with the senders' key (LEADLINK_INTAKE_KEY,
 * as `?code=` or the x-leadlink-key header). Answers 201 with the new lead, 200 with the matched lead (or, for a repeat, the
 * lead it went to the first time), 400 naming every bad field, 500 when a LeadLink setting is not valid (its message
 * says which), 503 for a transient failure, also when only the rescoring failed (posting the same submission again
 * is safe and finishes the job).
 */
export async function landingPageSubmissions(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
): Promise<HttpResponseInit> {
  const started = Date.now();
  const accepted = await acceptRequest(request, context, services, {
    event: 'submission',
    audience: 'senders',
    source: 'external',
    maxBytes: MAX_SUBMISSION_BYTES,
  });
  if ('refused' in accepted) return accepted.refused;
  const { app, body } = accepted;
  const log = structuredLogger(context, { correlationId: context.invocationId });
  let result: SubmissionOutcome;
  try {
    result = await receiveSubmission(app.pluginServices(log), body);
  } catch (error) {
    if (error instanceof SubmissionError) return jsonResponse(400, { error: error.message, problems: error.problems });
    if (error instanceof ScoringModelError || error instanceof SettingError) {
      log.error('submission.settings', { error: error.message });
      return jsonResponse(500, { error: error.message });
    }
    const transient = isTransient(error);
    log.error('submission.failed', { transient, error: (error as Error).message, durationMs: Date.now() - started });
    return jsonResponse(transient ? 503 : 500, {
      error: transient ? 'A transient failure; post the same submission again.' : 'The submission failed; see the log.',
    });
  }
  log.info('submission.received', {
    outcome: result.outcome,
    leadId: result.leadId,
    contactId: result.contactId,
    strategy: result.strategy,
    durationMs: Date.now() - started,
  });
  // The submission is recorded; a lead that could not be rescored for a passing reason is finished by a repeat.
  const retry = result.rescore.failures.some((failure) => failure.retryable);
  return jsonResponse(retry ? 503 : result.outcome === 'new-lead' ? 201 : 200, {
    ...result,
    rescore: { ...result.rescore, failures: result.rescore.failures.map(describeFailure) },
  });
}
