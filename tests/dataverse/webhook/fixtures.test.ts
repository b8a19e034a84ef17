import {
  isWebhookEntity,
  parseRemoteExecutionContext,
  type RemoteExecutionContext,
  type WebhookEntity,
  type WebhookValue,
} from '../../../dataverse/webhook';
import { WEBHOOK_FIXTURES, webhookFixture, type WebhookFixtureName } from '../../support/webhookFixtures';

/**
 * Every webhook fixture, parsed, with its values pinned. The fixtures have the structure of real published bodies
 * (tests/fixtures/webhooks/README.md); the reference suite parses the originals themselves.
 */

function parse(name: WebhookFixtureName): RemoteExecutionContext {
  return parseRemoteExecutionContext(webhookFixture(name));
}

function entity(value: WebhookValue | WebhookEntity | undefined): WebhookEntity {
  if (!isWebhookEntity(value)) throw new Error(`expected an entity, got ${JSON.stringify(value)}`);
  return value;
}

function image(images: Readonly<Record<string, WebhookEntity>>, alias: string): WebhookEntity {
  const found = images[alias];
  if (!found) throw new Error(`no image ${alias}`);
  return found;
}

function parent(ctx: RemoteExecutionContext): RemoteExecutionContext {
  if (!ctx.parentContext) throw new Error('no ParentContext');
  return ctx.parentContext;
}

const systemUser = (id: string) => ({ kind: 'reference', id, logicalName: 'systemuser' });
const option = (value: number) => ({ kind: 'option', value });

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

describe(WEBHOOK_FIXTURES.updateContact.file, () => {
  const ctx = parse('updateContact');

  test('reads the context members', () => {
    expect(ctx).toMatchObject({
      messageName: 'Update',
      primaryEntityName: 'contact',
      primaryEntityId: '543bcd04-365e-42e7-b873-83f4b1429de1',
      secondaryEntityName: 'none',
      stage: 40,
      mode: 1,
      depth: 1,
      correlationId: '80e6b5d0-a9d9-4650-9c6b-df0d7796668d',
      requestId: null,
      operationId: '293ba8b9-317b-4b86-8157-89161202d125',
      organizationId: '5dd3ecf5-898e-43e0-9517-a35a71f965b9',
      organizationName: 'LeadLinkDemo',
      userId: '49dc9b34-eae3-432d-b8c1-15d69a1f7aa5',
      initiatingUserId: '49dc9b34-eae3-432d-b8c1-15d69a1f7aa5',
      businessUnitId: 'e88b7591-31db-4e32-a8dc-b35f94c662cd',
      isInTransaction: false,
      sizeExceeded: false,
      owningExtension: {
        kind: 'reference',
        id: '3d235422-5376-46b2-b949-837378c02b33',
        logicalName: 'sdkmessageprocessingstep',
      },
      outputParameters: {},
      sharedVariables: {},
      preEntityImages: {},
    });
    expect(ctx.owningExtension).not.toHaveProperty('name'); // "Name": null
  });

  test('reads OperationCreatedOn "/Date(1749193448000-0700)/" as number + offset: 1 s after modifiedon', () => {
    expect(ctx.operationCreatedOn.toISOString()).toBe('2025-06-06T00:04:08.000Z');
  });

  test('reads the Target with typed values', () => {
    const target = entity(ctx.target);
    expect(target.logicalName).toBe('contact');
    expect(target.id).toBe('543bcd04-365e-42e7-b873-83f4b1429de1');
    expect(target.attributes).toEqual({
      firstname: 'Mai',
      contactid: '543bcd04-365e-42e7-b873-83f4b1429de1',
      fullname: 'Mai Tran (fixture)',
      yomifullname: 'Mai Tran (fixture)',
      modifiedon: new Date(1749168247000),
      modifiedby: systemUser('49dc9b34-eae3-432d-b8c1-15d69a1f7aa5'),
      modifiedonbehalfby: null,
    });
    expect(target.formattedValues).toEqual({});
    expect(target).not.toHaveProperty('rowVersion');
    expect(ctx.inputParameters['Target']).toBe(ctx.target);
  });

  test('reads the AsynchronousStepPrimaryName post image', () => {
    const primaryName = image(ctx.postEntityImages, 'AsynchronousStepPrimaryName');
    expect(primaryName.logicalName).toBe('contact');
    expect(primaryName.attributes).toEqual({
      fullname: 'Mai Tran (fixture)',
      contactid: '543bcd04-365e-42e7-b873-83f4b1429de1',
    });
  });

  test('reads the ParentContext (main operation, stage 30) and its shared variables', () => {
    const main = parent(ctx);
    expect(main).toMatchObject({
      messageName: 'Update',
      stage: 30,
      organizationName: 'LeadLinkHQ',
      sizeExceeded: false,
    });
    expect(main.parentContext).toBeUndefined();
    expect(main.inputParameters['SuppressDuplicateDetection']).toBe(false);
    expect(entity(main.target).attributes).toEqual({
      firstname: 'Mai',
      contactid: '543bcd04-365e-42e7-b873-83f4b1429de1',
    });
    const changed = main.sharedVariables['ChangedEntityTypes'];
    expect(Array.isArray(changed) && changed.length).toBe(14);
    expect(changed).toContainEqual({ kind: 'pair', key: 'lead', value: 'Update' });
    expect(changed).toContainEqual({ kind: 'pair', key: 'contact', value: 'Update' });
  });
});

describe(WEBHOOK_FIXTURES.createAllColumnTypes.file, () => {
  const ctx = parse('createAllColumnTypes');
  const target = entity(ctx.target);

  test('reads a sync Create, ignoring the unknown and newer top-level keys', () => {
    expect(ctx).toMatchObject({
      messageName: 'Create',
      primaryEntityName: 'demo_allfields',
      primaryEntityId: '79e1575a-53a7-4fa0-96fb-1d88de6c3a9c',
      stage: 40,
      mode: 0,
      isInTransaction: true,
      requestId: '411cbcbb-c0b9-465a-bfa2-617085b86a9e',
      outputParameters: { id: '79e1575a-53a7-4fa0-96fb-1d88de6c3a9c' },
      sharedVariables: {
        IsAutoTransact: true,
        AcceptLang: 'en-GB,en;q=0.8',
        'x-ms-app-name': 'demo_Quick',
        DefaultsAddedFlag: true,
      },
      postEntityImages: {},
    });
    expect(ctx).not.toHaveProperty('Unknown');
    expect(ctx.operationCreatedOn.getTime()).toBe(1749238446012);
    expect(ctx.owningExtension?.name).toBe('LeadLink fixture: Create of demo_allfields');
  });

  test('reads every column type, with unescaped __type slashes', () => {
    expect(target.attributes).toMatchObject({
      demo_integer: 654,
      demo_decimal: 27.45,
      demo_boolean: false,
      demo_string: 'A line of text',
      demo_currency: { kind: 'money', value: 100 },
      demo_currency_base: { kind: 'money', value: 100 },
      demo_datetime: new Date(1749366000000),
      statecode: option(0),
      statuscode: option(1),
      demo_choice: option(742100000),
      demo_choices: [option(742100001), option(742100002)],
      demo_lookup: systemUser('9c7b0ef4-a137-45d2-9e88-37d23cc8d930'),
      transactioncurrencyid: {
        kind: 'reference',
        id: 'b71a6bb4-bed1-4998-8706-c40f6cfb9af5',
        logicalName: 'transactioncurrency',
      },
      demo_allfieldsid: '79e1575a-53a7-4fa0-96fb-1d88de6c3a9c',
      exchangerate: 1,
      modifiedonbehalfby: null,
    });
    expect(Object.keys(target.attributes)).toHaveLength(24);
  });

  test('keeps formatted values apart from the values', () => {
    expect(target.formattedValues).toMatchObject({
      demo_choices: 'Warm; Hot',
      demo_choice: 'Cold',
      demo_boolean: 'No',
      demo_datetime: '2025-06-08T09:00:00+02:00',
    });
    expect(target.attributes['demo_choice']).toEqual(option(742100000));
  });

  test('reads the activity-party array in the ParentContext Target as entities', () => {
    const main = parent(ctx);
    expect(main.inputParameters['x-ms-app-name']).toBe('demo_Quick');
    const attendees = entity(main.target).attributes['requiredattendees'];
    expect(attendees).toEqual([
      {
        kind: 'entity',
        logicalName: 'activityparty',
        id: '00000000-0000-0000-0000-000000000000',
        attributes: {
          partyid: { kind: 'reference', id: 'e5e638e2-ee18-4851-9bbf-2005f7cbf929', logicalName: 'contact' },
        },
        formattedValues: {},
        keyAttributes: {},
      },
    ]);
  });
});

describe(WEBHOOK_FIXTURES.createAllTypesAsync.file, () => {
  const ctx = parse('createAllTypesAsync');
  const target = entity(ctx.target);

  test('reads an async Create', () => {
    expect(ctx).toMatchObject({
      messageName: 'Create',
      primaryEntityName: 'demo_alltypes',
      primaryEntityId: 'ec92010c-4a37-4247-8e2d-b16c235c9308',
      mode: 1,
      stage: 40,
      outputParameters: { id: 'ec92010c-4a37-4247-8e2d-b16c235c9308' },
    });
    // "/Date(1749703658000+0000)/": a zero offset changes nothing.
    expect(ctx.operationCreatedOn.getTime()).toBe(1749703658000);
  });

  test('reads the values, \\u000a escapes included', () => {
    expect(target.attributes).toMatchObject({
      demo_twooptions: true,
      demo_wholenumber: 123456789,
      demo_multiplelinesoftext: 'first line\nsecond line\nthird',
      demo_float: 4821.75,
      demo_decimal: 10.01,
      exchangerate: 1,
      demo_currency: { kind: 'money', value: 2154.32 },
      demo_optionset: option(742100001),
      demo_multiselectoptionset: [option(742100001), option(742100002)],
      demo_dateandtime: new Date(1749711600000),
      demo_customer: { kind: 'reference', id: 'b1e815b9-1f17-493f-b253-304398079d69', logicalName: 'account' },
    });
    expect(target.formattedValues['demo_wholenumber']).toBe('123,456,789');
  });

  test('reads the AsynchronousStepPrimaryName image and the ParentContext', () => {
    expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes).toEqual({
      demo_name: 'Fixture Record',
      demo_alltypesid: 'ec92010c-4a37-4247-8e2d-b16c235c9308',
    });
    expect(parent(ctx).stage).toBe(30);
    expect(entity(parent(ctx).target).formattedValues).toEqual({
      demo_wholenumber: '123456789',
      demo_twooptions: 'True',
      demo_decimal: '10.01',
    });
  });
});

describe(WEBHOOK_FIXTURES.updateAccountWrappedValues.file, () => {
  const ctx = parse('updateAccountWrappedValues');

  test('reads a sync Update of account', () => {
    expect(ctx).toMatchObject({
      messageName: 'Update',
      primaryEntityName: 'account',
      primaryEntityId: 'aaf27bd7-a7f4-4219-b1ea-e30705768b41',
      mode: 0,
      requestId: '2dd87205-01f0-4e7c-9833-d9d017370d5c',
    });
    expect(ctx.owningExtension?.name).toBe('LeadLinkFixture: Update of account');
    expect(ctx.operationCreatedOn.getTime()).toBe(1748941530151);
  });

  test('unwraps Guid:#System and DateTime:#System values to what the plain form gives', () => {
    const attributes = entity(ctx.target).attributes;
    expect(attributes['accountid']).toBe('aaf27bd7-a7f4-4219-b1ea-e30705768b41');
    expect(attributes['modifiedon']).toEqual(new Date(1748941524000));
    expect(attributes['telephone1']).toBe('555 0100');
    // The ParentContext carries the same id unwrapped, as Dataverse writes it: both read the same.
    expect(entity(parent(ctx).target).attributes['accountid']).toBe(attributes['accountid']);
  });
});

describe(WEBHOOK_FIXTURES.updateActivityPartyLists.file, () => {
  const ctx = parse('updateActivityPartyLists');
  const pre = image(ctx.preEntityImages, 'Image');

  test('reads an async Update of a custom activity', () => {
    expect(ctx).toMatchObject({ messageName: 'Update', primaryEntityName: 'demo_customactivity', mode: 1 });
    expect(entity(ctx.target).attributes).toMatchObject({ statecode: option(3), statuscode: option(4) });
    expect(ctx.inputParameters['parentExecutionId']).toBe('55592bd3-d771-4198-b436-f226bf146a41');
    // "/Date(1749703396000+0300)/" + 3 h is exactly the record's modifiedon.
    expect(ctx.operationCreatedOn).toEqual(entity(ctx.target).attributes['modifiedon']);
  });

  test('reads EntityCollection party lists in the pre image as arrays of entities', () => {
    const from = pre.attributes['from'];
    if (!Array.isArray(from)) throw new Error('from is not a list');
    expect(from).toHaveLength(1);
    const sender = entity(from[0]);
    expect(sender.logicalName).toBe('activityparty');
    expect(sender.rowVersion).toBe('208113501');
    expect(sender.attributes).toMatchObject({
      partyid: {
        kind: 'reference',
        id: '2f69f680-5da4-4cf5-8f22-120eee98c338',
        logicalName: 'contact',
        name: 'Linh Vo',
      },
      participationtypemask: option(1),
      scheduledend: new Date(1749757394000),
      ispartydeleted: false,
    });
    expect(sender.formattedValues['participationtypemask']).toBe('Sender');
    const to = pre.attributes['to'];
    if (!Array.isArray(to)) throw new Error('to is not a list');
    expect(entity(to[0]).attributes['partyid']).toMatchObject({ logicalName: 'queue', name: 'Marketing Queue' });
  });

  test('reads the rest of the pre image', () => {
    expect(pre.attributes).toMatchObject({
      statecode: option(0),
      description: 'Met at the stand',
      regardingobjectid: { kind: 'reference', logicalName: 'demo_otherentity', name: 'Spring Expo' },
    });
    expect(pre.formattedValues).toEqual({
      statecode: 'Open',
      regardingobjectid: 'Spring Expo',
      statuscode: 'Open',
    });
    expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes['subject']).toBe(
      'Follow up on the expo',
    );
  });

  test('reads a ParentContext without a Target (EntityMoniker, State, Status)', () => {
    const main = parent(ctx);
    expect(main.target).toBeUndefined();
    expect(main.sizeExceeded).toBe(false);
    expect(main.inputParameters).toEqual({
      EntityMoniker: {
        kind: 'reference',
        id: 'b8cb8754-a63d-4d24-891e-15d797f2fa9c',
        logicalName: 'demo_customactivity',
      },
      State: option(3),
      Status: option(4),
    });
  });
});
