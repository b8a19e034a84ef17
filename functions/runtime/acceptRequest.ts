import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { Audience } from '../auth/audiences';
import { authorizeRequest } from './authorizeRequest';
import { readJsonBody, type JsonBodyOptions } from '../body/readJsonBody';
import type { AppServices } from './AppServices';

export type Accepted =
  { readonly app: AppServices; readonly body: string; readonly json: unknown } | { readonly refused: HttpResponseInit };

export interface AcceptOptions extends JsonBodyOptions {
  /** For log lines. */
  readonly event: string;
  /** Whose key opens this endpoint. */
  readonly audience: Audience;
}

/**
 * What every endpoint that takes a JSON body does first, in this order: build the app's services, check the
 * audience's key from the query or header (before a byte of the body is read), then read and check the body
 * (readJsonBody). Each refusal reveals nothing of the app or of the body.
 */
export async function acceptRequest(
  request: HttpRequest,
  context: InvocationContext,
  services: () => Promise<AppServices>,
  options: AcceptOptions,
): Promise<Accepted> {
  const authorized = await authorizeRequest(request, context, services, options);
  if ('refused' in authorized) return authorized;
  const body = await readJsonBody(request, options);
  if ('refused' in body) return body;
  return { app: authorized.app, body: body.text, json: body.value };
}
