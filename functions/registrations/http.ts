import { app } from '@azure/functions';
import { HTTP_ROUTES } from '../routes';

// Authentication is checked by each handler (Dataverse's WebhookKey arrives as `?code=`), so the host level is
// anonymous and the same handlers behave the same under `leadlink functions`.
for (const route of HTTP_ROUTES) {
  app.http(route.name, { route: route.route, methods: [...route.methods], authLevel: 'anonymous', handler: route.handler });
}
