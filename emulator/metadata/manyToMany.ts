/**
 * Many-to-many relationships. A TableDef's navigation holds 1:N / N:1 properties only (each backed by a lookup), so the
 * N:N ones are declared here: each side's collection-valued navigation property and the intersect table whose two
 * lookup columns hold the pairs. Source: the List table reference's Many-To-Many relationships,
 * https://learn.microsoft.com/dynamics365/developer/reference/entities/list — IntersectEntityName listmember,
 * Entity1IntersectAttribute listid, Entity2IntersectAttribute entityid, and the same navigation property name on both
 * sides.
 */
export interface ManyToManySide {
  /** Logical name of the table on this side. */
  readonly table: string;
  /** The intersect table's column that holds this side's id. */
  readonly intersectAttribute: string;
  /** The collection-valued navigation property on this side's table. */
  readonly navigationPropertyName: string;
}

export interface ManyToManyDef {
  readonly schemaName: string;
  readonly intersectEntity: string;
  readonly entity1: ManyToManySide;
  readonly entity2: ManyToManySide;
}

function listMembership(schemaName: string, memberTable: string): ManyToManyDef {
  return {
    schemaName,
    intersectEntity: 'listmember',
    entity1: { table: 'list', intersectAttribute: 'listid', navigationPropertyName: schemaName },
    entity2: { table: memberTable, intersectAttribute: 'entityid', navigationPropertyName: schemaName },
  };
}

/**
 * Which user holds which role: `POST systemusers(<id>)/systemuserroles_association/$ref` assigns a role. Source: the
 * SystemUser table reference's Many-To-Many relationships,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/systemuser — IntersectEntityName
 * systemuserroles, IntersectAttribute systemuserid / roleid, navigation property systemuserroles_association on both.
 */
const SYSTEM_USER_ROLES: ManyToManyDef = {
  schemaName: 'systemuserroles_association',
  intersectEntity: 'systemuserroles',
  entity1: {
    table: 'systemuser',
    intersectAttribute: 'systemuserid',
    navigationPropertyName: 'systemuserroles_association',
  },
  entity2: { table: 'role', intersectAttribute: 'roleid', navigationPropertyName: 'systemuserroles_association' },
};

/** Static marketing list membership: `POST lists(<id>)/listcontact_association/$ref` adds a contact. */
export const MICROSOFT_MANY_TO_MANY: readonly ManyToManyDef[] = [
  listMembership('listaccount_association', 'account'),
  listMembership('listcontact_association', 'contact'),
  listMembership('listlead_association', 'lead'),
  SYSTEM_USER_ROLES,
];
