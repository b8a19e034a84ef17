import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { dataverseWebhook } from './handlers/dataverseWebhook';
import { deepHealthHandler } from './handlers/deepHealth';
import { health } from './handlers/health';
import { interactions } from './handlers/interactions';
import { landingPageSubmissions } from './handlers/landingPageSubmissions';
import { segmentsPreview } from './handlers/segmentsPreview';
import type { AppServices } from './runtime/AppServices';

export interface HttpRoute {
  /** The function name in the Functions host. */
  readonly name: string;
  /** The route below /api/. */
  readonly route: string;
  readonly methods: readonly HttpMethod[];
  readonly handler: (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;
}

/**
 * Every HTTP function of the app, once. Each handler checks its own audience's key (functions/auth/audiences.ts):
 * the webhook Dataverse's, interactions and landing pages the senders', segment previews and the deep health check
 * the administrators'; GET health is anonymous. The Functions registrations build it on the process-wide services; the
 * local server and the tests build it on services of their own.
 */
export function buildHttpRoutes(services: () => Promise<AppServices>): readonly HttpRoute[] {
  const deepHealth = deepHealthHandler();
  return [
    {
      name: 'dataverseWebhook',
      route: 'webhooks/dataverse',
      methods: ['POST'],
      handler: (request, context) => dataverseWebhook(request, context, services),
    },
    {
      name: 'health',
      route: 'health',
      methods: ['GET'],
      handler: (request) => health(request),
    },
    {
      name: 'deepHealth',
      route: 'health/deep',
      methods: ['GET'],
      handler: (request, context) => deepHealth(request, context, services),
    },
    {
      name: 'interactions',
      route: 'interactions',
      methods: ['POST'],
      handler: (request, context) => interactions(request, context, services),
    },
    {
      name: 'landingPageSubmissions',
      route: 'landing-pages/submissions',
      methods: ['POST'],
      handler: (request, context) => landingPageSubmissions(request, context, services),
    },
    {
      name: 'segmentsPreview',
      route: 'segments/preview',
      methods: ['POST'],
      handler: (request, context) => segmentsPreview(request, context, services),
    },
  ];
}
