import { fault } from '../../errors/faults';
import type { EntityRef } from '../../store/values';
import { normalizeGuid } from '../../writes/guid';
import { createRow } from '../../writes/RowWriter';
import { writeContext, type EmulatorContext } from '../context';
import type { EntityKey } from '../parsePath';
import { json, type ApiRequest, type ApiResponse } from '../types';
import { findRow, keyText, parseJsonBody, resolveTable } from './resolve';

/**
 * Static marketing list membership through the documented action bound to a list:
 * `POST lists(<id>)/Microsoft.Dynamics.CRM.AddMemberList` with `{"EntityId": "<guid>"}` answers AddMemberListResponse
 * `{"Id": <listmemberid>}` (Web API AddMemberList action, mt607495; AddMemberListResponse, mt592997). The member is an
 * account, contact or lead as the list's createdfromcode says ("Marketing List Member Type": 1 Account, 2 Contact,
 * 4 Lead; List table reference). Members are listmember rows, read with GET listmembers and removed with
 * DELETE listmembers(<id>) (ListMember table reference), which the generic handlers already serve.
 *
 * Not documented, so chosen here: adding an existing member answers that member's id and adds no second row; adding
 * to a dynamic list (type true), whose query chooses its members, is refused with 0x80040203 (invalid argument).
 */
const ADD_MEMBER_LIST = 'Microsoft.Dynamics.CRM.AddMemberList';
const LIST_SET = 'lists';
const LIST_MEMBER = 'listmember';
const MEMBER_TABLE_BY_CODE: Readonly<Record<number, string>> = { 1: 'account', 2: 'contact', 4: 'lead' };

/** POST to `<set>(<key>)/<property>`: the record-bound actions the emulator knows; anything else is refused as before. */
export function handleRecordAction(
  ctx: EmulatorContext,
  req: ApiRequest,
  entitySet: string,
  key: EntityKey,
  property: string,
): ApiResponse {
  if (entitySet !== LIST_SET || property !== ADD_MEMBER_LIST) throw fault.methodNotAllowed(req.method);
  const listTable = resolveTable(ctx, entitySet);
  const list = findRow(ctx, listTable, key);
  if (!list) throw fault.recordNotFound(listTable.logicalName, keyText(key));
  if (list.values.type === true) {
    throw fault.invalidArgument('Members cannot be added to a dynamic marketing list: its query chooses them.');
  }
  const code = list.values.createdfromcode;
  const memberTable = typeof code === 'number' ? MEMBER_TABLE_BY_CODE[code] : undefined;
  if (!memberTable)
    throw fault.invalidArgument(`The marketing list ${list.id} has no valid member type (createdfromcode).`);

  const body = parseJsonBody(entitySet, req.body) as Record<string, unknown>;
  const entityId = typeof body.EntityId === 'string' ? normalizeGuid(body.EntityId) : undefined;
  if (!entityId) throw fault.invalidArgument("AddMemberList needs the parameter 'EntityId', a GUID.");
  if (!ctx.store.get(memberTable, entityId)) throw fault.recordNotFound(memberTable, entityId);

  const id = ctx.store.transaction(() => {
    const existing = [...ctx.store.rows(LIST_MEMBER)].find(
      (row) => refId(row.values.listid) === list.id && refId(row.values.entityid) === entityId,
    );
    if (existing) return existing.id;
    const values = {
      listid: { id: list.id, logicalName: listTable.logicalName },
      entityid: { id: entityId, logicalName: memberTable },
      entitytype: memberTable,
    };
    return createRow(writeContext(ctx, req.userId), ctx.catalog.table(LIST_MEMBER), { values, collectionBinds: [] }).id;
  });
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#Microsoft.Dynamics.CRM.AddMemberListResponse`,
    Id: id,
  });
}

function refId(value: unknown): string | undefined {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as EntityRef).id : undefined;
}
