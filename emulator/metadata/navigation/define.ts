import type { NavigationDef } from '../../../schema/types';

/**
 * Constructors for navigation properties. A single-valued one is named by the relationship's
 * ReferencingEntityNavigationPropertyName and backed by a lookup on its own table; a collection-valued one is named
 * by ReferencedEntityNavigationPropertyName (for these system relationships, the relationship's schema name) and
 * backed by the lookup on the other table.
 */
export const single = (name: string, target: string, lookup: string, relationship: string): NavigationDef => ({
  name,
  kind: 'single',
  target,
  lookup,
  relationship,
});

export const collection = (relationship: string, target: string, lookup: string): NavigationDef => ({
  name: relationship,
  kind: 'collection',
  target,
  lookup,
  relationship,
});

/** createdby / modifiedby, each named after its lookup, with the table's relationship names. */
export const auditNavigation = (createdBy: string, modifiedBy: string): NavigationDef[] => [
  single('createdby', 'systemuser', 'createdby', createdBy),
  single('modifiedby', 'systemuser', 'modifiedby', modifiedBy),
];

/**
 * ownerid, owninguser, owningteam. In the Web API `ownerid` is typed `principal` (the base of systemuser and team):
 * a NavigationDef holds one target, so it names systemuser, and the ownerid column's targets (systemuser, team) say
 * which tables a bind may point at.
 */
export const ownershipNavigation = (owner: string, owningUser: string, owningTeam: string): NavigationDef[] => [
  single('ownerid', 'systemuser', 'ownerid', owner),
  single('owninguser', 'systemuser', 'owninguser', owningUser),
  single('owningteam', 'team', 'owningteam', owningTeam),
];
