import type { TableDef } from '../../../schema/types';
import { AUDIT_COLUMNS } from '../columns/audit';
import { memo, picklist, primaryKey, READ_ONLY, text, whole, YES_NO, yesNo } from '../columns/define';

/**
 * Web Resource: a file (script, page, style sheet, image, data) stored as a solution component, its bytes in Base64
 * in `content`. Organization-owned. Columns, lengths and options: Web Resource (WebResource) table/entity reference,
 * https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/webresource . The managed
 * properties (iscustomizable, canbedeleted, ishidden), the file columns and the solution lookups are left out.
 * An update of an existing web resource waits for PublishXml (see emulator/publishing).
 */
export const WEBRESOURCE: TableDef = {
  logicalName: 'webresource',
  entitySetName: 'webresourceset',
  primaryIdAttribute: 'webresourceid',
  primaryNameAttribute: 'name',
  columns: [
    primaryKey('webresourceid'),
    text('name', 256),
    text('displayname', 200),
    memo('description', 2000),
    text('content', 1073741823),
    memo('contentjson', 1073741823),
    picklist('webresourcetype', {
      1: 'Webpage (HTML)',
      2: 'Style Sheet (CSS)',
      3: 'Script (JScript)',
      4: 'Data (XML)',
      5: 'PNG format',
      6: 'JPG format',
      7: 'GIF format',
      8: 'Silverlight (XAP)',
      9: 'Style Sheet (XSL)',
      10: 'ICO format',
      11: 'Vector format (SVG)',
      12: 'String (RESX)',
    }),
    whole('languagecode', 0, 2147483647),
    memo('dependencyxml', 5000),
    text('introducedversion', 48),
    text('silverlightversion', 20),
    yesNo('isenabledformobileclient', YES_NO, false),
    yesNo('isavailableformobileoffline', YES_NO, false),
    yesNo('ismanaged', { true: 'Managed', false: 'Unmanaged' }, false, READ_ONLY),
    picklist('componentstate', { 0: 'Published', 1: 'Unpublished', 2: 'Deleted', 3: 'Deleted Unpublished' }, READ_ONLY),
    ...AUDIT_COLUMNS,
  ],
  navigation: [],
};
