import type { ColumnDef } from '../../../schema/types';
import type { RemoteExecutionContextInput } from '../../../emulator/webhooks/remoteExecutionContext';

/** The ids of the docs sample (use-webhooks), so a built context can be compared with it value for value. */
export const DOCS = {
  contactId: '6d81597f-0f9f-e711-8122-000d3aa2331c',
  userId: '75c2dd85-e89e-e711-8122-000d3aa2331c',
  businessUnitId: 'e2b9dd85-e89e-e711-8122-000d3aa2331c',
  correlationId: 'b374239d-4233-41a9-8b17-a86cb4f737b5',
  operationId: '4af10637-4ea2-e711-8122-000d3aa2331c',
  organizationId: '4ef5b371-e89e-e711-8122-000d3aa2331c',
  stepId: '75417616-4ea2-e711-8122-000d3aa2331c',
} as const;

/** The contact columns the docs sample's Target touches (Microsoft's contact table reference). */
export const CONTACT_COLUMNS: readonly ColumnDef[] = [
  { name: 'contactid', type: 'uniqueidentifier' },
  { name: 'firstname', type: 'string', maxLength: 50 },
  { name: 'lastname', type: 'string', maxLength: 50 },
  { name: 'fullname', type: 'string', maxLength: 160 },
  { name: 'yomifullname', type: 'string', maxLength: 450 },
  { name: 'modifiedon', type: 'datetime' },
  { name: 'modifiedby', type: 'lookup', targets: ['systemuser'] },
  { name: 'modifiedonbehalfby', type: 'lookup', targets: ['systemuser'] },
];

/** The docs sample's change: an async PostOperation Update of a contact's firstname. */
export function docsUpdateInput(): RemoteExecutionContextInput {
  return {
    message: 'Update',
    table: 'contact',
    recordId: DOCS.contactId,
    columns: CONTACT_COLUMNS,
    primaryIdAttribute: 'contactid',
    primaryNameAttribute: 'fullname',
    requestTarget: { firstname: 'James', contactid: DOCS.contactId },
    target: {
      firstname: 'James',
      contactid: DOCS.contactId,
      fullname: 'James Glynn (sample)',
      yomifullname: 'James Glynn (sample)',
      modifiedon: '2017-09-26T00:04:07Z',
      modifiedby: { id: DOCS.userId, logicalName: 'systemuser' },
      modifiedonbehalfby: null,
    },
    stage: 40,
    mode: 1,
    depth: 1,
    correlationId: DOCS.correlationId,
    userId: DOCS.userId,
    initiatingUserId: DOCS.userId,
    organizationId: DOCS.organizationId,
    organizationName: 'OrgName',
    businessUnitId: DOCS.businessUnitId,
    operationId: DOCS.operationId,
    requestId: null,
    operationCreatedOn: new Date('2017-09-26T00:04:08Z'),
    stepId: DOCS.stepId,
    stepName: null,
  };
}
