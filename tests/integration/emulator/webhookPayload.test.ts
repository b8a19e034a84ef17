import type { Emulator } from '../../../emulator';
import { CONTACT, LEAD } from '../../../schema/names';
import { webhookFixture } from '../../support/webhookFixtures';
import { create, get, objectOf, patch, rowsOf, send, startEmulator, type JsonObject } from './helpers/http';
import { MESSAGE, SERVICE_ENDPOINT, WEBHOOK_HEADER } from './helpers/names';
import { attributesOf, keyed, registerEndpoint, registerStep, webhookKey } from './helpers/register';
import { WebhookListener, type ReceivedWebhook } from './helpers/webhookListener';

/**
 * A webhook registered through the emulator's Web API and received by a plain HTTP listener: its body is held member
 * for member and encoding for encoding to the Update-of-a-contact fixture (which has the structure of the sample body
 * in Microsoft Learn's "Use webhooks to create external handlers for server events",
 * https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks), and its headers to the list there.
 */

const KEY = 'test-function-key-7f3a';
const docs = JSON.parse(webhookFixture('updateContact')) as JsonObject;
let emu: Emulator;
let listener: WebhookListener;
let updateStep: string;
let createStep: string;
let contactId: string;
let update: ReceivedWebhook;

const DATE = /^\/Date\(-?\d+([+-]\d{4})?\)\/$/;
const target = (ctx: unknown) => keyed((ctx as JsonObject).InputParameters).Target as JsonObject;

beforeAll(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
  const endpoint = await registerEndpoint(emu, webhookKey(listener.url, KEY));
  updateStep = await registerStep(emu, { endpointId: endpoint, message: MESSAGE.update, table: CONTACT.table });
  createStep = await registerStep(emu, { endpointId: endpoint, message: MESSAGE.create, table: LEAD.table });
  contactId = await create(emu, CONTACT.set, { [CONTACT.firstName]: 'Jim', [CONTACT.lastName]: 'Glynn' });
  await emu.webhooks.idle();
  expect(listener.received).toHaveLength(0); // no step on contact Create
  await patch(emu, `${CONTACT.set}(${contactId})`, { [CONTACT.firstName]: 'James' });
  await emu.webhooks.idle();
  expect(listener.received).toHaveLength(1);
  update = listener.received[0] as ReceivedWebhook;
});

afterAll(async () => {
  await emu.stop();
  await listener.stop();
});

describe('the request', () => {
  test('is a POST of JSON to the endpoint URL, with the WebhookKey as ?code= and nothing else in the query', () => {
    expect(update.path).toBe('/api/webhook');
    expect([...update.query.keys()]).toEqual(['code']);
    expect(update.query.get('code')).toBe(KEY);
    expect(update.headers['content-type']).toMatch(/^application\/json/);
  });

  test('carries the headers "Use webhooks" lists', () => {
    expect(update.headers[WEBHOOK_HEADER.entityName]).toBe(CONTACT.table);
    expect(update.headers[WEBHOOK_HEADER.requestName]).toBe(MESSAGE.update);
    expect(update.headers[WEBHOOK_HEADER.correlationId]).toBe(update.json.CorrelationId);
    expect(update.headers[WEBHOOK_HEADER.organization]).toBeTruthy();
    expect(update.headers[WEBHOOK_HEADER.sizeExceeded]).toBeUndefined();
  });

  test('escapes every slash as DataContractJsonSerializer does', () => {
    expect(update.body).toContain('"Entity:http:\\/\\/schemas.microsoft.com\\/xrm\\/2011\\/Contracts"');
    expect(update.body).toMatch(/"\\\/Date\(\d+\)\\\/"/);
    expect(update.body).not.toMatch(/[^\\]\//);
  });
});

describe('the body, against the docs sample', () => {
  test('has exactly the docs sample’s top-level members, in its order', () => {
    expect(Object.keys(update.json)).toEqual(Object.keys(docs));
  });

  test('describes this Update: message, table, record, stage 40, async, depth 1, the step as OwningExtension', () => {
    expect(update.json).toMatchObject({
      MessageName: MESSAGE.update,
      PrimaryEntityName: CONTACT.table,
      PrimaryEntityId: contactId,
      Stage: 40,
      Mode: 1,
      Depth: 1,
      IsInTransaction: false,
      SecondaryEntityName: 'none',
      OutputParameters: [],
    });
    const owner = update.json.OwningExtension as JsonObject;
    expect(Object.keys(owner)).toEqual(Object.keys(docs.OwningExtension as JsonObject));
    expect(owner.Id).toBe(updateStep);
    expect(owner.LogicalName).toBe('sdkmessageprocessingstep');
    expect(update.json.OperationCreatedOn).toMatch(DATE);
  });

  test('names the calling user, business unit and organization as WhoAmI does', async () => {
    const who = objectOf(await get(emu, 'WhoAmI'));
    expect(update.json.UserId).toBe(who.UserId);
    expect(update.json.InitiatingUserId).toBe(who.UserId);
    expect(update.json.BusinessUnitId).toBe(who.BusinessUnitId);
    expect(update.json.OrganizationId).toBe(who.OrganizationId);
  });

  test('the Target is an Entity with the docs sample’s members and __type, holding the changed columns', () => {
    const ours = target(update.json);
    const theirs = target(docs);
    expect(Object.keys(ours)).toEqual(Object.keys(theirs));
    expect(ours.__type).toBe(theirs.__type);
    expect(ours).toMatchObject({
      Id: contactId,
      LogicalName: CONTACT.table,
      EntityState: null,
      RowVersion: null,
      KeyAttributes: [],
      RelatedEntities: [],
    });
    const attributes = attributesOf(ours);
    expect(attributes[CONTACT.firstName]).toBe('James');
    expect(attributes[CONTACT.id]).toBe(contactId);
    expect(attributes[CONTACT.fullName]).toBe('James Glynn');
    // Unchanged columns are not in an Update's Target.
    expect(attributes[CONTACT.lastName]).toBeUndefined();
  });

  test('values are encoded as in the sample: dates as /Date(ms)/, lookups as EntityReference', () => {
    const ours = attributesOf(target(update.json));
    const theirs = attributesOf(target(docs));
    expect(ours.modifiedon).toMatch(DATE);
    const modifiedBy = ours.modifiedby as JsonObject;
    const sampleModifiedBy = theirs.modifiedby as JsonObject;
    expect(Object.keys(modifiedBy)).toEqual(Object.keys(sampleModifiedBy));
    expect(modifiedBy.__type).toBe(sampleModifiedBy.__type);
    expect(modifiedBy.LogicalName).toBe('systemuser');
    expect(modifiedBy.Id).toBe(update.json.UserId);
  });

  test('the ParentContext is the main operation (stage 30) with the request’s Target and SuppressDuplicateDetection', () => {
    const parent = update.json.ParentContext as JsonObject;
    const sampleParent = docs.ParentContext as JsonObject;
    expect(Object.keys(parent)).toEqual(Object.keys(sampleParent));
    expect(parent.Stage).toBe(sampleParent.Stage);
    expect(parent.ParentContext).toBeNull();
    expect(Object.keys(keyed(parent.InputParameters))).toEqual(Object.keys(keyed(sampleParent.InputParameters)));
    expect(attributesOf(target(parent))[CONTACT.firstName]).toBe('James');
    const changed = keyed(parent.SharedVariables).ChangedEntityTypes as JsonObject[];
    const sampleChanged = keyed(sampleParent.SharedVariables).ChangedEntityTypes as JsonObject[];
    expect(changed[0]?.__type).toBe(sampleChanged[0]?.__type);
    expect(changed).toContainEqual(expect.objectContaining({ key: CONTACT.table, value: MESSAGE.update }));
  });

  test('the async step’s AsynchronousStepPrimaryName post image: an image without __type, primary name and id', () => {
    const images = update.json.PostEntityImages as { key: string; value: JsonObject }[];
    const sample = (docs.PostEntityImages as { key: string; value: JsonObject }[])[0];
    expect(images[0]?.key).toBe(sample?.key);
    expect(Object.keys(images[0]?.value ?? {})).toEqual(Object.keys(sample?.value ?? {}));
    expect(attributesOf(images[0]?.value)).toEqual({ [CONTACT.fullName]: 'James Glynn', [CONTACT.id]: contactId });
    expect(update.json.PreEntityImages).toEqual([]);
  });
});

test('a Create carries the new id in OutputParameters and names the Create message', async () => {
  listener.clear();
  const leadId = await create(emu, LEAD.set, { [LEAD.lastName]: 'Created', [LEAD.subject]: 'Webhook' });
  await emu.webhooks.idle();
  expect(listener.received).toHaveLength(1);
  const created = listener.received[0] as ReceivedWebhook;
  expect(created.headers[WEBHOOK_HEADER.requestName]).toBe(MESSAGE.create);
  expect(created.headers[WEBHOOK_HEADER.entityName]).toBe(LEAD.table);
  expect(created.json.OutputParameters).toEqual([{ key: 'id', value: leadId }]);
  expect((created.json.OwningExtension as JsonObject).Id).toBe(createStep);
  expect(attributesOf(target(created.json))).toMatchObject({
    [LEAD.lastName]: 'Created',
    [LEAD.subject]: 'Webhook',
    [LEAD.id]: leadId,
  });
});

test('the delivery is recorded, without the key, in the emulator’s delivery list', async () => {
  const deliveries = emu.webhooks.deliveries();
  expect(deliveries.length).toBeGreaterThanOrEqual(2);
  for (const d of deliveries) {
    expect(d.outcome).toBe('succeeded');
    expect(d.url).not.toContain(KEY);
  }
  const overHttp = (await (await fetch(`${emu.url}/_emulator/webhooks`)).json()) as { value: unknown[] };
  expect(overHttp.value).toHaveLength(deliveries.length);
});

test('the endpoint’s auth value cannot be read back through the Web API', async () => {
  const rows = rowsOf(await get(emu, SERVICE_ENDPOINT.set));
  expect(rows).toHaveLength(1);
  expect(rows[0]?.[SERVICE_ENDPOINT.authValue]).toBeUndefined();
  expect(JSON.stringify(rows)).not.toContain(KEY);
  const selected = await get(emu, `${SERVICE_ENDPOINT.set}?$select=${SERVICE_ENDPOINT.authValue}`);
  expect(selected.text).not.toContain(KEY);
  if (selected.status === 200) expect(rowsOf(selected)[0]?.[SERVICE_ENDPOINT.authValue] ?? null).toBeNull();
});

test('a delete of a row with no Delete step fires nothing', async () => {
  listener.clear();
  expect((await send(emu, 'DELETE', `${CONTACT.set}(${contactId})`)).status).toBe(204);
  await emu.webhooks.idle();
  expect(listener.received).toHaveLength(0);
});
