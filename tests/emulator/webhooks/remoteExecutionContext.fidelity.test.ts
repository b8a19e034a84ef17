import { parseRemoteExecutionContext } from '../../../dataverse/webhook';
import { buildRemoteExecutionContext } from '../../../emulator/webhooks/remoteExecutionContext';
import { webhookFixture } from '../../support/webhookFixtures';
import { describeBodyShape, type Json, member } from './bodyShapeChecks';
import { DOCS, docsUpdateInput } from './contextFixtures';

/**
 * The emulator's body for the change of the Update-of-a-contact fixture, held to that fixture (which has the
 * structure of the sample body in Microsoft Learn's "Use webhooks to create external handlers for server events";
 * the reference suite holds the emulator's body to the sample itself).
 */

const docsText = webhookFixture('updateContact');
const docs = JSON.parse(docsText) as Record<string, Json>;
const oursText = buildRemoteExecutionContext(docsUpdateInput());
const ours = JSON.parse(oursText) as Record<string, Json>;

describeBodyShape(oursText, docsText);

test('writes the same Target, post image and ParentContext Target, value for value', () => {
  expect(member(ours, 'InputParameters')).toEqual(member(docs, 'InputParameters'));
  expect(member(ours, 'PostEntityImages')).toEqual(member(docs, 'PostEntityImages'));
  expect(member(ours, 'ParentContext', 'InputParameters')).toEqual(member(docs, 'ParentContext', 'InputParameters'));
  for (const key of [
    'Stage',
    'Mode',
    'Depth',
    'IsolationMode',
    'IsInTransaction',
    'RequestId',
    'SecondaryEntityName',
  ]) {
    expect([key, member(ours, key)]).toEqual([key, member(docs, key)]);
  }
  expect(member(ours, 'ParentContext', 'Stage')).toBe(30);
  expect(member(ours, 'ParentContext', 'ParentContext')).toBeNull();
});

test('writes dates as Dataverse does', () => {
  expect(oursText).toContain('"value":"\\/Date(1749168247000)\\/"');
});

test('our parser reads it back to the values put in', () => {
  const ctx = parseRemoteExecutionContext(oursText);
  expect(ctx).toMatchObject({
    messageName: 'Update',
    primaryEntityName: 'contact',
    primaryEntityId: DOCS.contactId,
    stage: 40,
    mode: 1,
    depth: 1,
    correlationId: DOCS.correlationId,
    userId: DOCS.userId,
    organizationName: 'LeadLinkDemo',
    requestId: null,
    sizeExceeded: false,
    owningExtension: { kind: 'reference', id: DOCS.stepId, logicalName: 'sdkmessageprocessingstep' },
    target: {
      kind: 'entity',
      attributes: {
        firstname: 'Mai',
        contactid: DOCS.contactId,
        fullname: 'Mai Tran (fixture)',
        yomifullname: 'Mai Tran (fixture)',
        modifiedon: new Date('2025-06-06T00:04:07Z'),
        modifiedby: { kind: 'reference', id: DOCS.userId, logicalName: 'systemuser' },
        modifiedonbehalfby: null,
      },
    },
    postEntityImages: {
      AsynchronousStepPrimaryName: { attributes: { fullname: 'Mai Tran (fixture)', contactid: DOCS.contactId } },
    },
    parentContext: {
      stage: 30,
      inputParameters: { SuppressDuplicateDetection: false },
      sharedVariables: { ChangedEntityTypes: [{ kind: 'pair', key: 'contact', value: 'Update' }] },
    },
  });
  expect(ctx.operationCreatedOn).toEqual(new Date('2025-06-06T00:04:08Z'));
  // The fixture and ours describe the same change: the parser reads the same record from both.
  expect(ctx.target).toEqual(parseRemoteExecutionContext(docsText).target);
});
