import {
  isEntityReference,
  isWebhookEntity,
  parseRemoteExecutionContext,
  SIZE_EXCEEDED_HEADER,
  WebhookPayloadError,
} from '../../../dataverse/webhook';
import { webhookFixture } from '../../support/webhookFixtures';

type Json = Record<string, unknown>;

/** The fixture of an Update of a contact as a mutable object, to vary one thing at a time. */
function docsBody(): Json {
  return JSON.parse(webhookFixture('updateContact')) as Json;
}

function targetOf(body: Json): Json {
  const inputs = body['InputParameters'] as { key: string; value: Json }[];
  const target = inputs.find((p) => p.key === 'Target');
  if (!target) throw new Error('no Target');
  return target.value;
}

function attributesOf(body: Json): { key: string; value: unknown }[] {
  return targetOf(body)['Attributes'] as { key: string; value: unknown }[];
}

function errorOf(run: () => unknown): WebhookPayloadError {
  try {
    run();
  } catch (error) {
    if (error instanceof WebhookPayloadError) return error;
    throw error;
  }
  throw new Error('expected a WebhookPayloadError');
}

describe('body forms', () => {
  test('text, bytes, BOM-prefixed text and parsed JSON read the same', () => {
    const text = webhookFixture('updateContact');
    const fromText = parseRemoteExecutionContext(text);
    expect(parseRemoteExecutionContext(Buffer.from(text, 'utf8'))).toEqual(fromText);
    expect(parseRemoteExecutionContext(`\uFEFF${text}`)).toEqual(fromText);
    expect(parseRemoteExecutionContext(JSON.parse(text))).toEqual(fromText);
  });

  test('escaped (http:\\/\\/) and unescaped (http://) __type read the same', () => {
    const escaped = webhookFixture('updateContact');
    expect(escaped).toContain('Entity:http:\\/\\/schemas.microsoft.com');
    const unescaped = escaped.split('\\/').join('/');
    expect(unescaped).not.toContain('\\/');
    const a = parseRemoteExecutionContext(escaped);
    expect(isWebhookEntity(a.target)).toBe(true);
    expect(parseRemoteExecutionContext(unescaped)).toEqual(a);
  });
});

describe('size exceeded', () => {
  test('the header (Fetch Headers) marks it and drops Target, images and ParentContext', () => {
    const ctx = parseRemoteExecutionContext(
      webhookFixture('updateContact'),
      new Headers({ [SIZE_EXCEEDED_HEADER]: 'true' }),
    );
    expect(ctx.sizeExceeded).toBe(true);
    expect(ctx.target).toBeUndefined();
    expect(ctx.inputParameters).toEqual({});
    expect(ctx.postEntityImages).toEqual({});
    expect(ctx.parentContext).toBeUndefined();
    expect(ctx.primaryEntityId).toBe('543bcd04-365e-42e7-b873-83f4b1429de1');
  });

  test('the header in a Node header record is found whatever its case', () => {
    const ctx = parseRemoteExecutionContext(webhookFixture('updateContact'), { 'X-MS-Dynamics-Msg-Size-Exceeded': '' });
    expect(ctx.sizeExceeded).toBe(true);
  });

  test('an explicit "false", or other headers, do not mark it', () => {
    const text = webhookFixture('updateContact');
    expect(parseRemoteExecutionContext(text, { [SIZE_EXCEEDED_HEADER]: 'false' }).sizeExceeded).toBe(false);
    const other = new Headers({ 'x-ms-dynamics-entity-name': 'contact' });
    const ctx = parseRemoteExecutionContext(text, other);
    expect(ctx.sizeExceeded).toBe(false);
    expect(isWebhookEntity(ctx.target)).toBe(true);
  });

  test('a body without InputParameters, images and ParentContext (as Dataverse trims it) marks it', () => {
    const body = docsBody();
    for (const key of ['InputParameters', 'PreEntityImages', 'PostEntityImages', 'ParentContext']) delete body[key];
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx).toMatchObject({ sizeExceeded: true, messageName: 'Update', primaryEntityName: 'contact' });
    expect(ctx.target).toBeUndefined();
    expect(ctx.preEntityImages).toEqual({});
  });
});

describe('values', () => {
  test('a Delete Target is an entity reference', () => {
    const body = docsBody();
    body['MessageName'] = 'Delete';
    body['InputParameters'] = [
      {
        key: 'Target',
        value: {
          __type: 'EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts',
          Id: '543BCD04-365E-42E7-B873-83F4B1429DE1',
          KeyAttributes: [],
          LogicalName: 'contact',
          Name: null,
          RowVersion: null,
        },
      },
    ];
    const ctx = parseRemoteExecutionContext(body);
    expect(isEntityReference(ctx.target)).toBe(true);
    // GUIDs of references are lower-cased so they compare equal to ids from the Web API.
    expect(ctx.target).toEqual({
      kind: 'reference',
      id: '543bcd04-365e-42e7-b873-83f4b1429de1',
      logicalName: 'contact',
    });
  });

  test('a __type it does not model is kept as unknown, with its JSON', () => {
    const body = docsBody();
    const query = { __type: 'QueryExpression:http://schemas.microsoft.com/xrm/2011/Contracts', EntityName: 'lead' };
    (body['InputParameters'] as unknown[]).push({ key: 'Query', value: query });
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx.inputParameters['Query']).toEqual({ kind: 'unknown', type: 'QueryExpression', json: query });
  });

  test('wrapped System primitives are unwrapped: Decimal, Int32, Boolean', () => {
    const body = docsBody();
    attributesOf(body).push(
      { key: 'creditlimit', value: { __type: 'Decimal:#System', __value: 12.5 } },
      { key: 'numberofemployees', value: { __type: 'Int32:#System', __value: 7 } },
      { key: 'donotemail', value: { __type: 'Boolean:#System', __value: true } },
    );
    const target = parseRemoteExecutionContext(body).target;
    if (!isWebhookEntity(target)) throw new Error('no entity');
    expect(target.attributes).toMatchObject({ creditlimit: 12.5, numberofemployees: 7, donotemail: true });
  });

  test('a text that is not exactly /Date(ms)/ stays text', () => {
    const body = docsBody();
    attributesOf(body).push({ key: 'description', value: 'see /Date(1506384247000)/ above' });
    const target = parseRemoteExecutionContext(body).target;
    if (!isWebhookEntity(target)) throw new Error('no entity');
    expect(target.attributes['description']).toBe('see /Date(1506384247000)/ above');
  });
});

describe('what no handler can do without is read strictly: a bad one is a 400 naming the field', () => {
  test.each([
    ['MessageName', undefined, 'MessageName is missing'],
    ['MessageName', null, 'MessageName is missing'],
    ['MessageName', 3, 'MessageName is not a string: 3'],
    ['PrimaryEntityId', 'abc', 'PrimaryEntityId is not a GUID: "abc"'],
    ['PrimaryEntityName', undefined, 'PrimaryEntityName is missing'],
    ['Stage', '40', 'Stage is not an integer: "40"'],
  ])('%s = %j', (key, value, message) => {
    const body = docsBody();
    if (value === undefined) delete body[key];
    else body[key] = value;
    const error = errorOf(() => parseRemoteExecutionContext(body));
    expect(error.message).toBe(message);
    expect(error.path).toBe(key);
    expect(error.name).toBe('WebhookPayloadError');
  });
});

describe('what no plug-in reads is read leniently: a rare shape is left out and noted, never a 400', () => {
  test.each([
    ['Depth', 1.5, 'depth', 'Depth is not an integer: 1.5'],
    ['Mode', null, 'mode', 'Mode is missing'],
    ['CorrelationId', {}, 'correlationId', 'CorrelationId is not a GUID: an object'],
    ['OrganizationName', null, 'organizationName', 'OrganizationName is missing'],
    [
      'OperationCreatedOn',
      '2017-09-26T00:04:08Z',
      'operationCreatedOn',
      'OperationCreatedOn is not a /Date(ms)/ value: "2017-09-26T00:04:08Z"',
    ],
  ])('%s = %j', (key, value, member, note) => {
    const body = docsBody();
    body[key] = value;
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx).not.toHaveProperty(member);
    expect(ctx.ignored).toEqual([note]);
    expect(isWebhookEntity(ctx.target)).toBe(true);
  });

  test('a problem inside the ParentContext leaves the ParentContext out, noted with its full path', () => {
    const body = docsBody();
    (body['ParentContext'] as Json)['Stage'] = null;
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx.parentContext).toBeUndefined();
    expect(ctx.ignored).toEqual(['ParentContext.Stage is missing']);
  });

  test('a rare shape deeper in the ParentContext is noted there and here; the ParentContext stays', () => {
    const body = docsBody();
    (body['ParentContext'] as Json)['Depth'] = 'one';
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx.parentContext?.messageName).toBe('Update');
    expect(ctx.parentContext?.ignored).toEqual(['ParentContext.Depth is not an integer: "one"']);
    expect(ctx.ignored).toEqual(['ParentContext.Depth is not an integer: "one"']);
  });

  test('a null formatted value is left out; the Target and its other formatted values stay', () => {
    const body = docsBody();
    targetOf(body)['FormattedValues'] = [
      { key: 'statecode', value: 'Active' },
      { key: 'statuscode', value: null },
    ];
    const ctx = parseRemoteExecutionContext(body);
    if (!isWebhookEntity(ctx.target)) throw new Error('no entity');
    expect(ctx.target.formattedValues).toEqual({ statecode: 'Active' });
    expect(ctx.ignored).toEqual(['InputParameters.Target.FormattedValues.statuscode is not a string: null']);
  });

  test('an input parameter it cannot read is left out; the others stay', () => {
    const body = docsBody();
    (body['InputParameters'] as unknown[]).push({
      key: 'Related',
      value: { __type: 'EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts', Id: 'x' },
    });
    const ctx = parseRemoteExecutionContext(body);
    expect(Object.keys(ctx.inputParameters)).toEqual(['Target']);
    expect(ctx.ignored).toEqual(['InputParameters.Related.Id is not a GUID: "x"']);
  });

  test('InputParameters that are not a list give no parameters, and no size-exceeded claim', () => {
    const body = docsBody();
    body['InputParameters'] = {};
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx.inputParameters).toEqual({});
    expect(ctx.target).toBeUndefined();
    expect(ctx.sizeExceeded).toBe(false);
    expect(ctx.ignored).toEqual(['InputParameters is not an array: an object']);
  });
});

describe('the Target and images are used only whole: one member that does not check out sets the record aside', () => {
  function setAside(change: (body: Json) => void): { ctx: ReturnType<typeof parseRemoteExecutionContext> } {
    const body = docsBody();
    change(body);
    return { ctx: parseRemoteExecutionContext(body) };
  }

  test('a bad attribute value: no Target, the attribute named (the plug-in reads the record by id)', () => {
    const { ctx } = setAside((body) =>
      attributesOf(body).push({
        key: 'statecode',
        value: { __type: 'OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts' },
      }),
    );
    expect(ctx.target).toBeUndefined();
    expect(ctx.inputParameters).toEqual({});
    expect(ctx.primaryEntityId).toBe(String(docsBody().PrimaryEntityId));
    expect(ctx.ignored).toEqual(['InputParameters.Target.Attributes.statecode.Value is missing']);
  });

  test('a bad lookup id names the lookup', () => {
    const { ctx } = setAside((body) => {
      const modifiedby = attributesOf(body).find((a) => a.key === 'modifiedby')?.value as Json;
      modifiedby['Id'] = 'not-a-guid';
    });
    expect(ctx.target).toBeUndefined();
    expect(ctx.ignored).toEqual(['InputParameters.Target.Attributes.modifiedby.Id is not a GUID: "not-a-guid"']);
  });

  test('a wrapped Guid:#System that is not a GUID', () => {
    const { ctx } = setAside((body) =>
      attributesOf(body).push({ key: 'parentcustomerid', value: { __type: 'Guid:#System', __value: 'nope' } }),
    );
    expect(ctx.target).toBeUndefined();
    expect(ctx.ignored).toEqual(['InputParameters.Target.Attributes.parentcustomerid.__value is not a GUID: "nope"']);
  });

  test('an attribute sent twice: there is no right one to keep', () => {
    const { ctx } = setAside((body) => attributesOf(body).push({ key: 'firstname', value: 'Jim' }));
    expect(ctx.target).toBeUndefined();
    expect(ctx.ignored).toEqual(['InputParameters.Target.Attributes.firstname appears twice']);
  });

  test('a Target that is neither an Entity nor an EntityReference', () => {
    const { ctx } = setAside((body) => (body['InputParameters'] = [{ key: 'Target', value: 'contact' }]));
    expect(ctx.target).toBeUndefined();
    expect(ctx.ignored).toEqual(['InputParameters.Target is neither an Entity nor an EntityReference']);
  });

  test('a Target sent twice', () => {
    const { ctx } = setAside((body) => {
      const inputs = body['InputParameters'] as unknown[];
      inputs.push(inputs[0]);
    });
    expect(ctx.target).toBeUndefined();
    expect(ctx.ignored).toEqual(['InputParameters.Target appears twice']);
  });

  test('an image without Attributes is left out; the Target stays', () => {
    const { ctx } = setAside((body) => {
      const images = body['PostEntityImages'] as { key: string; value: Json }[];
      delete images[0]?.value['Attributes'];
    });
    expect(ctx.postEntityImages).toEqual({});
    expect(isWebhookEntity(ctx.target)).toBe(true);
    expect(ctx.ignored).toEqual(['PostEntityImages.AsynchronousStepPrimaryName.Attributes is missing']);
  });
});

describe('messages stay short', () => {
  test('at most 20 set-aside parts are named, then counted', () => {
    const body = docsBody();
    body['SharedVariables'] = Array.from({ length: 500 }, (_, i) => ({
      key: `v${i}`,
      value: { __type: 'Guid:#System' },
    }));
    const ctx = parseRemoteExecutionContext(body);
    expect(ctx.ignored).toHaveLength(21);
    expect(ctx.ignored?.[0]).toBe('SharedVariables.v0.__value is missing (a Guid:#System value)');
    expect(ctx.ignored?.[20]).toBe('… and 480 more');
  });

  test('a long or odd key is cut short and escaped in a path', () => {
    const body = docsBody();
    const key = `a\n${'k'.repeat(5_000)}`;
    body['SharedVariables'] = [{ key, value: { __type: 'Guid:#System' } }];
    const note = parseRemoteExecutionContext(body).ignored?.[0] ?? '';
    expect(note).toBe(
      `SharedVariables.${JSON.stringify(`${key.slice(0, 40)}…`)}.__value is missing (a Guid:#System value)`,
    );
  });
});

describe('a body that cannot be used at all', () => {
  test('a body that is not a JSON object says so', () => {
    expect(errorOf(() => parseRemoteExecutionContext('[1,2]')).message).toBe('The body is not an object: an array');
    expect(errorOf(() => parseRemoteExecutionContext('')).message).toBe('The body is empty');
    expect(errorOf(() => parseRemoteExecutionContext(undefined)).message).toBe('The body is not an object: undefined');
  });

  test('invalid JSON does not echo the body', () => {
    const secret = 'client_secret=Sup3rS3cret';
    const error = errorOf(() => parseRemoteExecutionContext(`{"MessageName": "${secret}`));
    expect(error.message).toMatch(/^The body is not valid JSON/);
    expect(error.message).not.toContain('Sup3r');
  });

  test('a long bad value is cut short in the message', () => {
    const body = docsBody();
    body['PrimaryEntityId'] = 'x'.repeat(500);
    const error = errorOf(() => parseRemoteExecutionContext(body));
    expect(error.message.length).toBeLessThan(100);
    expect(error.message).toContain('…');
  });
});
