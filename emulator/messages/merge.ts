import type { TableDef } from '../../schema/types';
import { fault } from '../errors/faults';
import { writeContext, type EmulatorContext } from '../http/context';
import { isEntityRef, type EntityRef, type StoredRow, type StoredValue } from '../store/values';
import { coerceBody } from '../writes/coerceBody';
import { updateRow } from '../writes/RowWriter';
import { EMPTY_GUID, entityParameter, readActionBody, requiredBoolean } from './actionParameters';
import type { MessageValue } from './MessageExecution';

export const MERGE = 'Merge';

const PARAM = {
  target: 'Target',
  subordinate: 'Subordinate',
  updateContent: 'UpdateContent',
  performParentingChecks: 'PerformParentingChecks',
} as const;

/** The master's lookup and the merged flag, on each table that can be merged (its table reference). */
const MASTER = 'masterid';
const MERGED = 'merged';

/**
 * The state a merged-away record is left in: Inactive on account and contact; on lead, Disqualified (Canceled) —
 * the lead's only closed state that is not a qualification.
 */
const CLOSED_STATE: Readonly<Record<string, { readonly statecode: number; readonly statuscode: number }>> = {
  account: { statecode: 1, statuscode: 2 },
  contact: { statecode: 1, statuscode: 2 },
  lead: { statecode: 2, statuscode: 7 },
};

/** The parent each table's parenting check compares (PerformParentingChecks). */
const PARENT: Readonly<Record<string, string>> = {
  account: 'parentaccountid',
  contact: 'parentcustomerid',
  lead: 'parentaccountid',
};

/**
 * The unbound `Merge` action (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/merge ;
 * "Merge table rows using the Web API", https://learn.microsoft.com/power-apps/developer/data-platform/webapi/merge-entity-using-web-api ):
 * `Target` and `Subordinate` are records of one table that can be merged (account, contact and lead; the emulator
 * declares masterid on account and contact), each with `@odata.type`;
 * `UpdateContent` (optional) holds values set on the target; `PerformParentingChecks` asks to refuse records whose
 * parents differ. In one transaction: the target takes UpdateContent, every record that refers to the subordinate
 * (its leads, its child contacts, opportunities…) refers to the target instead, and the subordinate is deactivated
 * with `merged` = true and `masterid` = the target — "Then the Subordinate record is deactivated"; it keeps its id.
 * The Merge event is raised on the target; the writes raise their own Update events.
 *
 * Not documented, so chosen here: a record cannot be merged with itself, and an inactive record (one merged
 * already) can be neither target nor subordinate (0x80040203).
 */
export function merge(ctx: EmulatorContext, userId: string, bodyText: string): void {
  const body = readActionBody(MERGE, bodyText, Object.values(PARAM));
  const mergeable = Object.keys(CLOSED_STATE).filter((t) => ctx.catalog.column(t, MASTER) !== undefined);
  const target = entityParameter(ctx.catalog, body, PARAM.target, mergeable, { typeRequired: true });
  const subordinate = entityParameter(ctx.catalog, body, PARAM.subordinate, mergeable, { typeRequired: true });
  if (!target) throw fault.invalidArgument(`Required field '${PARAM.target}' is missing.`);
  if (!subordinate) throw fault.invalidArgument(`Required field '${PARAM.subordinate}' is missing.`);
  const parentingChecks = requiredBoolean(body, PARAM.performParentingChecks);
  const table = target.table;
  if (subordinate.table.logicalName !== table.logicalName) {
    throw fault.invalidArgument(
      `Target and Subordinate must be records of one table: got '${table.logicalName}' and '${subordinate.table.logicalName}'.`,
    );
  }
  if (target.ref.id === subordinate.ref.id) throw fault.invalidArgument('A record cannot be merged with itself.');
  const content = entityParameter(ctx.catalog, body, PARAM.updateContent, [table.logicalName], {
    typeRequired: true,
    idRequired: false,
  });
  const master = existingActive(ctx, table, target.ref.id);
  const merged = existingActive(ctx, table, subordinate.ref.id);
  const parent = PARENT[table.logicalName];
  if (parentingChecks && parent !== undefined) {
    const a = master.values[parent];
    const b = merged.values[parent];
    if (isEntityRef(a) && isEntityRef(b) && a.id !== b.id) {
      throw fault.invalidArgument(
        'The records have different parents; merge them without parenting checks or align the parents first.',
      );
    }
  }
  const updates = content ? coerceBody(ctx.catalog, table, content.values, 'update') : undefined;
  const write = writeContext(ctx, userId);
  const masterRef: EntityRef = { id: master.id, logicalName: table.logicalName };
  ctx.store.transaction(() => {
    if (updates && Object.keys(updates.values).length > 0) updateRow(write, table, master.id, updates);
    reparent(ctx, write, merged, masterRef);
    const closed = CLOSED_STATE[table.logicalName] ?? { statecode: 1, statuscode: 2 };
    const subordinateRow = updateRow(write, table, merged.id, {
      values: { ...closed, [MERGED]: true, [MASTER]: masterRef },
      collectionBinds: [],
    });
    const inputs: [string, MessageValue][] = [
      [PARAM.target, { kind: 'reference', ...masterRef }],
      ['SubordinateId', merged.id],
      [
        PARAM.updateContent,
        { kind: 'entity', logicalName: table.logicalName, id: EMPTY_GUID, row: updates?.values ?? {} },
      ],
      [PARAM.performParentingChecks, parentingChecks],
    ];
    // Recorded inside the transaction, on the subordinate's write: the event goes out with the commit or not at all.
    ctx.messages.record(subordinateRow, {
      message: MERGE,
      table: table.logicalName,
      recordId: master.id,
      inputs,
      outputs: [],
      raisesUpdate: true,
    });
  });
}

function existingActive(ctx: EmulatorContext, table: TableDef, id: string): StoredRow {
  const row = ctx.store.get(table.logicalName, id);
  if (!row) throw fault.recordNotFound(table.logicalName, id);
  if (row.values.statecode !== 0) {
    throw fault.invalidArgument(`The ${table.logicalName} ${id} is inactive and cannot be merged.`);
  }
  return row;
}

/** Every lookup that refers to the subordinate (but its own masterid chain) now refers to the master. */
function reparent(
  ctx: EmulatorContext,
  write: ReturnType<typeof writeContext>,
  subordinate: StoredRow,
  master: EntityRef,
): void {
  for (const table of ctx.catalog.tables()) {
    const lookups = table.columns.filter(
      (c) =>
        (c.type === 'lookup' || c.type === 'customer') && c.name !== MASTER && c.targets?.includes(master.logicalName),
    );
    if (lookups.length === 0) continue;
    for (const row of [...ctx.store.rows(table.logicalName)]) {
      if (table.logicalName === master.logicalName && (row.id === subordinate.id || row.id === master.id)) continue;
      const changes: Record<string, StoredValue> = {};
      for (const column of lookups) {
        const value = row.values[column.name];
        if (isEntityRef(value) && value.id === subordinate.id && value.logicalName === master.logicalName)
          changes[column.name] = master;
      }
      if (Object.keys(changes).length > 0) updateRow(write, table, row.id, { values: changes, collectionBinds: [] });
    }
  }
}
