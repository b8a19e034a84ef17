/**
 * The marketing-only lifecycle over the real webhook path: an orphan lead gets a contact flagged marketingonly;
 * qualifying the lead (lead Update of statecode, or an opportunity created from it) clears the flag; disqualifying
 * and reopening leave it; a sales contact is never flagged and never written.
 */
import type { ODataRecord } from '../../../dataverse';
import { deterministicContactId } from '../../../plugins/identity';
import { LEAD_QUALIFIED_STEPS } from '../../../plugins/leadQualified/steps';
import { Harness, withoutLargeMembers, type RecordedDelivery } from './harness';

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

it('qualifying a lead clears the flag on its auto-created contact, in 2 requests', async () => {
  const { leadId, contactId } = await leadWithNewContact('qualify@example.com');
  const mark = h.emulator.log.mark;
  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
  expect(h.pluginRequests(mark).map((r) => r.method)).toEqual(['GET', 'PATCH']);
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

it('an opportunity created from the lead clears the flag; the qualification that follows finds nothing to do', async () => {
  const { leadId, contactId } = await leadWithNewContact('opportunity@example.com');
  const opportunityId = await h.admin.create('opportunities', {
    name: 'Deal',
    'originatingleadid@odata.bind': `/leads(${leadId})`,
  });
  await settle();
  expect(await contact(contactId)).toMatchObject({ marketingonly: false });
  expect(qualifiedAnswer(h.deliveriesOf(opportunityId, 'Create')[0])?.outcome).toBe('done');
  const cleared = await contact(contactId);
  await h.admin.update('leads', leadId, QUALIFIED);
  await settle();
  const updates = h.deliveriesOf(leadId, 'Update');
  expect(qualifiedAnswer(updates[updates.length - 1])).toMatchObject({
    outcome: 'nothing-to-do',
    detail: expect.stringMatching(/already a sales contact/),
  });
  expect((await contact(contactId))['@odata.etag']).toBe(cleared['@odata.etag']);
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
