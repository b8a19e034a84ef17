import { fault } from '../../errors/faults';
import { merge } from '../../messages/merge';
import { qualifyLead } from '../../messages/qualifyLead';
import type { EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { json, noContent, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, resolveTable } from './resolve';

export const QUALIFY_LEAD_ACTION = 'Microsoft.Dynamics.CRM.QualifyLead';
const LEADS = 'leads';

/**
 * `POST leads(<id>)/Microsoft.Dynamics.CRM.QualifyLead`: 200 with the records it created, as the action's return
 * type says — a collection of crmbaseentity, each with its `@odata.type` and id (QualifyLeadResponse.CreatedEntities
 * in the SDK).
 */
export function handleQualifyLead(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
): ApiResponse {
  if (entitySet !== LEADS) throw fault.resourceNotFound(QUALIFY_LEAD_ACTION);
  const table = resolveTable(ctx, entitySet);
  const lead = findRow(ctx, table, key);
  if (!lead) throw fault.recordNotFound(table.logicalName, keyText(key));
  const created = qualifyLead(ctx, req.userId, lead.id, req.body);
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#Collection(Microsoft.Dynamics.CRM.crmbaseentity)`,
    value: created.map((ref) => ({
      '@odata.type': `#Microsoft.Dynamics.CRM.${ref.logicalName}`,
      [ctx.catalog.table(ref.logicalName).primaryIdAttribute]: ref.id,
    })),
  });
}

/** `POST Merge`: 204 No Content (merge-entity-using-web-api). */
export function handleMerge(ctx: EmulatorContext, req: ApiRequest): ApiResponse {
  if (req.method !== 'POST') throw fault.noHttpResource(`${req.serviceRoot}${req.path}`);
  merge(ctx, req.userId, req.body);
  return noContent();
}
