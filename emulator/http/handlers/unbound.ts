import { fault } from '../../errors/faults';
import type { EmulatorContext } from '../context';
import { json, type ApiRequest, type ApiResponse } from '../types';
import { handleMerge } from './messageActions';

const WHO_AM_I = 'WhoAmI';
const MERGE = 'Merge';

/** Unbound functions and actions the emulator knows: WhoAmI (what a health check calls) and Merge. */
export function handleUnbound(ctx: EmulatorContext, req: ApiRequest, name: string): ApiResponse {
  if (name === MERGE) return handleMerge(ctx, req);
  if (name !== WHO_AM_I) throw fault.resourceNotFound(name);
  // A function answers GET only; another method is "No HTTP resource" (Troubleshoot Web API client errors).
  if (req.method !== 'GET') throw fault.noHttpResource(`${req.serviceRoot}${req.path}`);
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse`,
    BusinessUnitId: ctx.businessUnitId,
    UserId: req.userId,
    OrganizationId: ctx.organizationId,
  });
}
