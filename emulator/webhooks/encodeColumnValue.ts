import type { ColumnDef } from '../../schema/types';
import { type DcAttributeValue, type DcEntityReference, type DcOptionSetValue, DC_TYPE } from './dataContractShapes';
import { isGuid } from './isGuid';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import { isoToDataContractDate } from './toDataContractDate';
import type { WebhookColumnValue, WebhookLookup } from './webhookRow';

/**
 * One stored value in its DataContract JSON form, chosen by the column's type: the same number is an OptionSetValue
 * in a choice column, a Money in a currency column and a plain number in a whole-number column. `where` names the
 * column (`contact.firstname`) for errors.
 */
export function encodeColumnValue(column: ColumnDef, value: WebhookColumnValue, where: string): DcAttributeValue {
  if (value === null) return null;
  const wrong = (): never => {
    throw new RemoteExecutionContextError(`${where} is a ${column.type} column and cannot hold ${describe(value)}`);
  };
  switch (column.type) {
    case 'uniqueidentifier':
      return typeof value === 'string' && isGuid(value) ? value : wrong();
    case 'string':
    case 'memo':
    case 'entityname':
      return typeof value === 'string' ? value : wrong();
    case 'integer':
    case 'bigint':
    case 'decimal':
    case 'double':
      return isFiniteNumber(value) ? value : wrong();
    case 'money':
      return isFiniteNumber(value) ? { __type: DC_TYPE.money, Value: value } : wrong();
    case 'boolean':
      return typeof value === 'boolean' ? value : wrong();
    case 'datetime':
      return typeof value === 'string' ? isoToDataContractDate(value, where) : wrong();
    case 'picklist':
    case 'state':
    case 'status':
      return Number.isInteger(value) ? optionSetValue(value as number) : wrong();
    case 'multiselect':
      return Array.isArray(value) && value.every(Number.isInteger) ? value.map(optionSetValue) : wrong();
    case 'lookup':
    case 'owner':
    case 'customer':
      return isLookup(value) ? entityReference(column, value, where) : wrong();
  }
}

function isFiniteNumber(value: WebhookColumnValue): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function optionSetValue(value: number): DcOptionSetValue {
  return { __type: DC_TYPE.optionSetValue, Value: value };
}

function isLookup(value: WebhookColumnValue): value is WebhookLookup {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entityReference(column: ColumnDef, ref: WebhookLookup, where: string): DcEntityReference {
  if (!isGuid(ref.id)) throw new RemoteExecutionContextError(`${where} refers to an id that is not a GUID`);
  if (column.targets && !column.targets.includes(ref.logicalName)) {
    throw new RemoteExecutionContextError(
      `${where} may refer to ${column.targets.join(' or ')}, not to ${JSON.stringify(ref.logicalName)}`,
    );
  }
  // Dataverse usually sends Name null in webhooks (every reference sample), and the name when it has one.
  return {
    __type: DC_TYPE.entityReference,
    Id: ref.id,
    KeyAttributes: [],
    LogicalName: ref.logicalName,
    Name: ref.name ?? null,
    RowVersion: null,
  };
}

function describe(value: WebhookColumnValue): string {
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a reference';
  return typeof value === 'string' ? `the text ${JSON.stringify(value.slice(0, 40))}` : String(value);
}
