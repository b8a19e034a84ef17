/**
 * Every webhook fixture, parsed, with its values pinned. The fixtures have the structure of real published bodies
 * (tests/fixtures/webhooks/README.md); the reference suite runs the same checks on the originals.
 */
import { WEBHOOK_FIXTURES, webhookFixture } from '../../support/webhookFixtures';
import {
  describeCreateAllColumnTypes,
  describeCreateAllTypesAsync,
  describeUpdateAccountWrappedValues,
  describeUpdateActivityPartyLists,
  describeUpdateContact,
} from './parsedBodies';

test('every fixture has its own test here', () => {
  expect(Object.keys(WEBHOOK_FIXTURES).sort()).toEqual(
    [
      'createAllColumnTypes',
      'createAllTypesAsync',
      'updateAccountWrappedValues',
      'updateActivityPartyLists',
      'updateContact',
    ].sort(),
  );
});

describeUpdateContact(WEBHOOK_FIXTURES.updateContact.file, {
  text: webhookFixture('updateContact'),
  contactId: '543bcd04-365e-42e7-b873-83f4b1429de1',
  correlationId: '80e6b5d0-a9d9-4650-9c6b-df0d7796668d',
  operationId: '293ba8b9-317b-4b86-8157-89161202d125',
  organizationId: '5dd3ecf5-898e-43e0-9517-a35a71f965b9',
  organizationName: 'LeadLinkDemo',
  parentOrganizationName: 'LeadLinkHQ',
  userId: '49dc9b34-eae3-432d-b8c1-15d69a1f7aa5',
  businessUnitId: 'e88b7591-31db-4e32-a8dc-b35f94c662cd',
  stepId: '3d235422-5376-46b2-b949-837378c02b33',
  firstName: 'Mai',
  fullName: 'Mai Tran (fixture)',
  modifiedOn: 1749168247000,
  operationCreatedOn: { sent: '/Date(1749193448000-0700)/', instant: '2025-06-06T00:04:08.000Z' },
});

describeCreateAllColumnTypes(WEBHOOK_FIXTURES.createAllColumnTypes.file, {
  text: webhookFixture('createAllColumnTypes'),
  prefix: 'demo_',
  recordId: '79e1575a-53a7-4fa0-96fb-1d88de6c3a9c',
  requestId: '411cbcbb-c0b9-465a-bfa2-617085b86a9e',
  userId: '9c7b0ef4-a137-45d2-9e88-37d23cc8d930',
  currencyId: 'b71a6bb4-bed1-4998-8706-c40f6cfb9af5',
  attendeeId: 'e5e638e2-ee18-4851-9bbf-2005f7cbf929',
  acceptLanguage: 'en-GB,en;q=0.8',
  stepName: 'LeadLink fixture: Create of demo_allfields',
  operationCreatedOn: 1749238446012,
  integer: 654,
  decimal: 27.45,
  stringValue: 'A line of text',
  dateTime: 1749366000000,
  dateTimeFormatted: '2025-06-08T09:00:00+02:00',
  choice: { value: 742100000, label: 'Cold' },
  choices: { values: [742100001, 742100002], label: 'Warm; Hot' },
});

describeCreateAllTypesAsync(WEBHOOK_FIXTURES.createAllTypesAsync.file, {
  text: webhookFixture('createAllTypesAsync'),
  prefix: 'demo_',
  recordId: 'ec92010c-4a37-4247-8e2d-b16c235c9308',
  customerId: 'b1e815b9-1f17-493f-b253-304398079d69',
  name: 'Fixture Record',
  operationCreatedOn: { sent: '/Date(1749703658000+0000)/', instant: 1749703658000 },
  wholeNumber: { value: 123456789, formatted: '123,456,789', plain: '123456789' },
  multipleLines: 'first line\nsecond line\nthird',
  float: 4821.75,
  dateAndTime: 1749711600000,
  options: [742100001, 742100002],
});

describeUpdateAccountWrappedValues(WEBHOOK_FIXTURES.updateAccountWrappedValues.file, {
  text: webhookFixture('updateAccountWrappedValues'),
  accountId: 'aaf27bd7-a7f4-4219-b1ea-e30705768b41',
  requestId: '2dd87205-01f0-4e7c-9833-d9d017370d5c',
  stepName: 'LeadLinkFixture: Update of account',
  operationCreatedOn: 1748941530151,
  modifiedOn: 1748941524000,
  telephone: '555 0100',
});

describeUpdateActivityPartyLists(WEBHOOK_FIXTURES.updateActivityPartyLists.file, {
  text: webhookFixture('updateActivityPartyLists'),
  prefix: 'demo_',
  activityId: 'b8cb8754-a63d-4d24-891e-15d797f2fa9c',
  parentExecutionId: '55592bd3-d771-4198-b436-f226bf146a41',
  sender: { id: '2f69f680-5da4-4cf5-8f22-120eee98c338', name: 'Linh Vo', rowVersion: '208113501' },
  scheduledEnd: 1749757394000,
  queueName: 'Marketing Queue',
  description: 'Met at the stand',
  regarding: 'Spring Expo',
  subject: 'Follow up on the expo',
});
