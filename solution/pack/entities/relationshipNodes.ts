import type { NavigationDef } from '../../../schema/types';
import { el, textEl, type XmlElement } from '../../xml/XmlNode';
import { labels } from './attributeNode';

interface SystemRelationship {
  readonly name: (table: string) => string;
  readonly referenced: string;
  readonly attribute: string;
  readonly cascadeDelete: 'NoCascade' | 'Restrict';
  readonly description: string;
}

/**
 * The relationships Dataverse gives every user-owned custom table, as the export of sample_Example lists them
 * (microsoft/PowerApps-Samples,
 * component-framework/CodeInterpreterControl/solutions/CodeInterpreterSample_1_0_0_0_managed.zip, customizations.xml),
 * CascadeArchive left out (newer than the 9.0 schema).
 */
const SYSTEM_RELATIONSHIPS: readonly SystemRelationship[] = [
  {
    name: (t) => `business_unit_${t}`,
    referenced: 'BusinessUnit',
    attribute: 'OwningBusinessUnit',
    cascadeDelete: 'Restrict',
    description: 'Unique identifier for the business unit that owns the record',
  },
  {
    name: (t) => `lk_${t}_createdby`,
    referenced: 'SystemUser',
    attribute: 'CreatedBy',
    cascadeDelete: 'NoCascade',
    description: 'Unique identifier of the user who created the record.',
  },
  {
    name: (t) => `lk_${t}_modifiedby`,
    referenced: 'SystemUser',
    attribute: 'ModifiedBy',
    cascadeDelete: 'NoCascade',
    description: 'Unique identifier of the user who modified the record.',
  },
  {
    name: (t) => `owner_${t}`,
    referenced: 'Owner',
    attribute: 'OwnerId',
    cascadeDelete: 'NoCascade',
    description: 'Owner Id',
  },
  {
    name: (t) => `team_${t}`,
    referenced: 'Team',
    attribute: 'OwningTeam',
    cascadeDelete: 'NoCascade',
    description: 'Unique identifier for the team that owns the record.',
  },
  {
    name: (t) => `user_${t}`,
    referenced: 'SystemUser',
    attribute: 'OwningUser',
    cascadeDelete: 'NoCascade',
    description: 'Unique identifier for the user that owns the record.',
  },
];

interface OneToMany {
  readonly name: string;
  readonly referencing: string;
  readonly referenced: string;
  readonly attribute: string;
  readonly cascadeDelete: string;
  readonly description: string;
  readonly introducedVersion: string;
  /** Custom relationships carry CascadeRollupView, IsValidForAdvancedFind and their navigation roles. */
  readonly roles?: XmlElement;
}

function oneToMany(r: OneToMany): XmlElement {
  return el(
    'EntityRelationship',
    { Name: r.name },
    textEl('EntityRelationshipType', 'OneToMany'),
    textEl('IsCustomizable', 1),
    textEl('IntroducedVersion', r.introducedVersion),
    textEl('IsHierarchical', 0),
    textEl('ReferencingEntityName', r.referencing),
    textEl('ReferencedEntityName', r.referenced),
    textEl('CascadeAssign', 'NoCascade'),
    textEl('CascadeDelete', r.cascadeDelete),
    textEl('CascadeReparent', 'NoCascade'),
    textEl('CascadeShare', 'NoCascade'),
    textEl('CascadeUnshare', 'NoCascade'),
    r.roles && textEl('CascadeRollupView', 'NoCascade'),
    r.roles && textEl('IsValidForAdvancedFind', 1),
    textEl('ReferencingAttributeName', r.attribute),
    el('RelationshipDescription', {}, labels('Descriptions', 'Description', r.description)),
    r.roles,
  );
}

export function systemRelationshipNodes(tableSchemaName: string, tableLogicalName: string): XmlElement[] {
  return SYSTEM_RELATIONSHIPS.map((r) =>
    oneToMany({
      name: r.name(tableLogicalName),
      referencing: tableSchemaName,
      referenced: r.referenced,
      attribute: r.attribute,
      cascadeDelete: r.cascadeDelete,
      description: r.description,
      introducedVersion: '1.0',
    }),
  );
}

export interface CustomLookupRelationship {
  readonly navigation: NavigationDef;
  readonly referencingSchemaName: string;
  readonly referencedSchemaName: string;
  readonly attributeSchemaName: string;
  /** Cascade: deleting the referenced row deletes these rows; RemoveLink: it only clears the lookup. */
  readonly cascadeDelete: 'Cascade' | 'RemoveLink';
  readonly description: string;
}

/**
 * A 1:N relationship behind one of LeadLink's lookups, in the form of an unmanaged export
 * (the public Tactec-Inc/dev-powerapps repository, XML_1_1/customizations.xml): the navigation property
 * names are given, so the Web API names stay the lower-case ones schema/leadlink.ts declares.
 */
export function customRelationshipNode(r: CustomLookupRelationship, introducedVersion: string): XmlElement {
  return oneToMany({
    name: r.navigation.relationship,
    referencing: r.referencingSchemaName,
    referenced: r.referencedSchemaName,
    attribute: r.attributeSchemaName,
    cascadeDelete: r.cascadeDelete,
    description: r.description,
    introducedVersion,
    roles: el(
      'EntityRelationshipRoles',
      {},
      el(
        'EntityRelationshipRole',
        {},
        textEl('NavPaneDisplayOption', 'UseCollectionName'),
        textEl('NavPaneArea', 'Details'),
        textEl('NavPaneOrder', 10000),
        textEl('NavigationPropertyName', r.navigation.name),
        textEl('RelationshipRoleType', 1),
      ),
      el(
        'EntityRelationshipRole',
        {},
        textEl('NavigationPropertyName', r.navigation.relationship),
        textEl('RelationshipRoleType', 0),
      ),
    ),
  });
}
