import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { lookup, memo, primaryKey, text } from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { activeInactive } from '../columns/stateStatus';
import { auditNavigation, ownershipNavigation, single } from '../navigation/define';

/**
 * Environment Variable Value: the current value of a definition. Columns and relationships: Environment Variable
 * Value (EnvironmentVariableValue) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariablevalue — its
 * ReferencingEntityNavigationPropertyName for the definition is Pascal-cased, so a value is bound with
 * `EnvironmentVariableDefinitionId@odata.bind`. CreateMultiple / UpdateMultiple are listed among its messages.
 */
export const ENVIRONMENTVARIABLEVALUE: TableDef = {
  logicalName: 'environmentvariablevalue',
  entitySetName: 'environmentvariablevalues',
  primaryIdAttribute: 'environmentvariablevalueid',
  primaryNameAttribute: 'schemaname',
  supportsMultiple: true,
  columns: [
    primaryKey('environmentvariablevalueid'),
    lookup('environmentvariabledefinitionid', ['environmentvariabledefinition']),
    text('schemaname', 100),
    memo('value', 2000),
    text('introducedversion', 48),
    ...activeInactive(),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    single(
      'EnvironmentVariableDefinitionId',
      'environmentvariabledefinition',
      'environmentvariabledefinitionid',
      'environmentvariabledefinition_environmentvariablevalue',
    ),
    ...ownershipNavigation(
      'owner_environmentvariablevalue',
      'user_environmentvariablevalue',
      'team_environmentvariablevalue',
    ),
    ...auditNavigation('lk_environmentvariablevalue_createdby', 'lk_environmentvariablevalue_modifiedby'),
  ],
};
