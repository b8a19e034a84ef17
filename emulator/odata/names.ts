/**
 * Names the Web API uses in query strings, headers and annotations, written once. Sources: "Query data using the
 * Web API" (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/overview) and its sub-pages.
 */
export const QUERY_OPTION = {
  select: '$select',
  filter: '$filter',
  orderby: '$orderby',
  top: '$top',
  expand: '$expand',
  count: '$count',
  skip: '$skip',
  skiptoken: '$skiptoken',
  search: '$search',
  levels: '$levels',
  apply: '$apply',
} as const;

export const ANNOTATION = {
  formattedValue: 'OData.Community.Display.V1.FormattedValue',
  lookupLogicalName: 'Microsoft.Dynamics.CRM.lookuplogicalname',
  associatedNavigationProperty: 'Microsoft.Dynamics.CRM.associatednavigationproperty',
  totalRecordCount: 'Microsoft.Dynamics.CRM.totalrecordcount',
  totalRecordCountLimitExceeded: 'Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded',
} as const;

export const PREFERENCE = {
  includeAnnotations: 'odata.include-annotations',
  maxPageSize: 'odata.maxpagesize',
} as const;

/** The service namespace: entity types are `Microsoft.Dynamics.CRM.<table>`, query functions `Microsoft.Dynamics.CRM.In`… */
export const CRM_NAMESPACE = 'Microsoft.Dynamics.CRM';

export const LIMITS = {
  /** page-results.md: "up to 5,000 records … You can't request a page size larger than 5,000." */
  maxPageSize: 5000,
  /** count-rows.md: `@odata.count` holds "the number of rows, up to 5,000". */
  maxCount: 5000,
  /** join-tables.md: "You can include up to 15 $expand options in a query." */
  maxExpands: 15,
} as const;
