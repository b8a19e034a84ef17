/**
 * Webhook bodies with a rare shape in a part no plug-in reads, over the real webhook path against the emulator: the
 * delivery is answered 200 and the plug-in does its work (reading the record by id when the Target itself cannot be
 * used), where it used to be answered 400 — for an asynchronous step, a failure for good. Only a body without a
 * usable message, table, record id or stage is refused. And an address with a look-alike character is not taken for
 * an existing contact's.
 */
import type { ODataRecord } from '../../../dataverse';
import { deterministicContactId } from '../../../plugins/identity';
import { Harness } from './harness';

type Json = Record<string, unknown>;

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.stop();
});

const settle = () => h.emulator.webhooks.idle();
const parentOf = async (leadId: string) =>
  (await h.admin.retrieve<ODataRecord>('leads', leadId, { select: ['_parentcontactid_value'] }))[
    '_parentcontactid_value'
  ];

/** A lead created while the plug-in is switched off, and the Create body Dataverse posted for it. */
async function orphanWithDelivery(email: string): Promise<{ leadId: string; body: Json }> {
  await h.switchOrphanCreation(false);
  const leadId = await h.createLead({ lastname: 'Rare', emailaddress1: email });
  await settle();
  await h.switchOrphanCreation(true);
  const [create] = h.deliveriesOf(leadId, 'Create');
  if (!create) throw new Error('no Create delivery recorded');
  expect(await parentOf(leadId)).toBeNull();
  return { leadId, body: JSON.parse(create.body) as Json };
}

function targetOf(body: Json): Json {
  const inputs = body['InputParameters'] as { key: string; value: Json }[];
  const target = inputs.find((p) => p.key === 'Target')?.value;
  if (!target) throw new Error('no Target');
  return target;
}

it('links the lead when a formatted value is null and the ParentContext is odd', async () => {
  const { leadId, body } = await orphanWithDelivery('rare.formatted@example.com');
  targetOf(body)['FormattedValues'] = [{ key: 'statecode', value: null }];
  body['ParentContext'] = { MessageName: 'Create', Stage: null, InputParameters: 'not a list' };
  body['OrganizationName'] = null;
  const answer = await h.deliver(JSON.stringify(body));
  await settle();
  expect(answer.status).toBe(200);
  expect(answer.answer).toMatchObject({ outcome: 'done' });
  expect(await parentOf(leadId)).toBe(deterministicContactId('rare.formatted@example.com', leadId));
  expect(h.logLines.join('\n')).toContain('ParentContext.PrimaryEntityName is missing');
});

it('reads the lead by id and links it when an attribute of the Target cannot be read', async () => {
  const { leadId, body } = await orphanWithDelivery('rare.attribute@example.com');
  (targetOf(body)['Attributes'] as unknown[]).push({
    key: 'new_exoticlookup',
    value: { __type: 'EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts', Id: 'not-a-guid' },
  });
  const mark = h.emulator.log.mark;
  const answer = await h.deliver(JSON.stringify(body));
  await settle();
  expect(answer.status).toBe(200);
  expect(await parentOf(leadId)).toBe(deterministicContactId('rare.attribute@example.com', leadId));
  // Without a usable Target the plug-in read the lead first: a $batch holding that one read, no match query yet.
  expect(h.pluginRequests(mark).map((r) => `${r.path} ${r.operations ?? ''}`)[0]).toBe('$batch 1');
});

it('still refuses with 400 a body without a usable record id, and writes nothing', async () => {
  const { leadId, body } = await orphanWithDelivery('rare.refused@example.com');
  body['PrimaryEntityId'] = 'not-a-guid';
  const mark = h.emulator.log.mark;
  const answer = await h.deliver(JSON.stringify(body));
  expect(answer.status).toBe(400);
  expect(answer.answer).toEqual({ error: 'PrimaryEntityId is not a GUID: "not-a-guid"' });
  expect(h.pluginRequests(mark)).toEqual([]);
  expect(await parentOf(leadId)).toBeNull();
});

it('does not link a lead whose address holds U+212A KELVIN SIGN to the contact with the ASCII address', async () => {
  await h.switchOrphanCreation(true);
  const first = await h.createLead({ lastname: 'Ash', emailaddress1: 'kelly.ash@example.com' });
  await settle();
  const kelly = deterministicContactId('kelly.ash@example.com', first);
  expect(await parentOf(first)).toBe(kelly);

  const lookalike = await h.createLead({ lastname: 'Ash', emailaddress1: '\u212aelly.ash@example.com' });
  await settle();
  const parent = await parentOf(lookalike);
  expect(parent).not.toBe(kelly);
  // The look-alike is no identity address: the lead gets a contact of its own, named by the lead id.
  expect(parent).toBe(deterministicContactId(undefined, lookalike));
});
