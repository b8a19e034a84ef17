import type { ColumnDef } from '../../schema/types';
import {
  type DcAttributeValue,
  type DcEntity,
  type DcEntityMembers,
  type DcEntityReference,
  type DcKeyValue,
  DC_TYPE,
} from './dataContractShapes';
import { encodeColumnValue } from './encodeColumnValue';
import { RemoteExecutionContextError } from './RemoteExecutionContextError';
import type { WebhookRow } from './webhookRow';

/** What an Entity is written from: the table, the record id, its columns and the formatted values on hand. */
export interface EntitySource {
  readonly logicalName: string;
  readonly id: string;
  readonly columns: ReadonlyMap<string, ColumnDef>;
  readonly row: WebhookRow;
  /** Display strings by column; an entity carries those of the columns it holds, in their order. */
  readonly formattedValues: Readonly<Record<string, string>>;
}

/** An image: an Entity without `__type` (docs sample). */
export function encodeImage(source: EntitySource): DcEntityMembers {
  const Attributes = Object.entries(source.row).map(([key, value]): DcKeyValue<DcAttributeValue> => {
    const column = source.columns.get(key);
    const where = `${source.logicalName}.${key}`;
    if (!column) throw new RemoteExecutionContextError(`${where} is not a column of ${source.logicalName}`);
    return { key, value: encodeColumnValue(column, value, where) };
  });
  const FormattedValues = Object.keys(source.row).flatMap((key) => {
    const text = source.formattedValues[key];
    return text === undefined ? [] : [{ key, value: text }];
  });
  return {
    Attributes,
    EntityState: null,
    FormattedValues,
    Id: source.id,
    KeyAttributes: [],
    LogicalName: source.logicalName,
    RelatedEntities: [],
    RowVersion: null,
  };
}

/** The Target of Create/Update: an Entity with `__type` first, as DataContract JSON writes it. */
export function encodeEntity(source: EntitySource): DcEntity {
  return { __type: DC_TYPE.entity, ...encodeImage(source) };
}

/** The Target of Delete. */
export function encodeEntityReference(logicalName: string, id: string): DcEntityReference {
  return {
    __type: DC_TYPE.entityReference,
    Id: id,
    KeyAttributes: [],
    LogicalName: logicalName,
    Name: null,
    RowVersion: null,
  };
}
