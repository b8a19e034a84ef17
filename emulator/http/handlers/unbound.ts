import { fault } from '../../errors/faults';
import type { EmulatorContext } from '../context';
import { json, type ApiRequest, type ApiResponse } from '../types';

/** Unbound functions the emulator knows: WhoAmI (what a health check calls). */
export function handleUnbound(ctx: EmulatorContext, req: ApiRequest, name: string): ApiResponse {
  if (name === 'WhoAmI' && req.method === 'GET') {
    return json(200, {
      '@odata.context': `${req.serviceRoot}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
      BusinessUnitId: ctx.businessUnitId,
      UserId: req.userId,
      OrganizationId: ctx.organizationId,
    });
  }
  throw fault.resourceNotFound(name);
}
