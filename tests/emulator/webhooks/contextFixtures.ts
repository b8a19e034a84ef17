import type { ColumnDef } from '../../../schema/types';
import type { RemoteExecutionContextInput } from '../../../emulator/webhooks/remoteExecutionContext';

/** The ids of the Update-of-a-contact fixture, so a built context can be compared with it value for value. */
export const DOCS = {
  contactId: '543bcd04-365e-42e7-b873-83f4b1429de1',
  userId: '49dc9b34-eae3-432d-b8c1-15d69a1f7aa5',
  businessUnitId: 'e88b7591-31db-4e32-a8dc-b35f94c662cd',
  correlationId: '80e6b5d0-a9d9-4650-9c6b-df0d7796668d',
  operationId: '293ba8b9-317b-4b86-8157-89161202d125',
  organizationId: '5dd3ecf5-898e-43e0-9517-a35a71f965b9',
  stepId: '3d235422-5376-46b2-b949-837378c02b33',
} as const;

/** The contact columns the fixture's Target touches (Microsoft's contact table reference). */
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

/** The fixture's change: an async PostOperation Update of a contact's firstname. */
export function docsUpdateInput(): RemoteExecutionContextInput {
  return {
    message: 'Update',
    table: 'contact',
    recordId: DOCS.contactId,
    columns: CONTACT_COLUMNS,
    primaryIdAttribute: 'contactid',
    primaryNameAttribute: 'fullname',
    requestTarget: { firstname: 'Mai', contactid: DOCS.contactId },
    target: {
      firstname: 'Mai',
      contactid: DOCS.contactId,
      fullname: 'Mai Tran (fixture)',
      yomifullname: 'Mai Tran (fixture)',
      modifiedon: '2025-06-06T00:04:07Z',
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
    organizationName: 'LeadLinkDemo',
    businessUnitId: DOCS.businessUnitId,
    operationId: DOCS.operationId,
    requestId: null,
    operationCreatedOn: new Date('2025-06-06T00:04:08Z'),
    stepId: DOCS.stepId,
    stepName: null,
  };
}
