import { DataverseFault } from '../errors/DataverseFault';
import { fault } from '../errors/faults';
import { errorResponse, handleBatch } from './batch/handleBatch';
import type { EmulatorContext } from './context';
import { handleEntityOperation } from './handlers/entityOperations';
import { handleEntityDefinitions, isEntityDefinitions } from './handlers/entityDefinitions';
import { handlePublish, isPublishAction } from './handlers/publish';
import { handleMultiple } from './handlers/multiple';
import { handleRecordAction } from './handlers/listMembers';
import { handleQualifyLead, QUALIFY_LEAD_ACTION } from './handlers/messageActions';
import { getCollection, getEntity } from './handlers/readEntities';
import { handleUnbound } from './handlers/unbound';
import { createEntity, deleteEntity, patchEntity } from './handlers/writeEntity';
import { parsePath } from './parsePath';
import type { ApiRequest, ApiResponse } from './types';

/** Routes one Web API request to its handler; every fault becomes Dataverse's error response. */
export function dispatch(ctx: EmulatorContext, req: ApiRequest): ApiResponse {
  try {
    return route(ctx, req);
  } catch (error) {
    if (error instanceof DataverseFault) return errorResponse(error);
    return errorResponse(fault.unexpected(`An unexpected error occurred: ${(error as Error).message}`));
  }
}

function route(ctx: EmulatorContext, req: ApiRequest): ApiResponse {
  const target = parsePath(req.path);
  if (isEntityDefinitions(target)) return handleEntityDefinitions(ctx, req, target);
  if (target.kind === 'unbound' && isPublishAction(target.name)) return handlePublish(ctx, req, target.name);
  const m = req.method;
  switch (target.kind) {
    case 'batch':
      if (m !== 'POST') throw fault.methodNotAllowed(m);
      return handleBatch(
        req,
        (inner) => dispatch(ctx, inner),
        (work) => ctx.store.transaction(work),
      );
    case 'collection':
      if (m === 'GET') return getCollection(ctx, req, target.entitySet);
      if (m === 'POST') return createEntity(ctx, req, target.entitySet);
      throw fault.methodNotAllowed(m);
    case 'entity': {
      const operation =
        target.property === undefined
          ? undefined
          : handleEntityOperation(ctx, req, target.entitySet, target.key, target.property);
      if (operation) return operation;
      if (m === 'GET') return getEntity(ctx, req, target.entitySet, target.key, target.property);
      if (m === 'POST' && target.property === QUALIFY_LEAD_ACTION) {
        return handleQualifyLead(ctx, req, target.entitySet, target.key);
      }
      if (m === 'POST' && target.property !== undefined) {
        return handleRecordAction(ctx, req, target.entitySet, target.key, target.property);
      }
      if (target.property !== undefined) throw fault.methodNotAllowed(m);
      if (m === 'PATCH') return patchEntity(ctx, req, target.entitySet, target.key);
      if (m === 'DELETE') return deleteEntity(ctx, req, target.entitySet, target.key);
      throw fault.methodNotAllowed(m);
    }
    case 'boundAction':
      if (m !== 'POST') throw fault.methodNotAllowed(m);
      return handleMultiple(ctx, req, target.entitySet, target.action);
    case 'unbound':
      return handleUnbound(ctx, req, target.name);
  }
}
