import { ANNOTATION as ODATA_ANNOTATION } from '../odata';

/**
 * The instance annotations a FetchXML response can carry: the OData engine's, plus the three only FetchXML uses —
 * AttributeName on aliased and linked columns ("Select columns using FetchXml", Column aliases) and the paging
 * cookie and more-records annotations ("Page results using FetchXml", Web API tab).
 */
export const ANNOTATION = {
  ...ODATA_ANNOTATION,
  attributeName: 'OData.Community.Display.V1.AttributeName',
  pagingCookie: 'Microsoft.Dynamics.CRM.fetchxmlpagingcookie',
  moreRecords: 'Microsoft.Dynamics.CRM.morerecords',
} as const;
