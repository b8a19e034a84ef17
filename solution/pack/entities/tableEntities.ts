import { PUBLISHER_PREFIX } from '../../../schema/leadlink';
import type { ColumnDef, TableDef } from '../../../schema/types';
import { PackError } from '../../errors/PackError';
import { el, textEl, type XmlElement } from '../../xml/XmlNode';
import {
  columnLabel,
  MICROSOFT_TABLE_LABELS,
  RELATIONSHIP_LABELS,
  TABLE_LABELS,
  type TableLabel,
} from '../metadata/tableLabels';
import { COMPONENT_TYPE, type RootComponent } from '../RootComponent';
import type { SourceFile } from '../source/readSolutionSource';
import { type AttributeSpec, attributeNode, labels } from './attributeNode';
import { customColumnSpec, INTRODUCED_VERSION } from './customColumnSpec';
import { customTableProperties } from './customTableProperties';
import { customRelationshipNode, systemRelationshipNodes } from './relationshipNodes';
import { emptyRibbonDiffXml } from './ribbonDiffXml';
import { systemColumnSpecs } from './systemColumns';

export interface TableComponents {
  readonly entities: readonly XmlElement[];
  readonly relationships: readonly XmlElement[];
  readonly rootComponents: readonly RootComponent[];
}

/** Behavior 0 includes the whole table, 2 only the subcomponents shipped. */
const ENTITY = COMPONENT_TYPE.entity;

/**
 * LeadLink's tables as solution XML: a new table (prefixed `leadlink_`) in full, with its system columns and
 * relationships; a Microsoft table it extends (lead, contact) as `unmodified` with only LeadLink's columns and views,
 * root component behavior 2 ("only the selected subcomponents"), so importing never touches the table's own settings.
 */
export function tableComponents(
  tables: readonly TableDef[],
  views: ReadonlyMap<string, readonly SourceFile[]>,
): TableComponents {
  const entities: XmlElement[] = [];
  const relationships: XmlElement[] = [];
  const rootComponents: RootComponent[] = [];
  for (const table of tables) {
    if (table.logicalName.startsWith(`${PUBLISHER_PREFIX}_`)) {
      const labelsOfTable = TABLE_LABELS[table.logicalName];
      if (!labelsOfTable)
        throw new PackError(`Table '${table.logicalName}' has no labels in solution/pack/metadata/tableLabels.ts.`);
      entities.push(customTable(table, labelsOfTable, views.get(labelsOfTable.schemaName) ?? []));
      relationships.push(...systemRelationshipNodes(labelsOfTable.schemaName, table.logicalName));
      relationships.push(...customRelationships(table, labelsOfTable));
      rootComponents.push({ type: ENTITY, schemaName: table.logicalName, behavior: 0 });
    } else {
      const microsoft = MICROSOFT_TABLE_LABELS[table.logicalName];
      if (!microsoft)
        throw new PackError(
          `Table '${table.logicalName}' is extended but has no schema name in MICROSOFT_TABLE_LABELS.`,
        );
      entities.push(extendedTable(table, microsoft, views.get(microsoft.schemaName) ?? []));
      rootComponents.push({ type: ENTITY, schemaName: table.logicalName, behavior: 2 });
    }
  }
  return { entities, relationships, rootComponents };
}

function customColumns(table: TableDef, primaryKeyLabel?: string): AttributeSpec[] {
  return table.columns.filter(isCustomColumn).map((column) => {
    const label = columnLabel(table.logicalName, column.name);
    if (!label)
      throw new PackError(
        `Column '${table.logicalName}.${column.name}' has no label in solution/pack/metadata/tableLabels.ts.`,
      );
    if (column.type === 'uniqueidentifier')
      return primaryKeySpec(column, label.schemaName, primaryKeyLabel ?? label.displayName, label.description);
    return customColumnSpec(table.logicalName, column, label, column.name === table.primaryNameAttribute);
  });
}

function isCustomColumn(column: ColumnDef): boolean {
  return column.name.startsWith(`${PUBLISHER_PREFIX}_`);
}

function primaryKeySpec(
  column: ColumnDef,
  schemaName: string,
  displayName: string,
  description: string,
): AttributeSpec {
  return {
    schemaName,
    logicalName: column.name,
    type: 'primarykey',
    requiredLevel: 'systemrequired',
    displayMask: 'ValidForAdvancedFind|RequiredForGrid',
    imeMode: 'auto',
    validForUpdate: false,
    validForRead: true,
    validForCreate: true,
    isCustomField: false,
    isAuditEnabled: false,
    canModifyRequirementLevel: false,
    introducedVersion: '1.0',
    details: [],
    displayName,
    description,
  };
}

function byLogicalName(a: AttributeSpec, b: AttributeSpec): number {
  return a.logicalName < b.logicalName ? -1 : a.logicalName > b.logicalName ? 1 : 0;
}

function customTable(table: TableDef, label: TableLabel, views: readonly SourceFile[]): XmlElement {
  const system = systemColumnSpecs(label, table.columns, table.logicalName);
  const custom = customColumns(table, label.displayName);
  const attributes = [...system, ...custom].sort(byLogicalName);
  const keys = (table.alternateKeys ?? []).map((columns) => {
    const first = columnLabel(table.logicalName, columns[0] ?? '');
    const name = `${columns.join('_')}_key`;
    return el(
      'EntityKey',
      {},
      textEl('Name', name),
      textEl('LogicalName', name),
      textEl('IntroducedVersion', INTRODUCED_VERSION),
      textEl('IsCustomizable', 1),
      labels('displaynames', 'displayname', `${first?.displayName ?? columns.join(', ')} key`),
      el(
        'EntityKeyAttributes',
        {},
        columns.map((c) => textEl('AttributeName', c)),
      ),
    );
  });
  return el(
    'Entity',
    {},
    el('Name', { LocalizedName: label.displayName, OriginalName: label.displayName }, label.schemaName),
    el(
      'EntityInfo',
      {},
      el(
        'entity',
        { Name: label.schemaName },
        labels('LocalizedNames', 'LocalizedName', label.displayName),
        labels('LocalizedCollectionNames', 'LocalizedCollectionName', label.collectionName),
        labels('Descriptions', 'Description', label.description),
        el('attributes', {}, attributes.map(attributeNode)),
        customTableProperties(table.entitySetName, INTRODUCED_VERSION),
        keys.length > 0 && el('EntityKeys', {}, keys),
      ),
    ),
    savedQueries(views),
    emptyRibbonDiffXml(),
  );
}

function extendedTable(
  table: TableDef,
  label: Pick<TableLabel, 'schemaName' | 'displayName'>,
  views: readonly SourceFile[],
): XmlElement {
  const attributes = customColumns(table).sort(byLogicalName);
  return el(
    'Entity',
    {},
    el('Name', { LocalizedName: label.displayName, OriginalName: label.displayName }, label.schemaName),
    el(
      'EntityInfo',
      {},
      el('entity', { Name: label.schemaName, unmodified: 1 }, el('attributes', {}, attributes.map(attributeNode))),
    ),
    savedQueries(views),
    emptyRibbonDiffXml(),
  );
}

function savedQueries(views: readonly SourceFile[]): XmlElement | undefined {
  if (views.length === 0) return undefined;
  return el(
    'SavedQueries',
    {},
    el(
      'savedqueries',
      {},
      views.map((v) => v.root),
    ),
  );
}

function customRelationships(table: TableDef, label: TableLabel): XmlElement[] {
  return table.navigation
    .filter((nav) => nav.kind === 'single')
    .map((nav) => {
      const relationship = RELATIONSHIP_LABELS[nav.relationship];
      const attribute = columnLabel(table.logicalName, nav.lookup);
      const target = TABLE_LABELS[nav.target] ?? MICROSOFT_TABLE_LABELS[nav.target];
      if (!relationship || !attribute || !target) {
        throw new PackError(
          `Relationship '${nav.relationship}' needs labels for itself, its lookup and its target table in tableLabels.ts.`,
        );
      }
      return customRelationshipNode(
        {
          navigation: nav,
          referencingSchemaName: label.schemaName,
          referencedSchemaName: target.schemaName,
          attributeSchemaName: attribute.schemaName,
          cascadeDelete: relationship.cascadeDelete,
          description: relationship.description,
        },
        INTRODUCED_VERSION,
      );
    });
}
