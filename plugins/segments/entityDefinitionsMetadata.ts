/**
 * Segment metadata from an environment's own table definitions: each table's columns with their types
 * (`EntityDefinitions(LogicalName='lead')/Attributes`), then the options of its choice columns through the derived
 * attribute types, expanding both OptionSet and GlobalOptionSet so local and global choices both come back
 * (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-metadata-name-metadataid).
 * Five requests a table, made once, up front: validation then answers from memory.
 *
 * Left out, because a FetchXML condition cannot use them: columns that are part of another (AttributeOf: the
 * `…name` and `…yominame` of lookups), and types with no condition semantics (PartyList, CalendarRules, ManagedProperty,
 * and Virtual ones other than multi-select choices: images, files).
 */
import { DataverseError, type DataverseClient } from '../../dataverse';
import type { ColumnType } from '../../schema/types';
import { SEGMENT_ERROR_CODE } from './dataverseCodes';
import type { SegmentColumn, SegmentMetadata } from './SegmentMetadata';
import { SEGMENT_TABLES } from './segmentSchema';

/** AttributeTypeCode names → the column types of the table declarations. */
const COLUMN_TYPES: Readonly<Record<string, ColumnType>> = {
  BigInt: 'bigint',
  Boolean: 'boolean',
  Customer: 'customer',
  DateTime: 'datetime',
  Decimal: 'decimal',
  Double: 'double',
  EntityName: 'entityname',
  Integer: 'integer',
  Lookup: 'lookup',
  Memo: 'memo',
  Money: 'money',
  Owner: 'owner',
  Picklist: 'picklist',
  State: 'state',
  Status: 'status',
  String: 'string',
  Uniqueidentifier: 'uniqueidentifier',
};
/** A multi-select choice is AttributeType Virtual with this AttributeTypeName. */
const MULTI_SELECT_TYPE_NAME = 'MultiSelectPicklistType';

const BOTH_OPTION_SETS = 'OptionSet($select=Options),GlobalOptionSet($select=Options)';
/** The derived attribute types that carry options, and what to expand on each. */
const CHOICE_TYPES = [
  { cast: 'PicklistAttributeMetadata', expand: BOTH_OPTION_SETS },
  { cast: 'MultiSelectPicklistAttributeMetadata', expand: BOTH_OPTION_SETS },
  { cast: 'StateAttributeMetadata', expand: 'OptionSet($select=Options)' },
  { cast: 'StatusAttributeMetadata', expand: 'OptionSet($select=Options)' },
] as const;

type Json = Readonly<Record<string, unknown>>;

/** Reads the three segment tables' definitions; a table the environment does not have is left out (undefined). */
export async function entityDefinitionsMetadata(
  client: DataverseClient,
  tables: readonly string[] = SEGMENT_TABLES,
): Promise<SegmentMetadata> {
  const loaded = await Promise.all(tables.map(async (table) => [table, await tableColumns(client, table)] as const));
  const byName = new Map(loaded.filter((entry): entry is readonly [string, SegmentColumn[]] => entry[1] !== undefined));
  return { columnsOf: (table) => byName.get(table) };
}

async function tableColumns(client: DataverseClient, table: string): Promise<SegmentColumn[] | undefined> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table))
    throw new TypeError(`A table logical name is lower-case letters, digits and _, got "${table}"`);
  const path = `EntityDefinitions(LogicalName='${table}')/Attributes`;
  let attributes: readonly Json[];
  try {
    attributes = await getValues(
      client,
      `${path}?$select=LogicalName,AttributeType,AttributeTypeName,AttributeOf,IsValidForRead`,
    );
  } catch (error) {
    // A table this environment lacks; "resource not found for the segment" means no metadata API at all, and propagates.
    if (
      error instanceof DataverseError &&
      error.status === 404 &&
      error.code?.toLowerCase() !== SEGMENT_ERROR_CODE.resourceNotFound
    ) {
      return undefined;
    }
    throw error;
  }
  const options = new Map<string, Record<number, string>>();
  const choiceLists = await Promise.all(
    CHOICE_TYPES.map(({ cast, expand }) =>
      getValues(
        client,
        `${path}/Microsoft.Dynamics.CRM.${cast}?$select=LogicalName&$expand=${encodeURIComponent(expand)}`,
      ),
    ),
  );
  for (const attribute of choiceLists.flat()) {
    const name = text(attribute.LogicalName);
    const set = optionsOf(attribute.GlobalOptionSet) ?? optionsOf(attribute.OptionSet);
    if (name !== undefined && set !== undefined) options.set(name, set);
  }
  return attributes.flatMap((attribute) => {
    const column = columnOf(attribute, options);
    return column ? [column] : [];
  });
}

function columnOf(attribute: Json, options: ReadonlyMap<string, Record<number, string>>): SegmentColumn | undefined {
  const name = text(attribute.LogicalName);
  if (name === undefined || text(attribute.AttributeOf) !== undefined) return undefined;
  const typeName = text((attribute.AttributeTypeName as Json | null | undefined)?.Value);
  const type = typeName === MULTI_SELECT_TYPE_NAME ? 'multiselect' : COLUMN_TYPES[text(attribute.AttributeType) ?? ''];
  if (type === undefined) return undefined;
  const choices = options.get(name);
  return {
    name,
    type,
    ...(choices ? { options: choices } : {}),
    ...(attribute.IsValidForRead === false ? { validForRead: false } : {}),
  };
}

/** `{Options: [{Value, Label: {UserLocalizedLabel: {Label}}}]}` → value → label; undefined when absent (null). */
function optionsOf(optionSet: unknown): Record<number, string> | undefined {
  const list = (optionSet as Json | null | undefined)?.Options;
  if (!Array.isArray(list)) return undefined;
  const result: Record<number, string> = {};
  for (const option of list as Json[]) {
    if (typeof option.Value !== 'number') continue;
    const label = option.Label as Json | null | undefined;
    const user = text((label?.UserLocalizedLabel as Json | null | undefined)?.Label);
    const first = Array.isArray(label?.LocalizedLabels)
      ? text((label.LocalizedLabels[0] as Json | undefined)?.Label)
      : undefined;
    result[option.Value] = user ?? first ?? String(option.Value);
  }
  return result;
}

async function getValues(client: DataverseClient, url: string): Promise<readonly Json[]> {
  const response = await client.request({ method: 'GET', url });
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  const value = (body as Json | undefined)?.value;
  if (!Array.isArray(value)) {
    throw new DataverseError({
      method: 'GET',
      url: response.url,
      status: response.status,
      summary: 'Metadata response has no "value" array',
    });
  }
  return value as Json[];
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
