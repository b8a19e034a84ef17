/**
 * The Merge action as the emulator runs it over HTTP (POST Merge, merge-entity-using-web-api): the subordinate is
 * deactivated with merged and masterid and keeps its id, what referred to it (its leads) refers to the master, the
 * master takes UpdateContent; refusals change nothing; the Merge event carries the SDK request's parameters.
 */
import { parseRemoteExecutionContext } from '../../../dataverse/webhook';
import type { Emulator } from '../../../emulator';
import { CONTACT, LEAD } from '../../../schema/names';
import { create, errorOf, get, objectOf, patch, post, startEmulator } from '../emulator/helpers/http';
import { CODE, MESSAGE } from '../emulator/helpers/names';
import { keyed, registerEndpoint, registerStep, webhookKey } from '../emulator/helpers/register';
import { WebhookListener } from '../emulator/helpers/webhookListener';

let emu: Emulator;
let listener: WebhookListener;

beforeAll(async () => {
  emu = await startEmulator();
  listener = await WebhookListener.start();
  const endpoint = await registerEndpoint(emu, webhookKey(listener.url, 'merge-test-key'));
  await registerStep(emu, { endpointId: endpoint, message: MESSAGE.merge, table: CONTACT.table });
});

afterAll(async () => {
  await emu.stop();
  await listener.stop();
});

beforeEach(() => listener.clear());

const contactRef = (id: string) => ({ '@odata.type': 'Microsoft.Dynamics.CRM.contact', contactid: id });
const contact = async (id: string) => objectOf(await get(emu, `${CONTACT.set}(${id})`));
const mergeBody = (target: string, subordinate: string, extra: Record<string, unknown> = {}) => ({
  Target: contactRef(target),
  Subordinate: contactRef(subordinate),
  PerformParentingChecks: false,
  ...extra,
});

test('deactivates the subordinate (merged, masterid, same id), moves its leads to the master, applies UpdateContent', async () => {
  const master = await create(emu, CONTACT.set, { lastname: 'Master', emailaddress1: 'ana@example.com' });
  const subordinate = await create(emu, CONTACT.set, { lastname: 'Twin', emailaddress1: 'ana.silva@example.com' });
  const lead = await create(emu, LEAD.set, {
    lastname: 'Lead',
    'parentcontactid@odata.bind': `/contacts(${subordinate})`,
  });
  const reply = await post(
    emu,
    'Merge',
    mergeBody(master, subordinate, {
      UpdateContent: { '@odata.type': 'Microsoft.Dynamics.CRM.contact', jobtitle: 'Buyer' },
    }),
  );
  expect(reply.status).toBe(204);
  expect(await contact(subordinate)).toMatchObject({
    contactid: subordinate,
    statecode: 1,
    statuscode: 2,
    merged: true,
    _masterid_value: master,
  });
  expect(await contact(master)).toMatchObject({
    statecode: 0,
    merged: false,
    jobtitle: 'Buyer',
    _masterid_value: null,
  });
  expect(objectOf(await get(emu, `${LEAD.set}(${lead})?$select=_parentcontactid_value`))._parentcontactid_value).toBe(
    master,
  );
});

test('raises Merge on the master: Target, SubordinateId, UpdateContent, PerformParentingChecks', async () => {
  const master = await create(emu, CONTACT.set, { lastname: 'Master' });
  const subordinate = await create(emu, CONTACT.set, { lastname: 'Subordinate' });
  await post(emu, 'Merge', mergeBody(master, subordinate));
  await emu.webhooks.idle();
  const [event] = listener.received.filter((w) => w.json.MessageName === MESSAGE.merge);
  if (!event) throw new Error('no Merge event');
  expect(event.json).toMatchObject({ PrimaryEntityName: CONTACT.table, PrimaryEntityId: master });
  const inputs = keyed(event.json.InputParameters);
  expect(Object.keys(inputs)).toEqual(['Target', 'SubordinateId', 'UpdateContent', 'PerformParentingChecks']);
  expect(inputs.Target).toMatchObject({ LogicalName: CONTACT.table, Id: master });
  expect(inputs.SubordinateId).toBe(subordinate);
  expect(inputs.PerformParentingChecks).toBe(false);
  expect(parseRemoteExecutionContext(event.body).target).toMatchObject({ kind: 'reference', id: master });
});

describe('refused, changing nothing', () => {
  test.each([
    [
      'a record without @odata.type',
      (m: string, s: string) => ({ ...mergeBody(m, s), Subordinate: { contactid: s } }),
      CODE.payload,
    ],
    ['a record merged with itself', (m: string) => mergeBody(m, m), CODE.invalidArgument],
    [
      'records of two tables',
      (m: string) => ({ ...mergeBody(m, m), Subordinate: { '@odata.type': 'Microsoft.Dynamics.CRM.lead', leadid: m } }),
      CODE.invalidArgument,
    ],
    [
      'no PerformParentingChecks',
      (m: string, s: string) => ({ Target: contactRef(m), Subordinate: contactRef(s) }),
      CODE.invalidArgument,
    ],
  ])('%s', async (_name, body, code) => {
    const master = await create(emu, CONTACT.set, { lastname: 'Master' });
    const subordinate = await create(emu, CONTACT.set, { lastname: 'Subordinate' });
    const before = [await contact(master), await contact(subordinate)];
    const reply = await post(emu, 'Merge', body(master, subordinate));
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe(code);
    expect([await contact(master), await contact(subordinate)]).toEqual(before);
  });

  test('a subordinate already merged (inactive)', async () => {
    const [a, b, c] = [
      await create(emu, CONTACT.set, { lastname: 'A' }),
      await create(emu, CONTACT.set, { lastname: 'B' }),
      await create(emu, CONTACT.set, { lastname: 'C' }),
    ];
    expect((await post(emu, 'Merge', mergeBody(a, b))).status).toBe(204);
    const reply = await post(emu, 'Merge', mergeBody(c, b));
    expect(reply.status).toBe(400);
    expect((await contact(b))._masterid_value).toBe(a);
  });

  test('different parents with PerformParentingChecks', async () => {
    const [x, y] = [await create(emu, 'accounts', { name: 'X' }), await create(emu, 'accounts', { name: 'Y' })];
    const master = await create(emu, CONTACT.set, {
      lastname: 'M',
      'parentcustomerid_account@odata.bind': `/accounts(${x})`,
    });
    const subordinate = await create(emu, CONTACT.set, {
      lastname: 'S',
      'parentcustomerid_account@odata.bind': `/accounts(${y})`,
    });
    const reply = await post(emu, 'Merge', mergeBody(master, subordinate, { PerformParentingChecks: true }));
    expect(reply.status).toBe(400);
    expect((await contact(subordinate)).statecode).toBe(0);
    expect((await post(emu, 'Merge', mergeBody(master, subordinate))).status).toBe(204);
  });

  test('masterid and merged are the platform’s: a client cannot write them', async () => {
    const [a, b] = [
      await create(emu, CONTACT.set, { lastname: 'A' }),
      await create(emu, CONTACT.set, { lastname: 'B' }),
    ];
    expect((await patch(emu, `${CONTACT.set}(${b})`, { 'masterid@odata.bind': `/contacts(${a})` })).status).toBe(400);
    expect((await patch(emu, `${CONTACT.set}(${b})`, { merged: true })).status).toBe(400);
  });
});
