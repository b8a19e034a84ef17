import { parseRemoteExecutionContext } from '../../../dataverse/webhook';
import { buildRemoteExecutionContext } from '../../../emulator/webhooks/remoteExecutionContext';
import { SAMPLE, sampleText } from '../../dataverse/webhook/webhookSamples';
import { DOCS, docsUpdateInput } from './contextFixtures';

/**
 * The emulator's body for the docs sample's change, held to the docs sample itself
 * (../shared/reference/webhook-samples/docs-update-contact-async-postoperation.json).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const docsText = sampleText(SAMPLE.docs);
const docs = JSON.parse(docsText) as Record<string, Json>;
const oursText = buildRemoteExecutionContext(docsUpdateInput());
const ours = JSON.parse(oursText) as Record<string, Json>;

function member(obj: Json | undefined, ...path: (string | number)[]): Json {
  let at: Json | undefined = obj;
  for (const step of path) {
    if (typeof step === 'number') at = Array.isArray(at) ? at[step] : undefined;
    else at = at !== null && typeof at === 'object' && !Array.isArray(at) ? at[step] : undefined;
    if (at === undefined) throw new Error(`no ${path.join('.')}`);
  }
  return at as Json;
}

function keysOf(value: Json): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
  return Object.keys(value);
}

function isKeyValue(item: Json): boolean {
  return item !== null && typeof item === 'object' && !Array.isArray(item) && keysOf(item).join() === 'key,value';
}

/**
 * A value's shape: `__type` strings kept as they are, member names in order, `{key,value}` lists by key, other
 * lists by the set of their items' shapes, scalars by kind (GUID and /Date(…)/ text told apart from other text).
 */
function shape(value: Json): unknown {
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (/^\/Date\(-?\d+([+-]\d{4})?\)\/$/.test(value)) return 'date';
    if (/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(value)) return 'guid';
    return 'text';
  }
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isKeyValue)) {
      return value.map((item) => [member(item, 'key'), shape(member(item, 'value'))]);
    }
    return [...new Set(value.map((item) => JSON.stringify(shape(item))))].sort();
  }
  return Object.entries(value).map(([key, v]) => [key, key === '__type' ? v : shape(v)]);
}

function typesIn(value: Json, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => typesIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === '__type' && typeof v === 'string') out.add(v);
      else typesIn(v, out);
    }
  }
  return out;
}

test('has exactly the 27 top-level members of the docs sample, in its order', () => {
  expect(keysOf(ours)).toEqual(keysOf(docs));
  expect(keysOf(ours)).toHaveLength(27);
});

test('the Target entity, the image and the ParentContext have the docs sample members', () => {
  const target = (ctx: Json) => member(ctx, 'InputParameters', 0, 'value');
  expect(keysOf(target(ours))).toEqual(keysOf(target(docs)));
  const primaryName = (ctx: Json) => member(ctx, 'PostEntityImages', 0, 'value');
  expect(keysOf(primaryName(ours))).toEqual(keysOf(primaryName(docs)));
  expect(keysOf(primaryName(ours))).not.toContain('__type');
  expect(keysOf(member(ours, 'ParentContext'))).toEqual(keysOf(member(docs, 'ParentContext')));
  expect(keysOf(member(ours, 'OwningExtension'))).toEqual(keysOf(member(docs, 'OwningExtension')));
});

test('uses the same __type strings', () => {
  expect([...typesIn(ours)].sort()).toEqual([...typesIn(docs)].sort());
});

test('has the same shape at every level', () => {
  expect(shape(ours)).toEqual(shape(docs));
});

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

test('escapes slashes the way Dataverse does', () => {
  expect(oursText).toContain('"__type":"Entity:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts"');
  expect(oursText).toContain('"value":"\\/Date(1506384247000)\\/"');
  expect(oursText.replace(/\\\//g, '')).not.toContain('/');
  expect(docsText).toContain('http:\\/\\/schemas.microsoft.com');
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
    organizationName: 'OrgName',
    requestId: null,
    sizeExceeded: false,
    owningExtension: { kind: 'reference', id: DOCS.stepId, logicalName: 'sdkmessageprocessingstep' },
    target: {
      kind: 'entity',
      attributes: {
        firstname: 'James',
        contactid: DOCS.contactId,
        fullname: 'James Glynn (sample)',
        yomifullname: 'James Glynn (sample)',
        modifiedon: new Date('2017-09-26T00:04:07Z'),
        modifiedby: { kind: 'reference', id: DOCS.userId, logicalName: 'systemuser' },
        modifiedonbehalfby: null,
      },
    },
    postEntityImages: {
      AsynchronousStepPrimaryName: { attributes: { fullname: 'James Glynn (sample)', contactid: DOCS.contactId } },
    },
    parentContext: {
      stage: 30,
      inputParameters: { SuppressDuplicateDetection: false },
      sharedVariables: { ChangedEntityTypes: [{ kind: 'pair', key: 'contact', value: 'Update' }] },
    },
  });
  expect(ctx.operationCreatedOn).toEqual(new Date('2017-09-26T00:04:08Z'));
  // The docs sample and ours describe the same change: the parser reads the same record from both.
  expect(ctx.target).toEqual(parseRemoteExecutionContext(docsText).target);
});
