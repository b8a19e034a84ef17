/**
 * Every real webhook capture (the reference folder's webhook-samples/, sources in its SOURCES.md), parsed by LeadLink's
 * parser with its real values pinned: the checks the product tests run on LeadLink's fixtures, on the originals.
 */
import { parseRemoteExecutionContext } from '../../../dataverse/webhook';
import {
  describeCreateAllColumnTypes,
  describeCreateAllTypesAsync,
  describeUpdateAccountWrappedValues,
  describeUpdateActivityPartyLists,
  describeUpdateContact,
  entity,
  parent,
  systemUser,
} from '../../dataverse/webhook/parsedBodies';
import { CAPTURE, captureNames, captureText } from './captures';

test('every capture has its own test here', () => {
  expect(captureNames()).toEqual(Object.values(CAPTURE).sort());
});

describeUpdateContact(CAPTURE.docs, {
  text: captureText(CAPTURE.docs),
  contactId: '6d81597f-0f9f-e711-8122-000d3aa2331c',
  correlationId: 'b374239d-4233-41a9-8b17-a86cb4f737b5',
  operationId: '4af10637-4ea2-e711-8122-000d3aa2331c',
  organizationId: '4ef5b371-e89e-e711-8122-000d3aa2331c',
  organizationName: 'OrgName',
  parentOrganizationName: 'OneFarm',
  userId: '75c2dd85-e89e-e711-8122-000d3aa2331c',
  businessUnitId: 'e2b9dd85-e89e-e711-8122-000d3aa2331c',
  stepId: '75417616-4ea2-e711-8122-000d3aa2331c',
  firstName: 'James',
  fullName: 'James Glynn (sample)',
  modifiedOn: 1506384247000,
  operationCreatedOn: { sent: '/Date(1506409448000-0700)/', instant: '2017-09-26T00:04:08.000Z' },
});

describe(CAPTURE.docsCopy, () => {
  const ctx = parseRemoteExecutionContext(captureText(CAPTURE.docsCopy));

  test('reads the placeholder ids of the newer docs revision', () => {
    expect(ctx).toMatchObject({
      messageName: 'Update',
      primaryEntityName: 'contact',
      correlationId: 'aaaa0000-bb11-2222-33cc-444444dddddd',
      userId: '11bb11bb-cc22-dd33-ee44-55ff55ff55ff',
      organizationId: '00aa00aa-bb11-cc22-dd33-44ee44ee44ee',
    });
    expect(entity(ctx.target).attributes['modifiedby']).toEqual(systemUser('11bb11bb-cc22-dd33-ee44-55ff55ff55ff'));
  });

  test('parses to the same record values as the original docs sample', () => {
    const original = parseRemoteExecutionContext(captureText(CAPTURE.docs));
    const { modifiedby: _a, ...copyRest } = entity(ctx.target).attributes;
    const { modifiedby: _b, ...originalRest } = entity(original.target).attributes;
    expect(copyRest).toEqual(originalRest);
    expect(ctx.postEntityImages).toEqual(original.postEntityImages);
    expect(parent(ctx).sharedVariables).toEqual(parent(original).sharedVariables);
  });
});

describeCreateAllColumnTypes(CAPTURE.allFieldTypes, {
  text: captureText(CAPTURE.allFieldTypes),
  prefix: 'shko_',
  recordId: '6420f0cc-916b-ee11-9ae6-000d3a688809',
  requestId: '1ecf6213-9296-4772-b37c-c09138dd0d59',
  userId: 'c7877889-0f5f-ee11-8def-000d3adbef1f',
  currencyId: '4de444aa-375f-ee11-8def-000d3adbef1f',
  attendeeId: 'f0459662-7d02-f111-8407-7ced8d48fc4e',
  acceptLanguage: 'en-US,en;q=0.9',
  stepName: 'Share RemoteExecutionContext: Create of shko_allfields',
  operationCreatedOn: 1697398446012,
  integer: 321,
  decimal: 10.12,
  stringValue: 'This is a String',
  dateTime: 1697526000000,
  dateTimeFormatted: '2023-10-17T09:00:00+02:00',
  choice: { value: 342490000, label: 'Zero' },
  choices: { values: [342490001, 342490002], label: 'One; Two' },
});

describeCreateAllTypesAsync(CAPTURE.allTypesAsync, {
  text: captureText(CAPTURE.allTypesAsync),
  prefix: 'albxrm_',
  recordId: '44bfc2a7-903e-eb11-a813-000d3ad9c2e1',
  customerId: 'ad6b3f4b-1be7-e611-8101-e0071b6af231',
  name: 'Test Betim',
  operationCreatedOn: { sent: '/Date(1608007658000+0000)/', instant: 1608007658000 },
  wholeNumber: { value: 987654321, formatted: '987,654,321', plain: '987654321' },
  multipleLines: 'sdafasf\nasdfas\nafsd',
  float: 2365.12,
  dateAndTime: 1608015600000,
  options: [257760001, 257760002],
});

describeUpdateAccountWrappedValues(CAPTURE.modifiedGuid, {
  text: captureText(CAPTURE.modifiedGuid),
  accountId: 'ec4e2f7d-9d60-e811-a95a-000d3af24950',
  requestId: '08fec203-ec78-4f7a-a024-c96e329a64fe',
  stepName: 'D365WebHookHttpTrigger: Update of account',
  operationCreatedOn: 1527757530151,
  modifiedOn: 1527757524000,
  telephone: '1111',
});

describeUpdateActivityPartyLists(CAPTURE.activityParty, {
  text: captureText(CAPTURE.activityParty),
  prefix: 'new_',
  activityId: '841579d9-7e63-ef11-9e4a-00155d0001ea',
  parentExecutionId: '1ede9b8e-fdad-4116-9706-d21cd5e30eea',
  sender: { id: 'a76c0a41-4dec-ea11-a2d1-00155d04e323', name: 'Some Contact', rowVersion: '147059704' },
  scheduledEnd: 1724701394000,
  queueName: 'Queue Name',
  description: 'asdf',
  regarding: 'Other entity name',
  subject: 'This is a subject',
});
