import type { DataverseClient } from '../../dataverse';

/** The part of the Web API client the sweep uses: narrow, so what it can do to Dataverse is plain to see. */
export type SweepClient = Pick<DataverseClient, 'queryPages' | 'batch' | 'updateMultiple' | 'request' | 'fetchXmlRows'>;
