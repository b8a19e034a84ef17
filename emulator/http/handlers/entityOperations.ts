import type { EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import type { ApiRequest, ApiResponse } from '../types';
import { associate, disassociate, isRefPath } from './associate';
import { changeRolePrivileges, retrieveUserPrivileges, SECURITY_OPERATION } from './security';

const NAMESPACE = 'Microsoft.Dynamics.CRM.';

/**
 * Requests addressed below a record that are not a column or a navigation property: `$ref` (N:N associations) and
 * the record-bound security operations. Undefined when none applies, so the request goes on as before.
 */
export function handleEntityOperation(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
  property: string,
): ApiResponse | undefined {
  if (isRefPath(property)) {
    if (req.method === 'POST') return associate(ctx, req, entitySet, key, property);
    if (req.method === 'DELETE') return disassociate(ctx, req, entitySet, key, property);
    return undefined;
  }
  const operation = property.startsWith(NAMESPACE) ? property.slice(NAMESPACE.length).replace(/\(\)$/, '') : undefined;
  if (entitySet === 'systemusers' && operation === SECURITY_OPERATION.retrieveUserPrivileges && req.method === 'GET') {
    return retrieveUserPrivileges(ctx, req, key);
  }
  if (
    entitySet === 'roles' &&
    req.method === 'POST' &&
    (operation === SECURITY_OPERATION.addPrivilegesRole || operation === SECURITY_OPERATION.removePrivilegeRole)
  ) {
    return changeRolePrivileges(ctx, req, key, operation);
  }
  return undefined;
}
