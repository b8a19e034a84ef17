import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { dataverseWebhook } from './handlers/dataverseWebhook';
import { health } from './handlers/health';
import { appServices } from './runtime/createAppServices';

export interface HttpRoute {
  /** The function name in the Functions host. */
  readonly name: string;
  /** The route below /api/. */
  readonly route: string;
  readonly methods: readonly HttpMethod[];
  readonly handler: (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
}

/** Every HTTP function of the app, once: the Functions registrations and the local server both read this list. */
export const HTTP_ROUTES: readonly HttpRoute[] = [
  {
    name: 'dataverseWebhook',
    route: 'webhooks/dataverse',
    methods: ['POST'],
    handler: (request, context) => dataverseWebhook(request, context, appServices),
  },
  { name: 'health', route: 'health', methods: ['GET'], handler: (request, context) => health(request, context, appServices) },
];
