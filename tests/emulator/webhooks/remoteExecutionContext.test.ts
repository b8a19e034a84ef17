import { isWebhookEntity, parseRemoteExecutionContext } from '../../../dataverse/webhook';
import type { RowValues } from '../../../emulator/store/values';
import {
  buildRemoteExecutionContext,
  type DcRemoteExecutionContext,
  RemoteExecutionContextError,
  type RemoteExecutionContextInput,
  remoteExecutionContextOf,
  type WebhookRow,
} from '../../../emulator/webhooks/remoteExecutionContext';
import { toDataContractJson } from '../../../emulator/webhooks/toDataContractJson';
import type { ColumnDef } from '../../../schema/types';
import { DOCS } from './contextFixtures';

/** The emulator's rows go straight in: a stored row is a valid webhook row (checked by tsc). */
export function storedRowsFit(row: RowValues): WebhookRow {
  return row;
}

const RECORD = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f0';
const ACCOUNT = '11111111-2222-4333-8444-555555555555';

/** A table with a column of every type the emulator stores. */
const COLUMNS: readonly ColumnDef[] = [
  { name: 'test_thingid', type: 'uniqueidentifier' },
  { name: 'test_name', type: 'string' },
  { name: 'test_notes', type: 'memo' },
  { name: 'test_count', type: 'integer' },
  { name: 'test_big', type: 'bigint' },
  { name: 'test_ratio', type: 'decimal' },
  { name: 'test_score', type: 'double' },
  { name: 'test_amount', type: 'money' },
  { name: 'test_flag', type: 'boolean' },
  { name: 'test_when', type: 'datetime' },
  { name: 'test_choice', type: 'picklist' },
  { name: 'test_choices', type: 'multiselect' },
  { name: 'statecode', type: 'state' },
  { name: 'statuscode', type: 'status' },
  { name: 'test_accountid', type: 'lookup', targets: ['account'] },
  { name: 'ownerid', type: 'owner', targets: ['systemuser', 'team'] },
  { name: 'test_customerid', type: 'customer', targets: ['account', 'contact'] },
  { name: 'test_customeridtype', type: 'entityname' },
];

const ROW: WebhookRow = {
  test_name: 'Contoso / Fabrikam',
  test_notes: 'line one\nline two',
  test_count: 321,
  test_big: 9007199254740991,
  test_ratio: 10.12,
  test_score: 2365.12,
  test_amount: 2154.32,
  test_flag: true,
  test_when: '2026-11-23T19:35:14Z',
  test_choice: 742100002,
  test_choices: [742100001, 742100002],
  statecode: 0,
  statuscode: 1,
  test_accountid: { id: ACCOUNT, logicalName: 'account', name: 'Contoso' },
  ownerid: { id: DOCS.userId, logicalName: 'systemuser' },
  test_customerid: { id: ACCOUNT, logicalName: 'account' },
  test_customeridtype: 'account',
};

function input(overrides: Partial<RemoteExecutionContextInput> = {}): RemoteExecutionContextInput {
  return {
    message: 'Create',
    table: 'test_thing',
    recordId: RECORD,
    columns: COLUMNS,
    primaryIdAttribute: 'test_thingid',
    primaryNameAttribute: 'test_name',
    target: ROW,
    correlationId: DOCS.correlationId,
    userId: DOCS.userId,
    organizationId: DOCS.organizationId,
    organizationName: 'contoso',
    businessUnitId: DOCS.businessUnitId,
    operationId: DOCS.operationId,
    operationCreatedOn: new Date('2026-11-23T19:35:15.250Z'),
    stepId: DOCS.stepId,
    ...overrides,
  };
}

function attributesOf(ctx: DcRemoteExecutionContext): Map<string, unknown> {
  const target = ctx.InputParameters[0]?.value;
  if (typeof target !== 'object' || target === null || !('Attributes' in target)) throw new Error('no Target entity');
  return new Map(target.Attributes.map((a) => [a.key, a.value]));
}

function errorOf(run: () => unknown): RemoteExecutionContextError {
  try {
    run();
  } catch (error) {
    if (error instanceof RemoteExecutionContextError) return error;
    throw error;
  }
  throw new Error('expected a RemoteExecutionContextError');
}

const CONTRACTS = 'http://schemas.microsoft.com/xrm/2011/Contracts';

describe('Create', () => {
  const ctx = remoteExecutionContextOf(input());

  test('encodes each value by its column type', () => {
    const a = attributesOf(ctx);
    expect(a.get('test_name')).toBe('Contoso / Fabrikam');
    expect(a.get('test_count')).toBe(321);
    expect(a.get('test_big')).toBe(9007199254740991);
    expect(a.get('test_ratio')).toBe(10.12);
    expect(a.get('test_flag')).toBe(true);
    expect(a.get('test_amount')).toEqual({ __type: `Money:${CONTRACTS}`, Value: 2154.32 });
    expect(a.get('test_when')).toBe(`/Date(${Date.parse('2026-11-23T19:35:14Z')})/`);
    expect(a.get('test_choice')).toEqual({ __type: `OptionSetValue:${CONTRACTS}`, Value: 742100002 });
    expect(a.get('statecode')).toEqual({ __type: `OptionSetValue:${CONTRACTS}`, Value: 0 });
    expect(a.get('test_choices')).toEqual([
      { __type: `OptionSetValue:${CONTRACTS}`, Value: 742100001 },
      { __type: `OptionSetValue:${CONTRACTS}`, Value: 742100002 },
    ]);
    expect(a.get('test_accountid')).toEqual({
      __type: `EntityReference:${CONTRACTS}`,
      Id: ACCOUNT,
      KeyAttributes: [],
      LogicalName: 'account',
      Name: 'Contoso',
      RowVersion: null,
    });
    expect(a.get('ownerid')).toMatchObject({ LogicalName: 'systemuser', Name: null });
    expect(a.get('test_customeridtype')).toBe('account');
  });

  test('adds the primary id to the Target and returns it as OutputParameters id', () => {
    expect(attributesOf(ctx).get('test_thingid')).toBe(RECORD);
    expect(ctx.OutputParameters).toEqual([{ key: 'id', value: RECORD }]);
    expect(ctx.ParentContext?.OutputParameters).toEqual([]);
  });

  test('our parser reads every value back typed', () => {
    const parsed = parseRemoteExecutionContext(buildRemoteExecutionContext(input()));
    if (!isWebhookEntity(parsed.target)) throw new Error('no Target entity');
    expect(parsed.target.attributes).toEqual({
      test_name: 'Contoso / Fabrikam',
      test_notes: 'line one\nline two',
      test_count: 321,
      test_big: 9007199254740991,
      test_ratio: 10.12,
      test_score: 2365.12,
      test_amount: { kind: 'money', value: 2154.32 },
      test_flag: true,
      test_when: new Date('2026-11-23T19:35:14Z'),
      test_choice: { kind: 'option', value: 742100002 },
      test_choices: [
        { kind: 'option', value: 742100001 },
        { kind: 'option', value: 742100002 },
      ],
      statecode: { kind: 'option', value: 0 },
      statuscode: { kind: 'option', value: 1 },
      test_accountid: { kind: 'reference', id: ACCOUNT, logicalName: 'account', name: 'Contoso' },
      ownerid: { kind: 'reference', id: DOCS.userId, logicalName: 'systemuser' },
      test_customerid: { kind: 'reference', id: ACCOUNT, logicalName: 'account' },
      test_customeridtype: 'account',
      test_thingid: RECORD,
    });
    expect(parsed).toMatchObject({
      messageName: 'Create',
      primaryEntityName: 'test_thing',
      primaryEntityId: RECORD,
      outputParameters: { id: RECORD },
      initiatingUserId: DOCS.userId,
    });
    expect(parsed.operationCreatedOn).toEqual(new Date('2026-11-23T19:35:15.250Z'));
  });

  test('an async step gets the AsynchronousStepPrimaryName image first, then the registered ones', () => {
    const built = remoteExecutionContextOf(input({ postImages: { PostImage: { test_count: 321 } } }));
    expect(built.PostEntityImages.map((i) => i.key)).toEqual(['AsynchronousStepPrimaryName', 'PostImage']);
    expect(built.PostEntityImages[0]?.value.Attributes).toEqual([
      { key: 'test_name', value: 'Contoso / Fabrikam' },
      { key: 'test_thingid', value: RECORD },
    ]);
    expect(built.PostEntityImages[1]?.value).not.toHaveProperty('__type');
    expect(built.IsInTransaction).toBe(false);
  });

  test('the primary name can be given, or be null', () => {
    const named = remoteExecutionContextOf(input({ primaryName: 'Other' }));
    expect(named.PostEntityImages[0]?.value.Attributes[0]).toEqual({ key: 'test_name', value: 'Other' });
    const unnamed = remoteExecutionContextOf(input({ target: { test_count: 1 } }));
    expect(unnamed.PostEntityImages[0]?.value.Attributes[0]).toEqual({ key: 'test_name', value: null });
  });

  test('a sync step runs in the transaction and gets no AsynchronousStepPrimaryName image', () => {
    const built = remoteExecutionContextOf(input({ mode: 0, postImages: { PostImage: { test_count: 321 } } }));
    expect(built.Mode).toBe(0);
    expect(built.IsInTransaction).toBe(true);
    expect(built.ParentContext?.IsInTransaction).toBe(true);
    expect(built.PostEntityImages.map((i) => i.key)).toEqual(['PostImage']);
  });

  test('each entity carries the formatted values of its own columns', () => {
    const built = remoteExecutionContextOf(
      input({
        target: { test_choice: 742100002, test_flag: true },
        preImages: { PreImage: { test_choice: 742100001 } },
        formattedValues: { test_choice: 'Website visited', test_flag: 'Yes', test_amount: '$1.00' },
      }),
    );
    const target = built.InputParameters[0]?.value;
    expect(target).toMatchObject({
      FormattedValues: [
        { key: 'test_choice', value: 'Website visited' },
        { key: 'test_flag', value: 'Yes' },
      ],
    });
    expect(built.PreEntityImages[0]?.value.FormattedValues).toEqual([{ key: 'test_choice', value: 'Website visited' }]);
    expect(built.PostEntityImages[0]?.value.FormattedValues).toEqual([]);
  });
});

describe('Update and Delete', () => {
  test('an Update Target carries the changed columns plus the primary id; the ParentContext the request', () => {
    const built = remoteExecutionContextOf(
      input({ message: 'Update', target: { test_count: 5, test_name: 'Renamed' }, requestTarget: { test_count: 5 } }),
    );
    expect([...attributesOf(built).keys()]).toEqual(['test_count', 'test_name', 'test_thingid']);
    expect(built.OutputParameters).toEqual([]);
    const parentTarget = built.ParentContext?.InputParameters[0]?.value;
    expect(parentTarget).toMatchObject({
      Attributes: [
        { key: 'test_count', value: 5 },
        { key: 'test_thingid', value: RECORD },
      ],
    });
    expect(built.ParentContext?.SharedVariables).toEqual([
      {
        key: 'ChangedEntityTypes',
        value: [
          { __type: 'KeyValuePairOfstringstring:#System.Collections.Generic', key: 'test_thing', value: 'Update' },
        ],
      },
    ]);
  });

  test('a Delete Target is an EntityReference; it has a pre image and no post image', () => {
    const built = remoteExecutionContextOf(
      input({ message: 'Delete', target: undefined, preImages: { PreImage: { test_name: 'Gone' } } }),
    );
    const reference = {
      __type: `EntityReference:${CONTRACTS}`,
      Id: RECORD,
      KeyAttributes: [],
      LogicalName: 'test_thing',
      Name: null,
      RowVersion: null,
    };
    expect(built.InputParameters).toEqual([{ key: 'Target', value: reference }]);
    expect(built.ParentContext?.InputParameters).toEqual([{ key: 'Target', value: reference }]);
    expect(built.PostEntityImages).toEqual([]);
    expect(built.PreEntityImages[0]?.value.Attributes).toEqual([{ key: 'test_name', value: 'Gone' }]);
    const parsed = parseRemoteExecutionContext(
      buildRemoteExecutionContext(input({ message: 'Delete', target: undefined })),
    );
    expect(parsed.target).toEqual({ kind: 'reference', id: RECORD, logicalName: 'test_thing' });
  });
});

describe('body', () => {
  test('over 256 KB the four bulky members are gone, and the parser says so', () => {
    const text = buildRemoteExecutionContext(input({ sizeExceeded: true }));
    const members = Object.keys(JSON.parse(text) as object);
    expect(members).toHaveLength(23);
    for (const gone of ['InputParameters', 'PreEntityImages', 'PostEntityImages', 'ParentContext']) {
      expect(members).not.toContain(gone);
    }
    const parsed = parseRemoteExecutionContext(text);
    expect(parsed.sizeExceeded).toBe(true);
    expect(parsed.primaryEntityId).toBe(RECORD);
  });

  test('shared variables: plain values stay plain, string maps become KeyValuePairOfstringstring', () => {
    const text = buildRemoteExecutionContext(
      input({ sharedVariables: { IsAutoTransact: true, Pairs: { lead: 'Create' } } }),
    );
    expect(parseRemoteExecutionContext(text).sharedVariables).toEqual({
      IsAutoTransact: true,
      Pairs: [{ kind: 'pair', key: 'lead', value: 'Create' }],
    });
  });

  test('escaping every slash keeps backslashes and slashes in text intact', () => {
    const value = { text: 'a\\/b // c\\d' };
    const text = toDataContractJson(value);
    expect(text).toBe('{"text":"a\\\\\\/b \\/\\/ c\\\\d"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('errors name what is wrong', () => {
  test.each<[string, Partial<RemoteExecutionContextInput>, string]>([
    ['an unknown column', { target: { test_nope: 1 } }, 'test_thing.test_nope is not a column of test_thing'],
    [
      'text in a money column',
      { target: { test_amount: '12' } },
      'test_thing.test_amount is a money column and cannot hold the text "12"',
    ],
    [
      'a number in a text column',
      { target: { test_name: 3 } },
      'test_thing.test_name is a string column and cannot hold 3',
    ],
    [
      'a fraction in a choice column',
      { target: { test_choice: 1.5 } },
      'test_thing.test_choice is a picklist column and cannot hold 1.5',
    ],
    [
      'a list in a lookup',
      { target: { test_accountid: [1] } },
      'test_thing.test_accountid is a lookup column and cannot hold a list',
    ],
    [
      'a bad date',
      { target: { test_when: '23/11/2026' } },
      'test_thing.test_when is not an ISO-8601 date: "23/11/2026"',
    ],
    [
      'a lookup to the wrong table',
      { target: { test_accountid: { id: ACCOUNT, logicalName: 'contact' } } },
      'test_thing.test_accountid may refer to account, not to "contact"',
    ],
    ['a record id that is not a GUID', { recordId: 'abc' }, 'recordId is not a GUID: "abc"'],
    [
      'a different id in the target',
      { target: { test_thingid: ACCOUNT } },
      'test_thing.test_thingid in the target differs from the record id',
    ],
    ['a Create without target', { target: undefined }, 'Create needs a target'],
    [
      'a Delete with a target',
      { message: 'Delete' },
      'Delete takes no target: its Target is a reference to the record',
    ],
    [
      'a post image on Delete',
      { message: 'Delete', target: undefined, postImages: { Post: {} } },
      'Delete has no post images',
    ],
    ['mode 2', { mode: 2 }, 'mode must be 0 (synchronous) or 1 (asynchronous): 2'],
    ['stage 30', { stage: 30 }, 'stage must be 10, 20 or 40: 30'],
    ['depth 0', { depth: 0 }, 'depth must be a whole number from 1: 0'],
    [
      'the platform image alias',
      { postImages: { AsynchronousStepPrimaryName: {} } },
      "The image alias AsynchronousStepPrimaryName is the platform's own",
    ],
  ])('%s', (_, overrides, message) => {
    const error = errorOf(() => remoteExecutionContextOf(input(overrides)));
    expect(error.message).toBe(message);
    expect(error.name).toBe('RemoteExecutionContextError');
  });
});
