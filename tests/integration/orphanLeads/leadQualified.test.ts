/**
 * The marketing-only lifecycle over the real webhook path: an orphan lead gets a contact flagged marketingonly;
 * qualifying the lead — with the QualifyLead action as an app does, with the platform raising a lead Update or not,
 * or as an Update of statecode — clears the flag exactly once; disqualifying and reopening leave it; a sales contact
 * is never flagged and never written; an event that claims a qualification the lead does not have (an opportunity
 * of an open lead, a forged Update) changes nothing.
 */
import type { ODataRecord } from '../../../dataverse';
import { deterministicContactId } from '../../../plugins/identity';
import { LEAD_QUALIFIED_STEPS } from '../../../plugins/leadQualified/steps';
import { Harness, withoutLargeMembers, type RecordedDelivery } from './harness';

const QUALIFY_LEAD = 'Microsoft.Dynamics.CRM.QualifyLead';

/** "Qualify" as an app runs it: the QualifyLead action; returns what it created. */
async function qualifyWithAction(leadId: string, flags: Record<string, boolean>): Promise<unknown[]> {
  const reply = await fetch(`${h.emulator.apiUrl}leads(${leadId})/${QUALIFY_LEAD}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...flags, Status: 3 }),
  });
  if (reply.status !== 200) throw new Error(`QualifyLead answered ${reply.status}: ${await reply.text()}`);
  return ((await reply.json()) as { value: unknown[] }).value;
}

/** A lead Update delivery, crafted from a real delivery of the lead: it claims statecode 1 in Target and image. */
function forgedQualification(body: string, contactId: string): string {
  const context = JSON.parse(body) as Record<string, unknown> & { OwningExtension: { Id: string } };
  const optionSet = (value: number) => ({
    __type: 'OptionSetValue:http://schemas.microsoft.com/xrm/2011/Contracts',
    Value: value,
  });
  const entity = (attributes: { key: string; value: unknown }[]) => ({
    Attributes: [{ key: 'leadid', value: context.PrimaryEntityId }, ...attributes],
    EntityState: null,
    FormattedValues: [],
    Id: context.PrimaryEntityId,
    KeyAttributes: [],
    LogicalName: 'lead',
    RelatedEntities: [],
    RowVersion: null,
  });
  const claimed = [
    { key: 'statecode', value: optionSet(1) },
    { key: 'statuscode', value: optionSet(3) },
  ];
  context.MessageName = 'Update';
  context.OwningExtension.Id = LEAD_QUALIFIED_STEPS[0]?.stepId ?? '';
  context.InputParameters = [
    { key: 'Target', value: { __type: 'Entity:http://schemas.microsoft.com/xrm/2011/Contracts', ...entity(claimed) } },
  ];
  const parent = {
    key: 'parentcontactid',
    value: {
      __type: 'EntityReference:http://schemas.microsoft.com/xrm/2011/Contracts',
      Id: contactId,
      KeyAttributes: [],
      LogicalName: 'contact',
      Name: null,
      RowVersion: null,
    },
  };
  context.PostEntityImages = [
    { key: 'QualifiedPostImage', value: entity([claimed[0] as { key: string; value: unknown }, parent]) },
  ];
  context.OutputParameters = [];
  return JSON.stringify(context);
}

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
  await h.switchOrphanCreation(true);
});
afterAll(async () => {
  await h.stop();
});

const settle = () => h.emulator.webhooks.idle();
const contact = (id: string) => h.admin.retrieve<ODataRecord & { '@odata.etag': string }>('contacts', id);
const QUALIFIED = { statecode: 1, statuscode: 3 };
const DISQUALIFIED = { statecode: 2, statuscode: 4 };
const REOPENED = { statecode: 0, statuscode: 1 };

/** What lead-qualified answered in one delivery. */
function qualifiedAnswer(
  delivery: Pick<RecordedDelivery, 'answer'> | undefined,
): { outcome?: string; detail?: string } | undefined {
  const results = (delivery?.answer as { results?: { plugin: string; outcome: string; detail: string }[] } | undefined)
    ?.results;
  return results?.find((r) => r.plugin === 'lead-qualified');
}

/** A new orphan lead, linked by the plug-in to a new marketing-only contact; returns both ids. */
async function leadWithNewContact(email: string): Promise<{ leadId: string; contactId: string }> {
  const leadId = await h.createLead({ lastname: email.split('@')[0], emailaddress1: email });
  await settle();
  const contactId = deterministicContactId(email, leadId);
  expect(await contact(contactId)).toMatchObject({ marketingonly: true });
  return { leadId, contactId };
}

it('qualifying a lead by an Update of statecode clears the flag on its auto-created contact, in 2 requests', async () => {
  const { leadId, contactId } = await leadWithNewContact('qualify@example.com');
  const mark = h.emulator.log.mark;
  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
  // The lead with its contact's flag (a $batch, as for a group of qualifications), then the write (UpdateMultiple).
  expect(h.pluginRequests(mark).map((r) => r.path)).toEqual([
    '$batch',
    'contacts/Microsoft.Dynamics.CRM.UpdateMultiple',
  ]);
  const updates = h.deliveriesOf(leadId, 'Update');
  expect(qualifiedAnswer(updates[updates.length - 1])?.detail).toBe(
    `Cleared marketingonly on the contact ${contactId}: it is a sales contact now.`,
  );
});

it('reopening the qualified lead does not flag its contact again', async () => {
  const { leadId, contactId } = await leadWithNewContact('reopen@example.com');
  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  const cleared = await contact(contactId);
  await h.admin.update('leads', leadId, REOPENED);
  await settle();
  const after = await contact(contactId);
  expect(after.marketingonly).toBe(false);
  expect(after['@odata.etag']).toBe(cleared['@odata.etag']);
});

it('disqualifying a lead leaves the flag, and writes nothing to the contact', async () => {
  const { leadId, contactId } = await leadWithNewContact('disqualify@example.com');
  const before = await contact(contactId);
  await h.admin.update('leads', leadId, DISQUALIFIED);
  await settle();
  const after = await contact(contactId);
  expect(after.marketingonly).toBe(true);
  expect(after['@odata.etag']).toBe(before['@odata.etag']);
});

it('a lead linked to a sales contact never flags it: not on linking, not on qualifying, not on reopening', async () => {
  const sales = await h.admin.create('contacts', { lastname: 'Sales', emailaddress1: 'sales.contact@example.com' });
  const original = await contact(sales);
  const leadId = await h.createLead({ lastname: 'Sales lead', emailaddress1: 'Sales.Contact@example.com' });
  await settle();
  expect((await h.admin.retrieve('leads', leadId, { select: ['_parentcontactid_value'] }))._parentcontactid_value).toBe(
    sales,
  );
  for (const change of [QUALIFIED, REOPENED]) {
    await h.admin.update('leads', leadId, change);
    await settle();
    const now = await contact(sales);
    expect(now.marketingonly).toBe(false);
    expect(now['@odata.etag']).toBe(original['@odata.etag']);
  }
});

it('an opportunity of a lead still open changes nothing; the qualification that follows clears the flag', async () => {
  const { leadId, contactId } = await leadWithNewContact('opportunity@example.com');
  const before = await contact(contactId);
  const opportunityId = await h.admin.create('opportunities', {
    name: 'Deal',
    'originatingleadid@odata.bind': `/leads(${leadId})`,
  });
  await settle();
  expect(qualifiedAnswer(h.deliveriesOf(opportunityId, 'Create')[0])).toEqual({
    plugin: 'lead-qualified',
    outcome: 'nothing-to-do',
    detail: 'The lead is not qualified.',
  });
  expect((await contact(contactId))['@odata.etag']).toBe(before['@odata.etag']);
  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
});

it('a forged lead Update claiming statecode 1 for an open lead changes nothing', async () => {
  const { leadId, contactId } = await leadWithNewContact('forged@example.com');
  const before = await contact(contactId);
  const [template] = h.deliveriesOf(leadId, 'Create');
  if (!template) throw new Error('no Create delivery recorded');
  const forged = forgedQualification(template.body, contactId);
  const answer = await h.deliver(forged);
  expect(answer.status).toBe(200);
  expect(qualifiedAnswer(answer)).toMatchObject({ outcome: 'nothing-to-do', detail: 'The lead is not qualified.' });
  expect((await contact(contactId))['@odata.etag']).toBe(before['@odata.etag']);
});

describe.each([false, true])(
  'qualified with the QualifyLead action (platform raises a lead Update: %s)',
  (raisesUpdate) => {
    beforeAll(() => h.emulator.platform.configure({ qualifyLeadRaisesLeadUpdate: raisesUpdate }));
    afterAll(() => h.emulator.platform.configure({ qualifyLeadRaisesLeadUpdate: false }));

    it('clears the flag exactly once, whichever of its events comes first', async () => {
      const { leadId, contactId } = await leadWithNewContact(`qualify.action.${String(raisesUpdate)}@example.com`);
      const mark = h.emulator.log.mark;
      const updatesBefore = h.deliveriesOf(leadId, 'Update').length;
      const created = await qualifyWithAction(leadId, {
        CreateAccount: false,
        CreateContact: true,
        CreateOpportunity: true,
      });
      await settle();
      expect(created).toHaveLength(1); // the opportunity: the lead has a contact
      expect(await contact(contactId)).toMatchObject({ marketingonly: false });
      // One write to the contact, whichever way it went: alone (PATCH) or for a group (UpdateMultiple).
      const writes = h
        .pluginRequests(mark)
        .filter((r) => (r.method === 'PATCH' && r.path.startsWith('contacts(')) || r.path.includes('UpdateMultiple'));
      expect(writes.filter((r) => r.status < 300)).toHaveLength(1);
      const qualifyAnswer = qualifiedAnswer(h.deliveriesOf(leadId, 'QualifyLead')[0]);
      expect(qualifyAnswer?.outcome).toMatch(/^(done|nothing-to-do)$/);
      expect(h.deliveriesOf(leadId, 'Update').length > updatesBefore).toBe(raisesUpdate);
    });
  },
);

it('QualifyLead alone — no opportunity, no lead Update raised — clears the flag', async () => {
  const { leadId, contactId } = await leadWithNewContact('qualify.alone@example.com');
  await qualifyWithAction(leadId, { CreateAccount: false, CreateContact: false, CreateOpportunity: false });
  await settle();
  expect(h.deliveriesOf(leadId, 'QualifyLead')).toHaveLength(1);
  expect(qualifiedAnswer(h.deliveriesOf(leadId, 'QualifyLead')[0])?.outcome).toBe('done');
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
});

it('QualifyLead over 256 KB (no LeadId, no Target) reads the lead by PrimaryEntityId', async () => {
  const { leadId, contactId } = await leadWithNewContact('large.qualifylead@example.com');
  await qualifyWithAction(leadId, { CreateAccount: false, CreateContact: false, CreateOpportunity: false });
  await settle();
  const [template] = h.deliveriesOf(leadId, 'QualifyLead');
  if (!template) throw new Error('no QualifyLead delivery recorded');
  await h.admin.update('contacts', contactId, { marketingonly: true });
  const answer = await h.deliver(withoutLargeMembers(template.body), { 'x-ms-dynamics-msg-size-exceeded': 'true' });
  expect(answer.status).toBe(200);
  expect(qualifiedAnswer(answer)?.outcome).toBe('done');
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
});

it('an opportunity without an originating lead changes nothing', async () => {
  const mark = h.emulator.log.mark;
  const opportunityId = await h.admin.create('opportunities', { name: 'Walk-in deal' });
  await settle();
  expect(h.pluginRequests(mark)).toEqual([]);
  expect(qualifiedAnswer(h.deliveriesOf(opportunityId, 'Create')[0])?.detail).toMatch(/no originating lead/);
});

it('over 256 KB (no Target) it reads the lead and acts only when the lead is qualified', async () => {
  const { leadId, contactId } = await leadWithNewContact('large.qualify@example.com');
  const [template] = h.deliveriesOf(leadId, 'Update');
  if (!template) throw new Error('no Update delivery recorded');
  // Dataverse's trimmed body for a lead Update: no Target, no images; the lead is read by PrimaryEntityId.
  // As sent by lead-qualified's own step: the webhook runs the plug-in whose step Dataverse names (OwningExtension).
  const fromQualifiedStep = JSON.parse(template.body) as { OwningExtension: { Id: string } };
  fromQualifiedStep.OwningExtension.Id = LEAD_QUALIFIED_STEPS[0]?.stepId ?? '';
  const trimmed = withoutLargeMembers(JSON.stringify(fromQualifiedStep));
  const headers = { 'x-ms-dynamics-msg-size-exceeded': 'true' };

  const whileOpen = await h.deliver(trimmed, headers);
  expect(whileOpen.status).toBe(200);
  expect(qualifiedAnswer(whileOpen)?.detail).toBe('The lead is not qualified.');
  expect(await contact(contactId)).toMatchObject({ marketingonly: true });

  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  // Put the flag back, as if the qualification's webhook had been lost, and let the trimmed delivery repair it.
  await h.admin.update('contacts', contactId, { marketingonly: true });
  const whileQualified = await h.deliver(trimmed, headers);
  await settle();
  expect(whileQualified.status).toBe(200);
  expect(qualifiedAnswer(whileQualified)?.outcome).toBe('done');
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
});
