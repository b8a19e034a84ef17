import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { CREATE_ONLY, lookup, picklist, primaryKey, text } from '../columns/define';
import { single } from '../navigation/define';

/**
 * Sdk Message Processing Step Image: a pre or post image of the row, sent with the step's execution context under
 * `entityalias`. Columns and options: SdkMessageProcessingStepImage table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/sdkmessageprocessingstepimage .
 */
export const SDKMESSAGEPROCESSINGSTEPIMAGE: TableDef = {
  logicalName: 'sdkmessageprocessingstepimage',
  entitySetName: 'sdkmessageprocessingstepimages',
  primaryIdAttribute: 'sdkmessageprocessingstepimageid',
  primaryNameAttribute: 'name',
  objectTypeCode: 4615,
  columns: [
    primaryKey('sdkmessageprocessingstepimageid'),
    text('name', 256),
    text('description', 256),
    text('entityalias', 256),
    picklist('imagetype', { 0: 'PreImage', 1: 'PostImage', 2: 'Both' }),
    // The request property the image is taken from: Target for Update, Id for Create.
    text('messagepropertyname', 256),
    // Comma-separated column names; empty means all columns.
    text('attributes', 100000),
    text('relatedattributename', 256),
    lookup('sdkmessageprocessingstepid', ['sdkmessageprocessingstep']),
    text('introducedversion', 48, CREATE_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [
    single(
      'sdkmessageprocessingstepid',
      'sdkmessageprocessingstep',
      'sdkmessageprocessingstepid',
      'sdkmessageprocessingstepid_sdkmessageprocessingstepimage',
    ),
  ],
};
