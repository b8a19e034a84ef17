import { app } from '@azure/functions';
import { buildHttpRoutes } from '../routes';
import { appServices } from '../runtime/createAppServices';

// Authentication is checked by each handler (Dataverse's WebhookKey arrives as `?code=`), so the host level is
// anonymous and the same handlers behave the same under `leadlink functions`.
for (const route of buildHttpRoutes(appServices)) {
  app.http(route.name, {
    route: route.route,
    methods: [...route.methods],
    authLevel: 'anonymous',
    handler: route.handler,
  });
}
