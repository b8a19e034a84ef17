/**
 * The metadata API's table definitions, from the emulator's table declarations (Microsoft's tables and the
 * customizations imported into it):
 *   GET EntityDefinitions[?$select&$filter&$expand=Attributes(…)]
 *   GET EntityDefinitions(LogicalName='lead') or EntityDefinitions(<MetadataId>) [?$select&$expand]
 *   GET EntityDefinitions(LogicalName='lead')/Attributes[/Microsoft.Dynamics.CRM.<type>AttributeMetadata]
 *       [?$select&$filter&$expand=OptionSet(…),GlobalOptionSet(…)]
 * Shapes and paths: "Query table definitions using the Web API" and "Reference schema definitions by name or
 * MetadataId" (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query-metadata-web-api,
 * https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-metadata-name-metadataid).
 * The emulator only reads definitions: creating or changing them is answered 501.
 */
import type { TableDef } from '../../../schema/types';
import { DataverseFault } from '../../errors/DataverseFault';
import { ERROR_CODE, fault } from '../../errors/faults';
import { BASE_ATTRIBUTE_TYPE, ATTRIBUTE_KINDS } from '../../metadata/definitions/attributeTypes';
import { entityDefinition, entityMetadataId } from '../../metadata/definitions/entityDefinition';
import type { MetadataObject } from '../../metadata/definitions/MetadataObject';
import {
  contextProjection,
  matches,
  parseMetadataQuery,
  queryOptionsOf,
  shapeObject,
} from '../../metadata/definitions/metadataQuery';
import { attributeType, ENTITY_TYPE } from '../../metadata/definitions/metadataTypes';
import { CRM_NAMESPACE } from '../../odata/names';
import { queryFault } from '../../odata/queryFaults';
import type { EmulatorContext } from '../context';
import type { EntityKey, Route } from '../parsePath';
import { json, type ApiRequest, type ApiResponse } from '../types';

export const ENTITY_DEFINITIONS = 'EntityDefinitions';
const ATTRIBUTES = 'Attributes';

/** Whether a parsed path addresses table definitions. */
export function isEntityDefinitions(route: Route): boolean {
  return (
    (route.kind === 'unbound' && route.name === ENTITY_DEFINITIONS) ||
    ((route.kind === 'entity' || route.kind === 'collection') && route.entitySet === ENTITY_DEFINITIONS)
  );
}

export function handleEntityDefinitions(ctx: EmulatorContext, req: ApiRequest, route: Route): ApiResponse {
  if (req.method !== 'GET') throw queryFault.notImplemented(`${req.method} on table definitions`);
  const options = queryOptionsOf(req.query);
  if (route.kind !== 'entity') return allTables(ctx, req, options);
  const table = tableByKey(ctx, route.key);
  if (route.property === undefined) {
    const query = parseMetadataQuery(options, ENTITY_TYPE, false);
    const projection = contextProjection(query);
    return json(200, {
      '@odata.context': `${req.serviceRoot}$metadata#${ENTITY_DEFINITIONS}${projection === '' ? '' : `(${projection})`}/$entity`,
      ...shapeObject(entityDefinition(ctx.catalog, table), query, ENTITY_TYPE.name),
    });
  }
  return attributes(ctx, req, table, route.property, options);
}

function allTables(ctx: EmulatorContext, req: ApiRequest, options: ReadonlyMap<string, string>): ApiResponse {
  const query = parseMetadataQuery(options, ENTITY_TYPE, true);
  const value = ctx.catalog
    .tables()
    .map((table) => entityDefinition(ctx.catalog, table))
    .filter((entity) => matches(entity, query, ENTITY_TYPE))
    .map((entity) => shapeObject(entity, query, ENTITY_TYPE.name));
  const projection = contextProjection(query);
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#${ENTITY_DEFINITIONS}${projection === '' ? '' : `(${projection})`}`,
    value,
  });
}

function attributes(
  ctx: EmulatorContext,
  req: ApiRequest,
  table: TableDef,
  property: string,
  options: ReadonlyMap<string, string>,
): ApiResponse {
  const [navigation, cast, ...more] = property.split('/');
  if (navigation !== ATTRIBUTES) {
    throw queryFault.notImplemented(`The ${navigation ?? property} of a table definition`);
  }
  if (more.length > 0) throw queryFault.notImplemented(`The path ${property} of a table definition`);
  const metadataType = cast === undefined ? BASE_ATTRIBUTE_TYPE : castType(cast);
  const type = attributeType(metadataType);
  const query = parseMetadataQuery(options, type, true);
  const all = entityDefinition(ctx.catalog, table).navigation[ATTRIBUTES] as readonly MetadataObject[];
  const value = all
    .filter((attribute) => metadataType === BASE_ATTRIBUTE_TYPE || attribute.type === metadataType)
    .filter((attribute) => matches(attribute, query, type))
    .map((attribute) => shapeObject(attribute, query, metadataType));
  const projection = contextProjection(query);
  const path = `${ENTITY_DEFINITIONS}('${table.logicalName}')/${ATTRIBUTES}${cast === undefined ? '' : `/${cast}`}`;
  return json(200, {
    '@odata.context': `${req.serviceRoot}$metadata#${path}${projection === '' ? '' : `(${projection})`}`,
    value,
  });
}

/** `Microsoft.Dynamics.CRM.PicklistAttributeMetadata` → `PicklistAttributeMetadata`, if it is a type served here. */
function castType(segment: string): string {
  const name = segment.startsWith(`${CRM_NAMESPACE}.`) ? segment.slice(CRM_NAMESPACE.length + 1) : undefined;
  const known = new Set(Object.values(ATTRIBUTE_KINDS).map((kind) => kind.metadataType));
  if (name === undefined || !known.has(name)) throw fault.resourceNotFound(segment);
  return name;
}

function tableByKey(ctx: EmulatorContext, key: EntityKey): TableDef {
  if ('id' in key) {
    const table = ctx.catalog.tables().find((t) => entityMetadataId(t.logicalName) === key.id);
    if (!table) throw entityNotFound('', key.id);
    return table;
  }
  const names = Object.keys(key.alternate);
  const logicalName = key.alternate['LogicalName'];
  if (names.length !== 1 || typeof logicalName !== 'string') {
    throw fault.badRequest(`The key '${names.join(',')}' is not a valid alternate key for '${ENTITY_DEFINITIONS}'.`);
  }
  const table = ctx.catalog.byLogicalName(logicalName);
  if (!table) throw entityNotFound(logicalName, '00000000-0000-0000-0000-000000000000');
  return table;
}

/**
 * A table the environment does not have: the metadata reader's "Could not find an entity with name … and id …"
 * (ObjectDoesNotExist, 404), as seen in public reports of the error (github.com/MarkMpn/Sql4Cds, issue 620).
 */
function entityNotFound(name: string, id: string): DataverseFault {
  return new DataverseFault(
    404,
    ERROR_CODE.objectDoesNotExist,
    `Could not find an entity with name ${name} and id ${id}.`,
  );
}
