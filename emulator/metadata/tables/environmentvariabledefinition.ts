import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS, IMPORT_COLUMNS } from '../columns/audit';
import { CREATE_ONLY, memo, picklist, primaryKey, text, YES_NO, yesNo } from '../columns/define';
import { OWNERSHIP_COLUMNS } from '../columns/ownership';
import { activeInactive } from '../columns/stateStatus';
import { collection } from '../navigation/define';

/**
 * Environment Variable Definition: a setting with its type and default value; a value row, if any, overrides the
 * default. Columns and options: EnvironmentVariableDefinition table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
 * (type 100000005 Secret from its newest revision). CreateMultiple / UpdateMultiple are listed among its messages.
 * Only the navigation properties the reference confirms are declared.
 */
export const ENVIRONMENTVARIABLEDEFINITION: TableDef = {
  logicalName: 'environmentvariabledefinition',
  entitySetName: 'environmentvariabledefinitions',
  primaryIdAttribute: 'environmentvariabledefinitionid',
  primaryNameAttribute: 'schemaname',
  supportsMultiple: true,
  columns: [
    primaryKey('environmentvariabledefinitionid'),
    text('schemaname', 100, CREATE_ONLY),
    text('displayname', 100),
    memo('description', 2000),
    memo('defaultvalue', 2000),
    picklist('type', {
      100000000: 'String',
      100000001: 'Number',
      100000002: 'Boolean',
      100000003: 'JSON',
      100000004: 'Data Source',
      100000005: 'Secret',
    }),
    yesNo('isrequired', YES_NO, false),
    memo('valueschema', 2000),
    text('introducedversion', 48, CREATE_ONLY),
    ...activeInactive({ validForCreate: false }),
    ...OWNERSHIP_COLUMNS,
    ...AUDIT_COLUMNS,
    ...IMPORT_COLUMNS,
  ],
  navigation: [
    collection(
      'environmentvariabledefinition_environmentvariablevalue',
      'environmentvariablevalue',
      'environmentvariabledefinitionid',
    ),
  ],
};
