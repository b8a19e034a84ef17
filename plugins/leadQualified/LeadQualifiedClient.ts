import type { DataverseClient } from '../../dataverse';

/** The part of the Web API client this plug-in uses. */
export type LeadQualifiedClient = Pick<DataverseClient, 'retrieve' | 'update'>;
