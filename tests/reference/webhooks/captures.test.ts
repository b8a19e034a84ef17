import {
  isWebhookEntity,
  parseRemoteExecutionContext,
  type RemoteExecutionContext,
  type WebhookEntity,
  type WebhookValue,
} from '../../../dataverse/webhook';
import { CAPTURE, captureNames, captureText } from './captures';

/** Every real webhook capture, parsed by LeadLink's parser, with its real values pinned. */

const SAMPLE = CAPTURE;

function parse(name: string): RemoteExecutionContext {
  return parseRemoteExecutionContext(captureText(name));
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

test('every capture has its own test here', () => {
  expect(captureNames()).toEqual(Object.values(SAMPLE).sort());
});

describe(SAMPLE.docs, () => {
  const ctx = parse(SAMPLE.docs);

  test('reads the context members', () => {
    expect(ctx).toMatchObject({
      messageName: 'Update',
      primaryEntityName: 'contact',
      primaryEntityId: '6d81597f-0f9f-e711-8122-000d3aa2331c',
      secondaryEntityName: 'none',
      stage: 40,
      mode: 1,
      depth: 1,
      correlationId: 'b374239d-4233-41a9-8b17-a86cb4f737b5',
      requestId: null,
      operationId: '4af10637-4ea2-e711-8122-000d3aa2331c',
      organizationId: '4ef5b371-e89e-e711-8122-000d3aa2331c',
      organizationName: 'OrgName',
      userId: '75c2dd85-e89e-e711-8122-000d3aa2331c',
      initiatingUserId: '75c2dd85-e89e-e711-8122-000d3aa2331c',
      businessUnitId: 'e2b9dd85-e89e-e711-8122-000d3aa2331c',
      isInTransaction: false,
      sizeExceeded: false,
      owningExtension: {
        kind: 'reference',
        id: '75417616-4ea2-e711-8122-000d3aa2331c',
        logicalName: 'sdkmessageprocessingstep',
      },
      outputParameters: {},
      sharedVariables: {},
      preEntityImages: {},
    });
    expect(ctx.owningExtension).not.toHaveProperty('name'); // "Name": null
  });

  test('reads OperationCreatedOn "/Date(1506409448000-0700)/" as number + offset: 1 s after modifiedon', () => {
    expect(ctx.operationCreatedOn.toISOString()).toBe('2017-09-26T00:04:08.000Z');
  });

  test('reads the Target with typed values', () => {
    const target = entity(ctx.target);
    expect(target.logicalName).toBe('contact');
    expect(target.id).toBe('6d81597f-0f9f-e711-8122-000d3aa2331c');
    expect(target.attributes).toEqual({
      firstname: 'James',
      contactid: '6d81597f-0f9f-e711-8122-000d3aa2331c',
      fullname: 'James Glynn (sample)',
      yomifullname: 'James Glynn (sample)',
      modifiedon: new Date(1506384247000),
      modifiedby: systemUser('75c2dd85-e89e-e711-8122-000d3aa2331c'),
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
      fullname: 'James Glynn (sample)',
      contactid: '6d81597f-0f9f-e711-8122-000d3aa2331c',
    });
  });

  test('reads the ParentContext (main operation, stage 30) and its shared variables', () => {
    const main = parent(ctx);
    expect(main).toMatchObject({ messageName: 'Update', stage: 30, organizationName: 'OneFarm', sizeExceeded: false });
    expect(main.parentContext).toBeUndefined();
    expect(main.inputParameters['SuppressDuplicateDetection']).toBe(false);
    expect(entity(main.target).attributes).toEqual({
      firstname: 'James',
      contactid: '6d81597f-0f9f-e711-8122-000d3aa2331c',
    });
    const changed = main.sharedVariables['ChangedEntityTypes'];
    expect(Array.isArray(changed) && changed.length).toBe(14);
    expect(changed).toContainEqual({ kind: 'pair', key: 'lead', value: 'Update' });
    expect(changed).toContainEqual({ kind: 'pair', key: 'contact', value: 'Update' });
  });
});

describe(SAMPLE.docsCopy, () => {
  const ctx = parse(SAMPLE.docsCopy);

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
    const original = parse(SAMPLE.docs);
    const { modifiedby: _a, ...copyRest } = entity(ctx.target).attributes;
    const { modifiedby: _b, ...originalRest } = entity(original.target).attributes;
    expect(copyRest).toEqual(originalRest);
    expect(ctx.postEntityImages).toEqual(original.postEntityImages);
    expect(parent(ctx).sharedVariables).toEqual(parent(original).sharedVariables);
  });
});

describe(SAMPLE.allFieldTypes, () => {
  const ctx = parse(SAMPLE.allFieldTypes);
  const target = entity(ctx.target);

  test('reads a sync Create, ignoring the unknown and newer top-level keys', () => {
    expect(ctx).toMatchObject({
      messageName: 'Create',
      primaryEntityName: 'shko_allfields',
      primaryEntityId: '6420f0cc-916b-ee11-9ae6-000d3a688809',
      stage: 40,
      mode: 0,
      isInTransaction: true,
      requestId: '1ecf6213-9296-4772-b37c-c09138dd0d59',
      outputParameters: { id: '6420f0cc-916b-ee11-9ae6-000d3a688809' },
      sharedVariables: {
        IsAutoTransact: true,
        AcceptLang: 'en-US,en;q=0.9',
        'x-ms-app-name': 'shko_Quick',
        DefaultsAddedFlag: true,
      },
      postEntityImages: {},
    });
    expect(ctx).not.toHaveProperty('Unknown');
    expect(ctx.operationCreatedOn.getTime()).toBe(1697398446012);
    expect(ctx.owningExtension?.name).toBe('Share RemoteExecutionContext: Create of shko_allfields');
  });

  test('reads every column type, with unescaped __type slashes', () => {
    expect(target.attributes).toMatchObject({
      shko_integer: 321,
      shko_decimal: 10.12,
      shko_boolean: false,
      shko_string: 'This is a String',
      shko_currency: { kind: 'money', value: 100 },
      shko_currency_base: { kind: 'money', value: 100 },
      shko_datetime: new Date(1697526000000),
      statecode: option(0),
      statuscode: option(1),
      shko_choice: option(342490000),
      shko_choices: [option(342490001), option(342490002)],
      shko_lookup: systemUser('c7877889-0f5f-ee11-8def-000d3adbef1f'),
      transactioncurrencyid: {
        kind: 'reference',
        id: '4de444aa-375f-ee11-8def-000d3adbef1f',
        logicalName: 'transactioncurrency',
      },
      shko_allfieldsid: '6420f0cc-916b-ee11-9ae6-000d3a688809',
      exchangerate: 1,
      modifiedonbehalfby: null,
    });
    expect(Object.keys(target.attributes)).toHaveLength(24);
  });

  test('keeps formatted values apart from the values', () => {
    expect(target.formattedValues).toMatchObject({
      shko_choices: 'One; Two',
      shko_choice: 'Zero',
      shko_boolean: 'No',
      shko_datetime: '2023-10-17T09:00:00+02:00',
    });
    expect(target.attributes['shko_choice']).toEqual(option(342490000));
  });

  test('reads the activity-party array in the ParentContext Target as entities', () => {
    const main = parent(ctx);
    expect(main.inputParameters['x-ms-app-name']).toBe('shko_Quick');
    const attendees = entity(main.target).attributes['requiredattendees'];
    expect(attendees).toEqual([
      {
        kind: 'entity',
        logicalName: 'activityparty',
        id: '00000000-0000-0000-0000-000000000000',
        attributes: {
          partyid: { kind: 'reference', id: 'f0459662-7d02-f111-8407-7ced8d48fc4e', logicalName: 'contact' },
        },
        formattedValues: {},
        keyAttributes: {},
      },
    ]);
  });
});

describe(SAMPLE.allTypesAsync, () => {
  const ctx = parse(SAMPLE.allTypesAsync);
  const target = entity(ctx.target);

  test('reads an async Create', () => {
    expect(ctx).toMatchObject({
      messageName: 'Create',
      primaryEntityName: 'albxrm_alltypes',
      primaryEntityId: '44bfc2a7-903e-eb11-a813-000d3ad9c2e1',
      mode: 1,
      stage: 40,
      outputParameters: { id: '44bfc2a7-903e-eb11-a813-000d3ad9c2e1' },
    });
    // "/Date(1608007658000+0000)/": a zero offset changes nothing.
    expect(ctx.operationCreatedOn.getTime()).toBe(1608007658000);
  });

  test('reads the values, \\u000a escapes included', () => {
    expect(target.attributes).toMatchObject({
      albxrm_twooptions: true,
      albxrm_wholenumber: 987654321,
      albxrm_multiplelinesoftext: 'sdafasf\nasdfas\nafsd',
      albxrm_float: 2365.12,
      albxrm_decimal: 10.01,
      exchangerate: 1,
      albxrm_currency: { kind: 'money', value: 2154.32 },
      albxrm_optionset: option(257760001),
      albxrm_multiselectoptionset: [option(257760001), option(257760002)],
      albxrm_dateandtime: new Date(1608015600000),
      albxrm_customer: { kind: 'reference', id: 'ad6b3f4b-1be7-e611-8101-e0071b6af231', logicalName: 'account' },
    });
    expect(target.formattedValues['albxrm_wholenumber']).toBe('987,654,321');
  });

  test('reads the AsynchronousStepPrimaryName image and the ParentContext', () => {
    expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes).toEqual({
      albxrm_name: 'Test Betim',
      albxrm_alltypesid: '44bfc2a7-903e-eb11-a813-000d3ad9c2e1',
    });
    expect(parent(ctx).stage).toBe(30);
    expect(entity(parent(ctx).target).formattedValues).toEqual({
      albxrm_wholenumber: '987654321',
      albxrm_twooptions: 'True',
      albxrm_decimal: '10.01',
    });
  });
});

describe(SAMPLE.modifiedGuid, () => {
  const ctx = parse(SAMPLE.modifiedGuid);

  test('reads a sync Update of account', () => {
    expect(ctx).toMatchObject({
      messageName: 'Update',
      primaryEntityName: 'account',
      primaryEntityId: 'ec4e2f7d-9d60-e811-a95a-000d3af24950',
      mode: 0,
      requestId: '08fec203-ec78-4f7a-a024-c96e329a64fe',
    });
    expect(ctx.owningExtension?.name).toBe('D365WebHookHttpTrigger: Update of account');
    expect(ctx.operationCreatedOn.getTime()).toBe(1527757530151);
  });

  test('unwraps Guid:#System and DateTime:#System values to what the plain form gives', () => {
    const attributes = entity(ctx.target).attributes;
    expect(attributes['accountid']).toBe('ec4e2f7d-9d60-e811-a95a-000d3af24950');
    expect(attributes['modifiedon']).toEqual(new Date(1527757524000));
    expect(attributes['telephone1']).toBe('1111');
    // The ParentContext carries the same id unwrapped, as Dataverse writes it: both read the same.
    expect(entity(parent(ctx).target).attributes['accountid']).toBe(attributes['accountid']);
  });
});

describe(SAMPLE.activityParty, () => {
  const ctx = parse(SAMPLE.activityParty);
  const pre = image(ctx.preEntityImages, 'Image');

  test('reads an async Update of a custom activity', () => {
    expect(ctx).toMatchObject({ messageName: 'Update', primaryEntityName: 'new_customactivity', mode: 1 });
    expect(entity(ctx.target).attributes).toMatchObject({ statecode: option(3), statuscode: option(4) });
    expect(ctx.inputParameters['parentExecutionId']).toBe('1ede9b8e-fdad-4116-9706-d21cd5e30eea');
    // "/Date(1724647396000+0300)/" + 3 h is exactly the record's modifiedon.
    expect(ctx.operationCreatedOn).toEqual(entity(ctx.target).attributes['modifiedon']);
  });

  test('reads EntityCollection party lists in the pre image as arrays of entities', () => {
    const from = pre.attributes['from'];
    if (!Array.isArray(from)) throw new Error('from is not a list');
    expect(from).toHaveLength(1);
    const sender = entity(from[0]);
    expect(sender.logicalName).toBe('activityparty');
    expect(sender.rowVersion).toBe('147059704');
    expect(sender.attributes).toMatchObject({
      partyid: {
        kind: 'reference',
        id: 'a76c0a41-4dec-ea11-a2d1-00155d04e323',
        logicalName: 'contact',
        name: 'Some Contact',
      },
      participationtypemask: option(1),
      scheduledend: new Date(1724701394000),
      ispartydeleted: false,
    });
    expect(sender.formattedValues['participationtypemask']).toBe('Sender');
    const to = pre.attributes['to'];
    if (!Array.isArray(to)) throw new Error('to is not a list');
    expect(entity(to[0]).attributes['partyid']).toMatchObject({ logicalName: 'queue', name: 'Queue Name' });
  });

  test('reads the rest of the pre image', () => {
    expect(pre.attributes).toMatchObject({
      statecode: option(0),
      description: 'asdf',
      regardingobjectid: { kind: 'reference', logicalName: 'new_otherentity', name: 'Other entity name' },
    });
    expect(pre.formattedValues).toEqual({
      statecode: 'Open',
      regardingobjectid: 'Other entity name',
      statuscode: 'Open',
    });
    expect(image(ctx.postEntityImages, 'AsynchronousStepPrimaryName').attributes['subject']).toBe('This is a subject');
  });

  test('reads a ParentContext without a Target (EntityMoniker, State, Status)', () => {
    const main = parent(ctx);
    expect(main.target).toBeUndefined();
    expect(main.sizeExceeded).toBe(false);
    expect(main.inputParameters).toEqual({
      EntityMoniker: {
        kind: 'reference',
        id: '841579d9-7e63-ef11-9e4a-00155d0001ea',
        logicalName: 'new_customactivity',
      },
      State: option(3),
      Status: option(4),
    });
  });
});
